// Pure rules of dashboards, rankings and inspections: periods, figures, ranking ties and weights, scoring a check.
import { describe, expect, it } from "vitest";
import { CATALOGUE, figureOf, indicatorOf, meetsTarget } from "@/lib/dashboards/catalogue";
import { formatDelta, formatFigure } from "@/lib/dashboards/format";
import { containing, granularityOf, monthsOf, periodAt, periodBounds, periodLabel, shiftPeriod, snapshotMonth, trailing, windowMonths } from "@/lib/dashboards/periods";
import { competitionRanks, normalise, rankUnits, weightsProblem } from "@/lib/rankings/rules";
import { rectificationState, scoreCheck } from "@/lib/inspections/rules";

describe("dashboard periods (China time)", () => {
  it("names, contains and moves months, quarters, half-years and years", () => {
    expect(granularityOf("2026-11")).toBe("month");
    expect(granularityOf("2026-Q4")).toBe("quarter");
    expect(granularityOf("2026-H2")).toBe("half");
    expect(granularityOf("2026")).toBe("year");
    expect(granularityOf("2026-W48")).toBeNull();
    expect(containing("2026-07")).toEqual(["2026-Q3", "2026-H2", "2026"]);
    expect(monthsOf("2026-Q1")).toEqual(["2026-01", "2026-02", "2026-03"]);
    expect(monthsOf("2026-H2")).toHaveLength(6);
    expect(shiftPeriod("2026-01", -1)).toBe("2025-12");
    expect(shiftPeriod("2026-Q1", -1)).toBe("2025-Q4");
    expect(shiftPeriod("2026-H1", -1)).toBe("2025-H2");
    expect(shiftPeriod("2026", 1)).toBe("2027");
    expect(trailing("2026-02", 3)).toEqual(["2025-12", "2026-01", "2026-02"]);
    expect(periodLabel("2026-H1")).toBe("2026年上半年");
    expect(periodLabel("2026-Q3", "en")).toBe("Q3 2026");
  });

  it("bounds a month at midnight in Beijing whatever the server's zone", () => {
    const { start, end } = periodBounds("2026-12");
    expect(start.toISOString()).toBe("2026-11-30T16:00:00.000Z");
    expect(end.toISOString()).toBe("2026-12-31T16:00:00.000Z");
    // 31 December 23:30 in Beijing is already December; 15:59Z on the 30th November is still November.
    expect(periodAt("month", new Date("2026-11-30T16:30:00Z"))).toBe("2026-12");
    expect(periodAt("month", new Date("2026-11-30T15:59:00Z"))).toBe("2026-11");
    expect(periodAt("quarter", new Date("2026-12-31T15:59:00Z"))).toBe("2026-Q4");
  });

  it("keeps whole years in the window and takes a running period's snapshot from the current month", () => {
    const now = new Date("2026-11-26T04:00:00Z");
    const w = windowMonths(now);
    expect(w[0]).toBe("2025-01");
    expect(w.at(-1)).toBe("2026-11");
    expect(w).toHaveLength(23);
    expect(snapshotMonth("2026-Q4", now)).toBe("2026-11");
    expect(snapshotMonth("2026-Q3", now)).toBe("2026-09");
    expect(snapshotMonth("2026", now)).toBe("2026-11");
  });
});

describe("the catalogue", () => {
  it("defines each indicator once, with a target only where a comparison between units makes sense", () => {
    expect(new Set(CATALOGUE.map((i) => i.code)).size).toBe(CATALOGUE.length);
    for (const i of CATALOGUE) {
      if (i.kind === "sum") expect(i.defaultTarget).toBeNull();
      if (i.rankable) expect(i.kind).not.toBe("sum");
    }
  });

  it("makes figures from numerators and denominators; no denominator is no figure, not 0%", () => {
    expect(figureOf(indicatorOf("pledge_rate"), 2, 5)).toBe(40);
    expect(figureOf(indicatorOf("pledge_rate"), 0, 0)).toBeNull();
    expect(figureOf(indicatorOf("inspection_score"), 170, 2)).toBe(85);
    expect(figureOf(indicatorOf("duty_hours"), 150, 0)).toBe(2.5);
    expect(meetsTarget(indicatorOf("pledge_rate"), 90, 90)).toBe(true);
    expect(meetsTarget(indicatorOf("pledge_rate"), 89.9, 90)).toBe(false);
    expect(meetsTarget(indicatorOf("pledge_rate"), null, 90)).toBeNull();
    expect(formatFigure("report_submission", 87.5)).toBe("87.5%");
    expect(formatFigure("report_submission", null)).toBe("—");
    expect(formatDelta("report_submission", -2.5)).toBe("−2.5 个百分点");
    expect(formatDelta("duty_hours", 3, "en")).toBe("+3.0 h");
  });
});

describe("ranking: weights, normalisation, ties", () => {
  const weights = [
    { indicator: "report_submission", weight: 40 },
    { indicator: "duty_norm_share", weight: 30 },
    { indicator: "inspection_score", weight: 30 },
  ];
  it("weights each indicator's 0–100 score and shows the contribution per unit", () => {
    const [a] = rankUnits([{ id: "a", name: "甲", values: { report_submission: 90, duty_norm_share: 50, inspection_score: 80 } }], weights);
    expect(a.scores).toEqual({ report_submission: 90, duty_norm_share: 50, inspection_score: 80 });
    expect(a.contributions).toEqual({ report_submission: 36, duty_norm_share: 15, inspection_score: 24 });
    expect(a.total).toBe(75);
  });

  it("equal totals share a rank and the next rank skips (1, 1, 3); missing figures score 0", () => {
    const rows = rankUnits(
      [
        { id: "c", name: "丙", values: { report_submission: 100, duty_norm_share: 0, inspection_score: 50 } },
        { id: "a", name: "甲", values: { report_submission: 50, duty_norm_share: 50, inspection_score: 100 } },
        { id: "b", name: "乙", values: { report_submission: 80, duty_norm_share: 60, inspection_score: null } },
        { id: "d", name: "丁", values: { report_submission: 100, duty_norm_share: 100, inspection_score: 100 } },
      ],
      weights,
    );
    // By hand: d 100; a 20+15+30 = 65; c 40+0+15 = 55; b 32+18+0 = 50.
    expect(Object.fromEntries(rows.map((r) => [r.id, [r.total, r.rank]]))).toEqual({ d: [100, 1], a: [65, 2], c: [55, 3], b: [50, 4] });
    expect(competitionRanks([90, 80, 90, 70])).toEqual([1, 3, 1, 4]);
    const tied = rankUnits(
      [
        { id: "x", name: "X", values: { report_submission: 80, duty_norm_share: 80, inspection_score: 80 } },
        { id: "y", name: "Y", values: { report_submission: 80, duty_norm_share: 80, inspection_score: 80 } },
        { id: "z", name: "Z", values: { report_submission: 10, duty_norm_share: 10, inspection_score: 10 } },
      ],
      weights,
    );
    expect(tied.map((r) => r.rank)).toEqual([1, 1, 3]);
  });

  it("turns lower-is-better figures around and clamps to 0–100", () => {
    expect(normalise(20, false)).toBe(80);
    expect(normalise(130)).toBe(100);
    expect(normalise(null)).toBe(0);
    expect(weightsProblem([{ indicator: "a", weight: 60 }, { indicator: "b", weight: 30 }])).toBe("sum");
    expect(weightsProblem([{ indicator: "a", weight: 50 }, { indicator: "a", weight: 50 }])).toBe("duplicate");
    expect(weightsProblem([{ indicator: "a", weight: 100 }])).toBeNull();
  });
});

describe("inspections", () => {
  const items = [
    { key: "a", text: "容器", maxScore: 20, photoRequired: true },
    { key: "b", text: "分类", maxScore: 30, photoRequired: false },
  ];
  it("adds up a check and finds missing scores, scores out of range and missing required photos", () => {
    expect(scoreCheck(items, [{ key: "a", score: 15, photoIds: ["f1"] }, { key: "b", score: 30 }])).toEqual({ total: 45, maxTotal: 50, problems: [] });
    expect(scoreCheck(items, [{ key: "a", score: 25 }]).problems).toEqual([
      { key: "a", problem: "range" },
      { key: "a", problem: "photo" },
      { key: "b", problem: "missing" },
    ]);
  });

  it("derives overdue from the deadline; a completed item is not overdue", () => {
    const now = new Date("2027-03-15T00:00:00Z");
    expect(rectificationState({ status: "OPEN", deadline: new Date("2027-03-14T00:00:00Z") }, now)).toBe("OVERDUE");
    expect(rectificationState({ status: "OPEN", deadline: new Date("2027-03-16T00:00:00Z") }, now)).toBe("OPEN");
    expect(rectificationState({ status: "DONE", deadline: new Date("2027-03-14T00:00:00Z") }, now)).toBe("DONE");
  });
});
