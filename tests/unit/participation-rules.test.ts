import { describe, expect, it } from "vitest";
import { computeCoverage, loadOf } from "@/lib/links/coverage";
import { disposalRate, percent, ratesBy } from "@/lib/duty/disposal-rate";
import { atChinaTime, dayKeyOf, isDayKey, monthDays, monthKeyOf, monthRange, parseClock, formatClock, previousMonth, quarterKeyOf, quarterRange } from "@/lib/duty/time";
import { draftRedBlack } from "@/lib/redlist/draft-rule";
import { capWindow, initialStatus, pendingStep, statusAfter, withinCap } from "@/lib/points/review";

describe("China time", () => {
  it("puts instants on China's calendar whatever the server's zone", () => {
    // 2026-10-31 23:30 in Beijing is 15:30 UTC.
    const late = new Date("2026-10-31T15:30:00Z");
    expect(dayKeyOf(late)).toBe("2026-10-31");
    expect(monthKeyOf(late)).toBe("2026-10");
    expect(monthKeyOf(new Date("2026-10-31T16:00:00Z"))).toBe("2026-11");
    expect(monthRange("2026-11")).toEqual({ start: new Date("2026-10-31T16:00:00Z"), end: new Date("2026-11-30T16:00:00Z") });
    expect(monthRange("2026-12").end).toEqual(new Date("2026-12-31T16:00:00Z"));
    expect(monthDays("2028-02")).toEqual({ first: "2028-02-01", last: "2028-02-29" });
    expect(previousMonth("2027-01")).toBe("2026-12");
    expect(atChinaTime("2026-11-05", 390)).toEqual(new Date("2026-11-04T22:30:00Z"));
    expect(quarterKeyOf(new Date("2026-09-30T16:30:00Z"))).toBe("2026Q4");
    expect(quarterRange("2026Q4").start).toEqual(new Date("2026-09-30T16:00:00Z"));
    expect(isDayKey("2026-02-30")).toBe(false);
    expect(isDayKey("2026-02-28")).toBe(true);
    expect(parseClock("6:30")).toBe(390);
    expect(parseClock("25:00")).toBeNull();
    expect(formatClock(1080)).toBe("18:00");
  });
});

describe("coverage", () => {
  it("counts covered households per building and grades each member's load against the range", () => {
    const c = computeCoverage(
      [
        { id: "h1", building: "1号楼", linkedPersonIds: ["p1"] },
        { id: "h2", building: "1号楼", linkedPersonIds: [] },
        { id: "h3", building: "2号楼", linkedPersonIds: ["p1", "p2"] },
        { id: "h4", building: null, linkedPersonIds: [] },
      ],
      [
        { id: "p1", name: "甲", households: 2 },
        { id: "p2", name: "乙", households: 6 },
        { id: "p3", name: "丙", households: 0 },
      ],
      { min: 3, max: 5 },
    );
    expect(c).toMatchObject({ total: 4, covered: 2, rate: 0.5, gaps: ["h2", "h4"] });
    expect(c.buildings).toEqual([
      { building: "", total: 1, covered: 0, rate: 0 },
      { building: "1号楼", total: 2, covered: 1, rate: 0.5 },
      { building: "2号楼", total: 1, covered: 1, rate: 1 },
    ]);
    expect(Object.fromEntries(c.members.map((m) => [m.name, m.load]))).toEqual({ 丙: "none", 甲: "few", 乙: "many" });
    expect(loadOf(3, 3, 5)).toBe("ok");
    expect(computeCoverage([], [], { min: 3, max: 5 }).rate).toBeNull();
  });
});

describe("correct disposal rate", () => {
  it("divides summed correct drops by summed observed drops, per group", () => {
    const rows = [
      { bp: "a", observed: 100, correct: 90, corrected: 5 },
      { bp: "a", observed: 10, correct: 0, corrected: 4 },
      { bp: "b", observed: 0, correct: 0, corrected: 0 },
    ];
    expect(disposalRate(rows)).toMatchObject({ observed: 110, correct: 90, corrected: 9, days: 3 });
    expect(percent(disposalRate(rows).rate)).toBe(81.8);
    const by = ratesBy(rows, (r) => r.bp);
    expect(by.get("a")!.rate).toBeCloseTo(90 / 110);
    expect(by.get("b")!.rate).toBeNull();
  });
});

describe("red/black list draft", () => {
  it("takes the best and worst rates among candidates with enough drops, never one on both lists", () => {
    const c = (key: string, observed: number, correct: number) => ({ key, label: key, observed, correct });
    const drafted = draftRedBlack([c("a", 100, 95), c("b", 100, 50), c("c", 100, 80), c("d", 5, 5), c("e", 40, 10)], { topN: 2, bottomN: 2, minObserved: 20 });
    expect(drafted.filter((d) => d.side === "RED").map((d) => d.key)).toEqual(["a", "c"]);
    expect(drafted.filter((d) => d.side === "BLACK").map((d) => d.key)).toEqual(["e", "b"]);
    const few = draftRedBlack([c("a", 100, 95), c("b", 100, 50)], { topN: 3, bottomN: 3, minObserved: 0 });
    expect(few.map((d) => `${d.side}:${d.key}`)).toEqual(["RED:a", "RED:b"]);
  });
});

describe("points review", () => {
  it("follows the configured steps and caps per period", () => {
    expect(initialStatus([])).toBe("CONFIRMED");
    expect(initialStatus(["VERIFY", "CONFIRM"])).toBe("SUBMITTED");
    expect(pendingStep("SUBMITTED", ["VERIFY", "CONFIRM"])).toBe("VERIFY");
    expect(pendingStep("SUBMITTED", ["CONFIRM"])).toBe("CONFIRM");
    expect(pendingStep("VERIFIED", ["VERIFY", "CONFIRM"])).toBe("CONFIRM");
    expect(pendingStep("CONFIRMED", ["VERIFY", "CONFIRM"])).toBeNull();
    expect(statusAfter("VERIFY", ["VERIFY", "CONFIRM"])).toBe("VERIFIED");
    expect(statusAfter("VERIFY", ["VERIFY"])).toBe("CONFIRMED");
    expect(capWindow("WEEK", "2026-11-26")).toEqual({ from: "2026-11-23", to: "2026-11-29" });
    expect(capWindow("MONTH", "2026-12-05")).toEqual({ from: "2026-12-01", to: "2026-12-31" });
    expect(capWindow("MONTH", "2026-02-05")).toEqual({ from: "2026-02-01", to: "2026-02-28" });
    expect(withinCap(10, 8, 2)).toBe(true);
    expect(withinCap(10, 8, 3)).toBe(false);
    expect(withinCap(null, 1000, 5)).toBe(true);
  });
});

describe("participation settings form", () => {
  it("turns hours, slot text and check boxes into the tenant's settings, and refuses bad slots", async () => {
    const { participationFormSchema } = await import("@/lib/duty/settings-form");
    const ok = participationFormSchema.parse({ dutyNormHours: "2.5", dutySlots: "6:30-8:30，18:00～20:00", verify: "true", visitMinutes: "30", cardPrefix: "jh", topN: "3", bottomN: "2", minObserved: "20" });
    expect(ok).toEqual({
      dutyNormMinutes: 150,
      dutySlots: [{ start: "06:30", end: "08:30" }, { start: "18:00", end: "20:00" }],
      pointsReviewSteps: ["VERIFY"],
      visitMinutes: 30,
      cardPrefix: "JH",
      redListRule: { topN: 3, bottomN: 2, minObserved: 20 },
    });
    const bad = participationFormSchema.safeParse({ dutyNormHours: "2", dutySlots: "08:30-06:30", visitMinutes: "30", cardPrefix: "", topN: "3", bottomN: "3", minObserved: "20" });
    expect(bad.success).toBe(false);
    expect(bad.error?.issues[0]).toMatchObject({ path: ["dutySlots"], message: "duty.validation.slotsText" });
  });
});
