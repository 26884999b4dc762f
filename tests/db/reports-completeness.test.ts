import { describe, expect, it } from "vitest";
import { getCompleteness } from "@/lib/reports/read-completeness";
import { getRollup } from "@/lib/reports/read-rollup";
import { writeReport } from "@/lib/reports/write-submissions";
import type { Actor } from "@/lib/access/actor";
import { loadActor } from "@/lib/auth/load-actor";
import { createTestTenant, owner } from "../factories/tenant";
import { at, createWeeklyType, minimalWeekly, WEEK } from "./reports-fixtures";

const PREV = "2027-W09";

describe("completeness and timeliness", () => {
  it("counts expected, submitted, on time and missing per child, with rates, trend and the missing list", async () => {
    const tt = await createTestTenant();
    await createWeeklyType(tt);
    const { reporterA, unitAdminB, leader } = tt.actors;
    const file = (actor: typeof reporterA, nodeId: string, period: string, minutes: number, participation = 10) =>
      writeReport({ actor, action: "submit", input: { type: "weekly_progress", period, nodeId, data: { ...minimalWeekly, participation, activities: [{ name: "宣传", date: "2027-03-09", kind: "publicity", participants: participation * 2 }] }, baseVersion: 0 }, now: at(minutes) });
    // This week: a1 on time (16:59), b1 late (17:01), the branch a1b missing.
    await file(reporterA, tt.nodes.a1.id, WEEK, -1, 10);
    // Before the deadline nobody is missing yet.
    const early = await getCompleteness({ actor: leader, type: "weekly_progress", from: WEEK, to: WEEK, now: at(-1) });
    expect(early.total.counts).toMatchObject({ expected: 3, submitted: 1, missing: 0 });
    await file(unitAdminB, tt.nodes.b1.id, WEEK, 1, 7);
    // Last week: everybody on time.
    for (const [actor, node] of [[reporterA, tt.nodes.a1.id], [reporterA, tt.nodes.a1b.id], [unitAdminB, tt.nodes.b1.id]] as const) await file(actor, node, PREV, -7 * 24 * 60 - 30, 5);

    const now = at(2);
    const c = await getCompleteness({ actor: leader, type: "weekly_progress", from: PREV, to: WEEK, now });
    expect(c.area.node?.id).toBe(tt.nodes.root.id);
    expect(c.periods.map((p) => [p.key, p.due])).toEqual([[PREV, true], [WEEK, true]]);
    expect(c.total.counts).toMatchObject({ expected: 6, submitted: 5, onTime: 4, late: 1, missing: 1 });
    expect(c.total.submissionRate).toBeCloseTo(5 / 6);
    expect(c.total.onTimeRate).toBeCloseTo(4 / 5);
    const byId = Object.fromEntries(c.rows.map((r) => [r.id, r]));
    expect(Object.keys(byId).sort()).toEqual([tt.nodes.a.id, tt.nodes.b.id].sort());
    expect(byId[tt.nodes.a.id]).toMatchObject({ units: 2, counts: { expected: 4, submitted: 3, onTime: 3, missing: 1 } });
    expect(byId[tt.nodes.b.id]).toMatchObject({ units: 1, counts: { expected: 2, submitted: 2, onTime: 1, late: 1 } });
    const week = c.trend.find((x) => x.key === WEEK)!;
    expect(week).toMatchObject({ expected: 3, submitted: 2, onTime: 1 });
    expect(week.onTimeRate).toBe(0.5);
    expect(c.missing.map((m) => [m.nodeId, m.periodKey])).toEqual([[tt.nodes.a1b.id, WEEK]]);

    // Drill down into street a: one row per unit below it.
    const a = await getCompleteness({ actor: leader, type: "weekly_progress", nodeId: tt.nodes.a.id, from: WEEK, to: WEEK, now });
    expect(a.rows.map((r) => [r.id, r.counts.submitted, r.counts.missing])).toEqual([[tt.nodes.a1.id, 1, 1]]);
    const a1 = await getCompleteness({ actor: leader, type: "weekly_progress", nodeId: tt.nodes.a1.id, from: WEEK, to: WEEK, now });
    expect(a1.rows.map((r) => [r.id, r.self, r.counts.submitted])).toEqual([[tt.nodes.a1.id, true, 1], [tt.nodes.a1c.id, false, 0]]);

    // A representative sees the units they follow (a1 and what is below it), nothing else.
    const rep = await getCompleteness({ actor: tt.actors.representative, type: "weekly_progress", from: WEEK, to: WEEK, now });
    expect(rep.rows.map((r) => r.id)).toEqual([tt.nodes.a1.id, tt.nodes.a1c.id]);
    expect(rep.total.counts).toMatchObject({ expected: 2, submitted: 1 });
    // Following two units: one row per followed unit.
    const db = owner();
    await db.representativeFollow.create({ data: { tenantId: tt.tenantId, userId: tt.userIds.representative, nodeId: tt.nodes.b1.id } });
    await db.$disconnect();
    const load = await loadActor({ uid: tt.userIds.representative, tid: tt.tenantId, sv: 1 }, { locale: "zh-CN" });
    const rep2 = await getCompleteness({ actor: (load as { actor: Actor }).actor, type: "weekly_progress", from: WEEK, to: WEEK, now });
    expect(rep2.area.node).toBeNull();
    expect(rep2.rows.map((r) => [r.id, r.counts.expected, r.counts.submitted]).sort()).toEqual([[tt.nodes.a1.id, 2, 1], [tt.nodes.b1.id, 1, 1]].sort());
    await expect(getCompleteness({ actor: tt.actors.representative, type: "weekly_progress", nodeId: tt.nodes.b.id, now })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(getCompleteness({ actor: unitAdminB, type: "weekly_progress", nodeId: tt.nodes.a.id, now })).rejects.toMatchObject({ code: "NOT_FOUND" });

    // Roll-up: numeric fields summed to every level.
    const r = await getRollup({ actor: leader, type: "weekly_progress", period: WEEK });
    expect(r.paths.map((p) => p.path)).toEqual(["activities.participants", "participation"]);
    expect(r.total).toMatchObject({ expected: 3, reports: 2, values: [34, 17] });
    expect(r.rows.map((x) => [x.id, x.reports, x.values])).toEqual([[tt.nodes.a.id, 1, [20, 10]], [tt.nodes.b.id, 1, [14, 7]]]);
  });
});
