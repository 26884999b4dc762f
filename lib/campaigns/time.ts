// Campaign time is China time: deadlines, periods and "today" are read in Asia/Shanghai (UTC+8, no daylight
// saving), whatever the server's zone. Dates of a period are stored as calendar dates (@db.Date, UTC midnight).

const OFFSET = "+08:00";
const DAY_MS = 86_400_000;

/** "2026-12-01" + "17:00" → the instant that is in Shanghai. */
export function shanghaiInstant(date: string, time = "00:00"): Date {
  return new Date(`${date}T${time}:00${OFFSET}`);
}

/** The Shanghai calendar day of an instant, as "yyyy-mm-dd". */
export function shanghaiDay(d: Date): string {
  return new Date(d.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);
}

/** The Shanghai wall-clock time of an instant, as "hh:mm". */
export function shanghaiClock(d: Date): string {
  return new Date(d.getTime() + 8 * 3_600_000).toISOString().slice(11, 16);
}

/** A @db.Date value (UTC midnight) as "yyyy-mm-dd". */
export function dateString(d: Date): string {
  return d.toISOString().slice(0, 10);
}

/** "yyyy-mm-dd" as a @db.Date value. */
export function dateValue(s: string): Date {
  return new Date(`${s}T00:00:00Z`);
}

export function addDays(date: string, days: number): string {
  return new Date(dateValue(date).getTime() + days * DAY_MS).toISOString().slice(0, 10);
}

/** A campaign period [first day 00:00, day after the last 00:00) in Shanghai. */
export function periodBounds(startsOn: Date, endsOn: Date): { since: Date; until: Date } {
  return { since: shanghaiInstant(dateString(startsOn)), until: shanghaiInstant(addDays(dateString(endsOn), 1)) };
}

/** Deadlines default to 17:00 China time on the chosen day (the time reports are due). */
export function deadlineOn(date: string): Date {
  return shanghaiInstant(date, "17:00");
}

export function isOverdue(dueAt: Date, done: boolean, now: Date = new Date()): boolean {
  return !done && dueAt.getTime() < now.getTime();
}
