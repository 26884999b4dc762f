// Every indicator of the catalogue against the hand-made world of dashboards-fixtures.ts, computed by hand below:
// the node's own figures, the subtree totals, months and the quarter made of them.
import { beforeAll, describe, expect, it } from "vitest";
import { rebuildDashboards } from "@/lib/dashboards/refresh-job";
import { buildWorld, figures, NOW, type World } from "./dashboards-fixtures";

let w: World;
const own = (node: string, period: string) => figures("DashFact", w.tt.tenantId, node, period);
const all = (node: string, period: string) => figures("DashRollup", w.tt.tenantId, node, period);

beforeAll(async () => {
  w = await buildWorld();
  await rebuildDashboards({ tenantId: w.tt.tenantId, now: NOW });
});

describe("indicator formulas on a small world computed by hand", () => {
  it("report submission and on-time rates count due unit-periods in the month of their deadline", async () => {
    const { a1, a1b, b, root } = w.tt.nodes;
    // January: 4 Wednesdays × 3 filing units; a1 filed W01 (on time) and W02 (late), a1b W01 (on time).
    expect((await own(a1.id, "2027-01")).report_submission).toEqual([2, 4]);
    expect((await own(a1.id, "2027-01")).report_ontime).toEqual([1, 2]);
    expect((await own(a1b.id, "2027-01")).report_submission).toEqual([1, 4]);
    expect((await all(a1.id, "2027-01")).report_submission).toEqual([3, 8]);
    expect((await all(b.id, "2027-01")).report_submission).toEqual([0, 4]);
    expect((await all(root.id, "2027-01")).report_submission).toEqual([3, 12]);
    expect((await all(root.id, "2027-01")).report_ontime).toEqual([2, 3]);
    // February: a1's W05 only; March: W09 and W10 are due by 15 March, nobody filed (b1's draft does not count).
    expect((await all(root.id, "2027-02")).report_submission).toEqual([1, 12]);
    expect((await all(root.id, "2027-03")).report_submission).toEqual([0, 6]);
    // The quarter adds the months.
    expect((await all(root.id, "2027-Q1")).report_submission).toEqual([4, 30]);
    expect((await all(root.id, "2027-Q1")).report_ontime).toEqual([3, 4]);
  });

  it("pledge rate is a snapshot of the active roster at the end of each month (the quarter takes its last month)", async () => {
    const { a1b, root } = w.tt.nodes;
    // January: a1bMember and p1–p4 on the roster; p1 and p4 signed. February: p4 left; p1 and p2 signed by then.
    expect((await own(a1b.id, "2027-01")).pledge_rate).toEqual([2, 5]);
    expect((await own(a1b.id, "2027-02")).pledge_rate).toEqual([2, 4]);
    expect((await own(a1b.id, "2027-03")).pledge_rate).toEqual([2, 4]);
    expect((await own(a1b.id, "2027-Q1")).pledge_rate).toEqual([2, 4]);
    expect((await own(a1b.id, "2026-12")).pledge_rate).toEqual([0, 5]);
    // The whole tenant: the factory's six people and p1–p4; the public signer without a roster record is not counted.
    expect((await all(root.id, "2027-01")).pledge_rate).toEqual([2, 10]);
  });

  it("participation rate counts people once per period, checked in at an activity that was held", async () => {
    const { a1, a1b } = w.tt.nodes;
    // January: p1 (p2 registered without checking in); the cancelled activity's p3 does not count.
    expect((await own(a1b.id, "2027-01")).participation_rate).toEqual([1, 5]);
    expect((await own(a1.id, "2027-01")).participation_rate).toEqual([1, 1]);
    // February: p1 and p3 of 4 active.
    expect((await own(a1b.id, "2027-02")).participation_rate).toEqual([2, 4]);
    // The quarter: p1 and p3 once each, of the roster on 15 March.
    expect((await own(a1b.id, "2027-Q1")).participation_rate).toEqual([2, 4]);
    expect((await all(a1.id, "2027-Q1")).participation_rate).toEqual([3, 5]);
  });

  it("awareness rate: contest takers who passed one attempt on time", async () => {
    const { a1b } = w.tt.nodes;
    // January: p1 passed (90), p2 failed (70), p3 scored 95 but late. February: p2 passed (85).
    expect((await own(a1b.id, "2027-01")).awareness_rate).toEqual([1, 3]);
    expect((await own(a1b.id, "2027-02")).awareness_rate).toEqual([1, 1]);
    expect((await own(a1b.id, "2027-Q1")).awareness_rate).toEqual([2, 3]);
  });

  it("correct disposal rate sums the ledgers' and inspections' counts", async () => {
    const { a1c, root } = w.tt.nodes;
    expect((await own(a1c.id, "2027-01")).disposal_rate).toEqual([130, 160]);
    expect((await own(a1c.id, "2027-02")).disposal_rate).toEqual([30, 40]);
    expect((await all(root.id, "2027-Q1")).disposal_rate).toEqual([160, 200]);
  });

  it("duty: verified minutes, and party members reaching the 2-hour norm each month", async () => {
    const { a1, a1b, root } = w.tt.nodes;
    // January: p1 90 + 40, p2 120 verified; p3's 200 minutes are not verified. p1 and p2 reach 120.
    expect((await own(a1b.id, "2027-01")).duty_hours).toEqual([250, 0]);
    expect((await own(a1b.id, "2027-01")).duty_norm_share).toEqual([2, 5]);
    expect((await own(a1b.id, "2027-02")).duty_hours).toEqual([60, 0]);
    expect((await own(a1b.id, "2027-02")).duty_norm_share).toEqual([0, 4]);
    expect((await own(a1b.id, "2027-03")).duty_norm_share).toEqual([0, 4]);
    // The quarter: member-months reaching the norm over member-months.
    expect((await own(a1b.id, "2027-Q1")).duty_hours).toEqual([310, 0]);
    expect((await own(a1b.id, "2027-Q1")).duty_norm_share).toEqual([2, 13]);
    expect((await all(a1.id, "2027-01")).duty_norm_share).toEqual([2, 6]);
    expect((await all(root.id, "2027-01")).duty_norm_share).toEqual([2, 10]);
  });

  it("household-link coverage: households with a linked member over households", async () => {
    const { a1c, b1c, root } = w.tt.nodes;
    expect((await own(a1c.id, "2027-03")).link_coverage).toEqual([1, 2]);
    expect((await own(b1c.id, "2027-03")).link_coverage).toEqual([0, 1]);
    expect((await all(root.id, "2027-Q1")).link_coverage).toEqual([1, 3]);
  });

  it("points issued (net of corrections), redeemed, and volunteer hours", async () => {
    const { a1b, root } = w.tt.nodes;
    expect((await own(a1b.id, "2027-01")).points_issued).toEqual([15, 0]);
    expect((await own(a1b.id, "2027-01")).points_redeemed).toEqual([8, 0]);
    expect((await own(a1b.id, "2027-01")).volunteer_hours).toEqual([90, 0]);
    expect((await own(a1b.id, "2027-02")).points_issued).toEqual([-2, 0]);
    expect((await all(root.id, "2027-Q1")).points_issued).toEqual([13, 0]);
    expect((await all(root.id, "2027-Q1")).points_redeemed).toEqual([8, 0]);
  });

  it("visits count on the visitor's node, or the household's without a visitor", async () => {
    const { a1b, b1c, root } = w.tt.nodes;
    expect((await own(a1b.id, "2027-01")).visits).toEqual([1, 0]);
    expect((await own(b1c.id, "2027-02")).visits).toEqual([1, 0]);
    expect((await all(root.id, "2027-Q1")).visits).toEqual([2, 0]);
  });

  it("inspection score is the mean percentage of monthly and unannounced checks (follow-ups not scored)", async () => {
    const { a1c, b1c, root } = w.tt.nodes;
    expect((await own(a1c.id, "2027-01")).inspection_score).toEqual([80, 1]);
    expect((await own(b1c.id, "2027-02")).inspection_score).toEqual([90, 1]);
    expect((await own(a1c.id, "2027-03")).inspection_score).toBeUndefined();
    expect((await all(root.id, "2027-Q1")).inspection_score).toEqual([170, 2]);
  });

  it("rectification rate: due ones completed by their deadline", async () => {
    const { a1c, b1c, root } = w.tt.nodes;
    expect((await own(a1c.id, "2027-01")).rectification_rate).toEqual([1, 2]);
    expect((await own(b1c.id, "2027-02")).rectification_rate).toEqual([0, 1]);
    // The one due 20 March is not due yet.
    expect((await own(b1c.id, "2027-03")).rectification_rate).toBeUndefined();
    expect((await all(root.id, "2027-Q1")).rectification_rate).toEqual([1, 3]);
  });

  it("a half-year and a year are made like the quarter", async () => {
    const { root } = w.tt.nodes;
    expect((await all(root.id, "2027-H1")).report_submission).toEqual([4, 30]);
    expect((await all(root.id, "2027")).duty_hours).toEqual([310, 0]);
    expect((await all(root.id, "2027-H1")).participation_rate).toEqual([3, 9]);
  });
});
