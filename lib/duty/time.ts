// Calendar arithmetic in China time, whatever the server's zone. Asia/Shanghai has kept UTC+8 without daylight
// saving since 1991, so a fixed offset is exact and needs no zone database. Pure.

const OFFSET_MS = 8 * 60 * 60 * 1000;
const DAY_MS = 24 * 60 * 60 * 1000;

export type DayKey = string; // "2026-11-26"
export type MonthKey = string; // "2026-11"
export type QuarterKey = string; // "2026Q4"

const pad = (n: number, w = 2) => String(n).padStart(w, "0");

/** The calendar fields of an instant as a clock in China shows them. */
export function chinaParts(d: Date) {
  const s = new Date(d.getTime() + OFFSET_MS);
  return {
    year: s.getUTCFullYear(),
    month: s.getUTCMonth() + 1,
    day: s.getUTCDate(),
    minuteOfDay: s.getUTCHours() * 60 + s.getUTCMinutes(),
    /** ISO weekday: 1 = Monday … 7 = Sunday. */
    weekday: ((s.getUTCDay() + 6) % 7) + 1,
  };
}

export function dayKeyOf(d: Date): DayKey {
  const p = chinaParts(d);
  return `${p.year}-${pad(p.month)}-${pad(p.day)}`;
}

export function monthKeyOf(d: Date): MonthKey {
  const p = chinaParts(d);
  return `${p.year}-${pad(p.month)}`;
}

export function quarterKeyOf(d: Date): QuarterKey {
  const p = chinaParts(d);
  return `${p.year}Q${Math.floor((p.month - 1) / 3) + 1}`;
}

export const isDayKey = (s: string) => /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/.test(s) && dayKeyOf(atChinaTime(s, 0)) === s;
export const isMonthKey = (s: string) => /^\d{4}-(0[1-9]|1[0-2])$/.test(s);
export const isQuarterKey = (s: string) => /^\d{4}Q[1-4]$/.test(s);

/** The instant of a local clock time (minutes after midnight, may be 1440) on a China calendar day. */
export function atChinaTime(day: DayKey, minuteOfDay: number): Date {
  const [y, m, d] = day.split("-").map(Number);
  return new Date(Date.UTC(y, m - 1, d) - OFFSET_MS + minuteOfDay * 60_000);
}

/** A calendar day as a @db.Date column stores it (UTC midnight of that date). */
export function dateColumn(day: DayKey): Date {
  const [y, m, d] = day.split("-").map(Number);
  return new Date(Date.UTC(y, m - 1, d));
}

/** A @db.Date value back to its day key. */
export function dayKeyOfDateColumn(d: Date): DayKey {
  return d.toISOString().slice(0, 10);
}

export function addDays(day: DayKey, n: number): DayKey {
  return dayKeyOfDateColumn(new Date(dateColumn(day).getTime() + n * DAY_MS));
}

/** [start, end) instants of a China calendar month. */
export function monthRange(month: MonthKey): { start: Date; end: Date } {
  const [y, m] = month.split("-").map(Number);
  const next = m === 12 ? `${y + 1}-01` : `${y}-${pad(m + 1)}`;
  return { start: atChinaTime(`${month}-01`, 0), end: atChinaTime(`${next}-01`, 0) };
}

/** [first, last] day keys of a month. */
export function monthDays(month: MonthKey): { first: DayKey; last: DayKey } {
  const { end } = monthRange(month);
  return { first: `${month}-01`, last: dayKeyOf(new Date(end.getTime() - 1)) };
}

export function previousMonth(month: MonthKey): MonthKey {
  const [y, m] = month.split("-").map(Number);
  return m === 1 ? `${y - 1}-12` : `${y}-${pad(m - 1)}`;
}

/** [start, end) instants of a quarter. */
export function quarterRange(q: QuarterKey): { start: Date; end: Date } {
  const [y, n] = q.split("Q").map(Number);
  const first = `${y}-${pad((n - 1) * 3 + 1)}`;
  const next = n === 4 ? `${y + 1}-01` : `${y}-${pad(n * 3 + 1)}`;
  return { start: monthRange(first).start, end: monthRange(next).start };
}

/** [start, end) instants from the first day to the last day, both inclusive. */
export function dayRange(from: DayKey, to: DayKey): { start: Date; end: Date } {
  return { start: atChinaTime(from, 0), end: atChinaTime(addDays(to, 1), 0) };
}

/** "06:30" → 390. */
export function parseClock(text: string): number | null {
  const m = /^([01]?\d|2[0-3]):([0-5]\d)$/.exec(text.trim());
  return m ? Number(m[1]) * 60 + Number(m[2]) : text.trim() === "24:00" ? 1440 : null;
}

/** 390 → "06:30". */
export function formatClock(minuteOfDay: number): string {
  return `${pad(Math.floor(minuteOfDay / 60))}:${pad(minuteOfDay % 60)}`;
}

/** 135 → "2.25" hours (two decimals, exact for whole minutes in quarters; rounded otherwise). */
export function minutesToHours(minutes: number): number {
  return Math.round((minutes / 60) * 100) / 100;
}
