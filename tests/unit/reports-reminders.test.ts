import { describe, expect, it } from "vitest";
import { DEFAULT_REMINDERS } from "@/lib/reports/builtin-types";
import { addCounts, formatRate, rates, rollUp, ZERO } from "@/lib/reports/completeness";
import { readFields, numericPaths } from "@/lib/reports/fields";
import { WEEKLY_PROGRESS } from "@/lib/reports/builtin-types";
import { CATCH_UP_MS, dueReminders, leadTimeLabel } from "@/lib/reports/reminder-plan";

const def = {
  rule: { cadence: "WEEKLY" as const, weekday: 3, dueTime: "17:00", periodOffset: 0, lockAfterDays: 7 },
  tz: "Asia/Shanghai",
  reminders: DEFAULT_REMINDERS,
  activeFrom: new Date("2020-01-01T00:00:00Z"),
};
// 2027-W10 is due Wednesday 10 March 2027 17:00 Beijing = 09:00Z.
const due = new Date("2027-03-10T09:00:00Z").getTime();
const at = (minutes: number) => new Date(due + minutes * 60_000);
const steps = (minutes: number) => dueReminders(def, at(minutes)).map((r) => `${r.period.key}:${r.step.offsetMinutes}`);

describe("reminder schedule", () => {
  it("fires the day before, two hours before and at the deadline, each for a few hours only", () => {
    expect(steps(-24 * 60 - 1)).toEqual([]);
    expect(steps(-24 * 60)).toEqual(["2027-W10:-1440"]);
    expect(steps(-120 + 3)).toEqual(["2027-W10:-120"]);
    expect(steps(0)).toEqual(["2027-W10:0"]);
    expect(steps(CATCH_UP_MS / 60_000 - 1)).toEqual(["2027-W10:0"]);
    expect(steps(CATCH_UP_MS / 60_000)).toEqual([]);
    // A reminder before the deadline never fires after it, whatever the catch-up window.
    expect(steps(1).some((s) => s.endsWith(":-120"))).toBe(false);
  });

  it("knows nothing of periods before the type started, and labels lead times", () => {
    expect(dueReminders({ ...def, activeFrom: at(60) }, at(0))).toEqual([]);
    expect(leadTimeLabel(-1440)).toBe("1天");
    expect(leadTimeLabel(-120)).toBe("2小时");
    expect(leadTimeLabel(-30, "en")).toBe("30 min");
  });
});

describe("completeness arithmetic", () => {
  it("computes the filed rate over expected and the on-time rate over filed, and never divides by zero", () => {
    const c = addCounts(addCounts(ZERO, { expected: 3, submitted: 2, onTime: 1, late: 1, missing: 1 }), { expected: 3, submitted: 3, onTime: 3 });
    expect(c).toMatchObject({ expected: 6, submitted: 5, onTime: 4, late: 1, missing: 1 });
    expect(rates(c)).toEqual({ submissionRate: 5 / 6, onTimeRate: 4 / 5 });
    expect(rates(ZERO)).toEqual({ submissionRate: null, onTimeRate: null });
    expect(formatRate(0.5)).toBe("50%");
    expect(formatRate(5 / 6)).toBe("83.3%");
    expect(formatRate(null)).toBe("—");
  });

  it("sums numeric fields and table columns per group and in total", () => {
    const paths = numericPaths(readFields(WEEKLY_PROGRESS.fields));
    const r = rollUp(paths, [
      { gid: "a", data: { participation: 10, activities: [{ participants: 3 }, { participants: 4 }] } },
      { gid: "a", data: { participation: 5.5 } },
      { gid: "b", data: { participation: "7", activities: [{ participants: 1 }] } },
    ]);
    expect(r.byGroup.get("a")).toEqual({ values: [7, 15.5], reports: 2 });
    expect(r.byGroup.get("b")).toEqual({ values: [1, 7], reports: 1 });
    expect(r.total).toEqual({ values: [8, 22.5], reports: 3 });
  });
});
