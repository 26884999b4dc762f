// Freshness: a write reaches the figures through the triggers and the refresh job, and the incremental refresh
// always ends where a full rebuild from the records would.
import { describe, expect, it, vi } from "vitest";

// The job's chain (each run schedules the next) without starting the app's queue client inside the tests.
const enqueued = vi.hoisted(() => [] as unknown[][]);
vi.mock("@/lib/jobs/boss", () => ({ enqueue: async (...args: unknown[]) => (enqueued.push(args), "job-id"), getBoss: async () => { throw new Error("no queue client in tests"); } }));
import { archiveNode, moveNode } from "@/lib/org/write-nodes";
import { markPersonLeft } from "@/lib/people/write-people";
import { writeReport } from "@/lib/reports/write-submissions";
import { rebuildDashboards, runDashboardRefresh } from "@/lib/dashboards/refresh-job";
import { getDashboard } from "@/lib/dashboards/read";
import { periodOf } from "@/lib/reports/calendar";
import { monthKeyOf } from "@/lib/duty/time";
import { HANDLERS } from "@/lib/jobs/handlers";
import "@/lib/jobs/all-handlers";
import { REFRESH_EVERY_SECONDS, REFRESH_QUEUE } from "@/lib/dashboards/queues";
import { createChecklist } from "@/lib/inspections/checklists";
import { recordInspection } from "@/lib/inspections/inspections";
import { createTestTenant, owner } from "../factories/tenant";
import { bj, buildWorld, figures, NOW } from "./dashboards-fixtures";

async function snapshot(tenantId: string) {
  const db = owner();
  try {
    const rows = await db.$queryRawUnsafe<{ k: string; num: number; den: number }[]>(
      `SELECT "nodeId" || ' ' || "periodKey" || ' ' || indicator AS k, num, den FROM "DashRollup" WHERE "tenantId" = $1 ORDER BY 1`,
      tenantId,
    );
    return Object.fromEntries(rows.map((r) => [r.k, [r.num, r.den]]));
  } finally {
    await db.$disconnect();
  }
}

async function dirtyCount(tenantId: string) {
  const db = owner();
  try {
    return await db.dashDirty.count({ where: { tenantId } });
  } finally {
    await db.$disconnect();
  }
}

describe("keeping the figures fresh", () => {
  it("a new record reaches the dashboard with the next run of the refresh job (well within 60 s)", async () => {
    const { tt, ids } = await buildWorld();
    await rebuildDashboards({ tenantId: tt.tenantId, now: NOW });
    const before = await getDashboard({ actor: tt.actors.leader, period: "2027-03", now: NOW });
    const card = (d: typeof before, code: string) => d.cards.find((c) => c.code === code)!;
    expect(card(before, "duty_norm_share").num).toBe(0);

    // p2 does 130 verified minutes on 14 March; written at t, the job runs 5 s later.
    const t = new Date(NOW.getTime() + 60_000);
    const db = owner();
    await db.dutyRecord.create({
      data: { tenantId: tt.tenantId, personId: ids.p2, binPointId: ids.binPoint, startAt: bj("2027-03-14 06:30"), endAt: bj("2027-03-14 08:40"), minutes: 130, source: "RECORDED", status: "VERIFIED", recordedById: tt.userIds.tenantAdmin },
    });
    await db.$disconnect();
    expect(await dirtyCount(tt.tenantId)).toBeGreaterThan(0);
    const run = new Date(t.getTime() + 5_000);
    const results = await runDashboardRefresh({ now: run, tenantIds: [tt.tenantId] });
    expect(results[tt.tenantId].entries).toBeGreaterThan(0);
    expect(await dirtyCount(tt.tenantId)).toBe(0);

    const after = await getDashboard({ actor: tt.actors.leader, period: "2027-03", now: run });
    expect(card(after, "duty_norm_share")).toMatchObject({ num: 1, den: 9 });
    expect(card(after, "duty_hours")).toMatchObject({ num: 130, value: 2.2 });
    expect(after.refreshedAt!.getTime() - t.getTime()).toBeLessThanOrEqual(60_000);

    // A report filed through the app (late, for the week due 10 March) shows up the same way.
    await writeReport({ actor: tt.actors.unitAdminB, action: "submit", input: { type: "weekly_progress", period: "2027-W10", nodeId: tt.nodes.b1.id, data: {}, baseVersion: 0 }, now: NOW });
    await runDashboardRefresh({ now: new Date(run.getTime() + 5_000), tenantIds: [tt.tenantId] });
    expect((await figures("DashRollup", tt.tenantId, tt.nodes.root.id, "2027-03")).report_submission).toEqual([1, 6]);
    expect((await figures("DashRollup", tt.tenantId, tt.nodes.root.id, "2027-Q1")).report_submission).toEqual([5, 30]);
  });

  it("the registered job handler, on the real clock, makes an inspection recorded in the app visible within 60 s", async () => {
    const tt = await createTestTenant();
    const handler = HANDLERS[REFRESH_QUEUE];
    expect(handler).toBeTypeOf("function");
    const meta = { id: "test", name: REFRESH_QUEUE };
    // The first run of a new tenant builds its figures; nothing inspected yet.
    await handler({ tenantIds: [tt.tenantId] }, meta);
    const card = (d: Awaited<ReturnType<typeof getDashboard>>) => d.cards.find((c) => c.code === "inspection_score")!;
    expect(card(await getDashboard({ actor: tt.actors.leader }))).toMatchObject({ num: 0, den: 0, value: null });

    const checklist = await createChecklist({ actor: tt.actors.tenantAdmin, data: { name: "暗访表", description: null, items: [{ key: "sorting", text: "分类投放", maxScore: 50, photoRequired: false }], active: true } });
    const t = Date.now();
    await recordInspection({ actor: tt.actors.unitAdminA, data: { kind: "UNANNOUNCED", checklistId: checklist.id, nodeId: tt.nodes.a1c.id, scores: [{ key: "sorting", score: 35, note: null, photoIds: [] }], photoIds: [], notes: null, problems: [] } });
    enqueued.length = 0;
    await handler({ tenantIds: [tt.tenantId] }, meta);
    const after = await getDashboard({ actor: tt.actors.leader });
    expect(card(after)).toMatchObject({ num: 70, den: 1, value: 70 });
    expect(after.refreshedAt!.getTime()).toBeGreaterThanOrEqual(t);
    expect(Date.now() - t).toBeLessThan(60_000);
    // Each run asks for the next one a few seconds later (one per slot), so the figures never wait a minute.
    expect(enqueued).toEqual([[REFRESH_QUEUE, {}, { startAfter: REFRESH_EVERY_SECONDS, singletonKey: "next", singletonSeconds: REFRESH_EVERY_SECONDS }]]);
    expect(REFRESH_EVERY_SECONDS).toBeLessThan(60);
    // The unit admin of the other street does not see the inspection.
    expect(card(await getDashboard({ actor: tt.actors.unitAdminB }))).toMatchObject({ num: 0, den: 0 });
  });

  it("after moves, archives, people leaving and new records, the incremental refresh equals a full rebuild", async () => {
    const { tt, ids } = await buildWorld();
    await rebuildDashboards({ tenantId: tt.tenantId, now: NOW });
    const db = owner();
    try {
      await db.pledgeSignature.create({ data: { tenantId: tt.tenantId, campaignId: ids.campaign, personId: ids.p3, nodeId: tt.nodes.a1b.id, channel: "APP", signedAt: bj("2027-03-02 10:00") } });
      await db.ledgerEntry.create({ data: { tenantId: tt.tenantId, accountId: (await db.pointsAccount.findFirstOrThrow({ where: { personId: ids.p1 } })).id, currency: "POINTS", amount: 7, kind: "AWARD", sourceType: "Test", sourceId: "x1", createdAt: bj("2027-03-03 10:00") } });
      await db.inspection.create({ data: { tenantId: tt.tenantId, kind: "UNANNOUNCED", checklistId: ids.checklist, nodeId: tt.nodes.b1c.id, inspectorId: tt.userIds.tenantAdmin, occurredAt: bj("2027-03-05 10:00"), scores: [], total: 60, maxTotal: 100, observed: 20, correct: 12 } });
      await db.activity.update({ where: { id: ids.cancelled }, data: { status: "HELD" } });
      await db.dutyRecord.updateMany({ where: { tenantId: tt.tenantId, status: "PENDING" }, data: { status: "VERIFIED" } });
    } finally {
      await db.$disconnect();
    }
    await markPersonLeft({ actor: tt.actors.tenantAdmin, data: { personId: ids.p2, leftAt: bj("2027-02-01 00:00") } });
    await moveNode({ actor: tt.actors.tenantAdmin, data: { nodeId: tt.nodes.a1c.id, newParentId: tt.nodes.b1.id } });
    await archiveNode({ actor: tt.actors.tenantAdmin, data: { nodeId: tt.nodes.b1c.id } });

    await runDashboardRefresh({ now: NOW, tenantIds: [tt.tenantId] });
    const incremental = await snapshot(tt.tenantId);
    await rebuildDashboards({ tenantId: tt.tenantId, now: NOW });
    const full = await snapshot(tt.tenantId);
    expect(incremental).toEqual(full);
    // And the changes did show: a1c's ledgers now count under b1, not a1; the archived b1c is out of every total.
    expect((await figures("DashRollup", tt.tenantId, tt.nodes.b1.id, "2027-01")).disposal_rate).toEqual([130, 160]);
    expect((await figures("DashRollup", tt.tenantId, tt.nodes.a1.id, "2027-01")).disposal_rate).toBeUndefined();
    expect((await figures("DashRollup", tt.tenantId, tt.nodes.root.id, "2027-02")).inspection_score).toBeUndefined();
  });

  it("the clock: a deadline passing counts the report as missing without any write", async () => {
    const { tt } = await buildWorld();
    await rebuildDashboards({ tenantId: tt.tenantId, now: NOW });
    // 17 March 17:00 the week W11 falls due: three more expected unit-weeks in March.
    await runDashboardRefresh({ now: bj("2027-03-17 16:59"), tenantIds: [tt.tenantId] });
    expect((await figures("DashRollup", tt.tenantId, tt.nodes.root.id, "2027-03")).report_submission).toEqual([0, 6]);
    await runDashboardRefresh({ now: bj("2027-03-17 17:01"), tenantIds: [tt.tenantId] });
    expect((await figures("DashRollup", tt.tenantId, tt.nodes.root.id, "2027-03")).report_submission).toEqual([0, 9]);
  });

  it("the trigger's month of a report period agrees with the report calendar", async () => {
    const db = owner();
    try {
      const cases: [string, string, number, number][] = [];
      for (let w = 1; w <= 53; w++) cases.push(["WEEKLY", `2026-W${String(w).padStart(2, "0")}`, 3, 0]);
      for (let w = 1; w <= 52; w++) cases.push(["WEEKLY", `2027-W${String(w).padStart(2, "0")}`, 7, 1]);
      for (let m = 1; m <= 12; m++) cases.push(["MONTHLY", `2026-${String(m).padStart(2, "0")}`, 0, 1], ["MONTHLY", `2026-${String(m).padStart(2, "0")}`, 0, 0]);
      for (let q = 1; q <= 4; q++) cases.push(["QUARTERLY", `2026-Q${q}`, 0, 0], ["QUARTERLY", `2026-Q${q}`, 0, 1]);
      for (const [cadence, key, weekday, offset] of cases) {
        const [{ m }] = await db.$queryRawUnsafe<{ m: string }[]>(`SELECT dash_report_month($1, $2, $3, $4) AS m`, cadence, key, weekday, offset);
        const p = periodOf({ cadence: cadence as "WEEKLY", weekday, dayOfMonth: 18, dueTime: "17:00", periodOffset: offset, lockAfterDays: 7 }, key, "Asia/Shanghai");
        expect(m, `${cadence} ${key} +${offset}`).toBe(monthKeyOf(p.deadline));
      }
    } finally {
      await db.$disconnect();
    }
  });
});
