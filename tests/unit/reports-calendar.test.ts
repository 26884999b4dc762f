import { afterAll, describe, expect, it } from "vitest";
import {
  civilAt,
  currentPeriodKey,
  isPeriodKey,
  periodKeyAt,
  periodKeysBetween,
  periodLabel,
  periodOf,
  shiftPeriodKey,
  type ScheduleRule,
} from "@/lib/reports/calendar";

const SH = "Asia/Shanghai";
const weekly: ScheduleRule = { cadence: "WEEKLY", weekday: 3, dueTime: "17:00", periodOffset: 0, lockAfterDays: 7 };
const binDuty: ScheduleRule = { cadence: "MONTHLY", dayOfMonth: 18, dueTime: "17:00", periodOffset: 1, lockAfterDays: 10 };
const iso = (d: Date | null) => d?.toISOString();

const originalTz = process.env.TZ;
afterAll(() => {
  process.env.TZ = originalTz;
});

// The same answers whatever zone the server process runs in.
describe.each(["America/New_York", "UTC", "Asia/Shanghai", "Pacific/Kiritimati"])("deadlines with the server in %s", (serverTz) => {
  it("really runs in that zone", () => {
    process.env.TZ = serverTz;
    const expected = { "America/New_York": 300, UTC: 0, "Asia/Shanghai": -480, "Pacific/Kiritimati": -840 }[serverTz];
    expect(new Date(2026, 0, 15).getTimezoneOffset()).toBe(expected);
  });

  it("puts the weekly report's deadline on Wednesday 17:00 Beijing time of its ISO week", () => {
    process.env.TZ = serverTz;
    const p = periodOf(weekly, "2026-W48", SH);
    expect(iso(p.start)).toBe("2026-11-22T16:00:00.000Z"); // Monday 23 November, 00:00 in Beijing
    expect(iso(p.end)).toBe("2026-11-29T16:00:00.000Z");
    expect(iso(p.opensAt)).toBe(iso(p.start));
    expect(iso(p.deadline)).toBe("2026-11-25T09:00:00.000Z");
    expect(iso(p.lockAt)).toBe("2026-12-02T09:00:00.000Z");
    expect(civilAt(p.deadline, SH)).toMatchObject({ y: 2026, m: 11, d: 25, hh: 17, mm: 0 });
  });

  it("assigns instants to weeks by Beijing's calendar, not the server's", () => {
    process.env.TZ = serverTz;
    // Monday 30 November 00:30 in Beijing is still Sunday in UTC and New York.
    expect(periodKeyAt("WEEKLY", new Date("2026-11-29T16:30:00Z"), SH)).toBe("2026-W49");
    expect(periodKeyAt("WEEKLY", new Date("2026-11-29T15:59:59Z"), SH)).toBe("2026-W48");
    expect(currentPeriodKey(weekly, new Date("2026-11-25T08:59:00Z"), SH)).toBe("2026-W48");
  });

  it("crosses year ends with ISO weeks (2026 has 53, week 1 of 2025 starts in 2024)", () => {
    process.env.TZ = serverTz;
    expect(isPeriodKey("WEEKLY", "2026-W53")).toBe(true);
    expect(isPeriodKey("WEEKLY", "2025-W53")).toBe(false);
    const w53 = periodOf(weekly, "2026-W53", SH);
    expect(iso(w53.deadline)).toBe("2026-12-30T09:00:00.000Z");
    expect(periodKeyAt("WEEKLY", new Date("2027-01-01T02:00:00Z"), SH)).toBe("2026-W53");
    expect(shiftPeriodKey("WEEKLY", "2026-W53", 1)).toBe("2027-W01");
    expect(shiftPeriodKey("WEEKLY", "2027-W01", -1)).toBe("2026-W53");
    expect(periodKeyAt("WEEKLY", new Date("2024-12-31T04:00:00Z"), SH)).toBe("2025-W01");
    expect(iso(periodOf(weekly, "2025-W01", SH).deadline)).toBe("2025-01-01T09:00:00.000Z");
    expect(periodKeysBetween("WEEKLY", "2026-W52", "2027-W02")).toEqual(["2026-W52", "2026-W53", "2027-W01", "2027-W02"]);
  });

  it("dues the bin-duty table on the 18th of the next month, opening when the month is over", () => {
    process.env.TZ = serverTz;
    const nov = periodOf(binDuty, "2026-11", SH);
    expect(iso(nov.start)).toBe("2026-10-31T16:00:00.000Z");
    expect(iso(nov.opensAt)).toBe("2026-11-30T16:00:00.000Z");
    expect(iso(nov.deadline)).toBe("2026-12-18T09:00:00.000Z");
    expect(iso(nov.lockAt)).toBe("2026-12-28T09:00:00.000Z");
    // December's table is due in January of the next year.
    expect(iso(periodOf(binDuty, "2026-12", SH).deadline)).toBe("2027-01-18T09:00:00.000Z");
    expect(currentPeriodKey(binDuty, new Date("2026-11-30T16:30:00Z"), SH)).toBe("2026-11");
    expect(currentPeriodKey(binDuty, new Date("2026-11-30T15:59:00Z"), SH)).toBe("2026-10");
    expect(shiftPeriodKey("MONTHLY", "2026-12", 1)).toBe("2027-01");
    expect(shiftPeriodKey("MONTHLY", "2027-01", -13)).toBe("2025-12");
  });

  it("clamps a day of month to the month's end (February 29 in leap years)", () => {
    process.env.TZ = serverTz;
    const lastDay: ScheduleRule = { cadence: "MONTHLY", dayOfMonth: 31, dueTime: "23:59", periodOffset: 0, lockAfterDays: null };
    expect(iso(periodOf(lastDay, "2028-02", SH).deadline)).toBe("2028-02-29T15:59:00.000Z");
    expect(iso(periodOf(lastDay, "2027-02", SH).deadline)).toBe("2027-02-28T15:59:00.000Z");
    expect(iso(periodOf(lastDay, "2026-04", SH).deadline)).toBe("2026-04-30T15:59:00.000Z");
    expect(periodOf(lastDay, "2026-04", SH).lockAt).toBeNull();
    const next30: ScheduleRule = { cadence: "MONTHLY", dayOfMonth: 30, dueTime: "09:00", periodOffset: 1, lockAfterDays: 3 };
    expect(iso(periodOf(next30, "2028-01", SH).deadline)).toBe("2028-02-29T01:00:00.000Z");
    expect(iso(periodOf(next30, "2028-01", SH).lockAt)).toBe("2028-03-03T01:00:00.000Z");
  });

  it("handles quarters due in their last month or in the month after", () => {
    process.env.TZ = serverTz;
    const inQuarter: ScheduleRule = { cadence: "QUARTERLY", dayOfMonth: 31, dueTime: "17:00", periodOffset: 0, lockAfterDays: 5 };
    expect(iso(periodOf(inQuarter, "2026-Q1", SH).deadline)).toBe("2026-03-31T09:00:00.000Z");
    expect(iso(periodOf(inQuarter, "2026-Q2", SH).deadline)).toBe("2026-06-30T09:00:00.000Z");
    const after: ScheduleRule = { cadence: "QUARTERLY", dayOfMonth: 10, dueTime: "17:00", periodOffset: 1, lockAfterDays: 5 };
    const q4 = periodOf(after, "2026-Q4", SH);
    expect(iso(q4.start)).toBe("2026-09-30T16:00:00.000Z");
    expect(iso(q4.end)).toBe("2026-12-31T16:00:00.000Z");
    expect(iso(q4.opensAt)).toBe(iso(q4.end));
    expect(iso(q4.deadline)).toBe("2027-01-10T09:00:00.000Z");
    expect(periodKeyAt("QUARTERLY", new Date("2026-12-31T16:30:00Z"), SH)).toBe("2027-Q1");
    expect(currentPeriodKey(after, new Date("2027-01-05T00:00:00Z"), SH)).toBe("2026-Q4");
    expect(shiftPeriodKey("QUARTERLY", "2026-Q4", 1)).toBe("2027-Q1");
  });
});

describe("periods in other zones", () => {
  it("keeps the wall time of the deadline and the lock across a DST change (civil days, not 24-hour steps)", () => {
    process.env.TZ = "UTC";
    // Europe moves to summer time on 29 March 2026: the week's deadline is in winter time, its lock in summer time.
    const p = periodOf(weekly, "2026-W13", "Europe/Berlin");
    expect(iso(p.deadline)).toBe("2026-03-25T16:00:00.000Z");
    expect(iso(p.lockAt)).toBe("2026-04-01T15:00:00.000Z");
    expect(civilAt(p.lockAt!, "Europe/Berlin")).toMatchObject({ hh: 17, mm: 0 });
  });

  it("refuses malformed keys and labels periods as people say them", () => {
    expect(isPeriodKey("MONTHLY", "2026-13")).toBe(false);
    expect(isPeriodKey("MONTHLY", "2026-1")).toBe(false);
    expect(isPeriodKey("QUARTERLY", "2026-Q5")).toBe(false);
    expect(isPeriodKey("WEEKLY", "2026-W00")).toBe(false);
    expect(() => periodOf(weekly, "2026-11", SH)).toThrow();
    expect(periodLabel("WEEKLY", "2026-W48")).toBe("2026年第48周（11.23–11.29）");
    expect(periodLabel("MONTHLY", "2026-11")).toBe("2026年11月");
    expect(periodLabel("QUARTERLY", "2026-Q4", "en")).toBe("2026 Q4");
  });
});
