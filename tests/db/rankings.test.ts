// The half-year assessment ranking (半年考核排名) on a small fixture: three streets, weights 60/40 on inspection
// score and correct disposal rate, two streets tied. Computed from the roll-up the refresh builds from the records,
// with the calculation kept per unit; approved by a leader (never by whoever computed it), then published once.
import crypto from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { getMyFigures } from "@/lib/dashboards/member";
import { rebuildDashboards } from "@/lib/dashboards/refresh-job";
import { createNode } from "@/lib/org/write-nodes";
import { approveRanking, computeRanking, getRanking, listRankings, publishRanking } from "@/lib/rankings/rankings";
import { createScheme } from "@/lib/rankings/schemes";
import { createTestTenant, owner, type TestTenant } from "../factories/tenant";

const NOW = new Date("2027-07-05T02:00:00Z");
const bj = (s: string) => new Date(`${s.replace(" ", "T")}:00+08:00`);
const H1 = "2027-H1";

let tt: TestTenant;
let c: { id: string };
let schemeId: string;

beforeAll(async () => {
  tt = await createTestTenant();
  const t = tt.tenantId;
  c = await createNode({ actor: tt.actors.tenantAdmin, data: { parentId: tt.nodes.root.id, kindId: tt.kinds.street, name: "丙街道" } });
  const db = owner();
  try {
    const checklist = await db.checklist.create({ data: { tenantId: t, name: "月度检查表", items: [{ key: "sorting", text: "分类投放", maxScore: 100, photoRequired: false }], createdById: tt.userIds.tenantAdmin }, select: { id: true } });
    const inspect = (nodeId: string, at: string, total: number, maxTotal: number) =>
      db.inspection.create({ data: { tenantId: t, kind: "MONTHLY", checklistId: checklist.id, nodeId, inspectorId: tt.userIds.tenantAdmin, occurredAt: bj(at), scores: [], total, maxTotal } });
    // Inspection scores: A 90, B 80, C 70 (35 of 50); a check in July is outside the half-year.
    await inspect(tt.nodes.a1c.id, "2027-02-10 10:00", 90, 100);
    await inspect(tt.nodes.b1c.id, "2027-03-10 10:00", 80, 100);
    await inspect(c.id, "2027-04-10 10:00", 35, 50);
    await inspect(c.id, "2027-07-01 10:00", 50, 50);
    // Correct disposal from the supervisors' ledgers: A 80 of 100, B 95 of 100, C none.
    const ledger = async (nodeId: string, date: string, observed: number, correct: number) => {
      const bp = await db.binPoint.create({ data: { tenantId: t, nodeId, name: "桶站", qrToken: crypto.randomBytes(12).toString("hex") }, select: { id: true } });
      const slot = await db.dutySlot.create({ data: { tenantId: t, binPointId: bp.id, startMinute: 390, endMinute: 510 }, select: { id: true } });
      await db.supervisionLedger.create({ data: { tenantId: t, binPointId: bp.id, slotId: slot.id, date: new Date(`${date}T00:00:00Z`), supervisorId: tt.userIds.tenantAdmin, observed, correct, corrected: 0 } });
    };
    await ledger(tt.nodes.a1c.id, "2027-05-10", 100, 80);
    await ledger(tt.nodes.b1c.id, "2027-06-10", 100, 95);
  } finally {
    await db.$disconnect();
  }
  await rebuildDashboards({ tenantId: t, now: NOW });
  schemeId = (await createScheme({ actor: tt.actors.tenantAdmin, data: { name: "半年考核", weights: [{ indicator: "inspection_score", weight: 60 }, { indicator: "disposal_rate", weight: 40 }] } })).id;
});

describe("half-year ranking", () => {
  it("weights the figures, shares a rank on a tie (1, 1, 3) and keeps the calculation per unit", async () => {
    const { id } = await computeRanking({ actor: tt.actors.tenantAdmin, data: { schemeId, nodeId: tt.nodes.root.id, period: H1 }, now: NOW });
    const r = await getRanking({ actor: tt.actors.tenantAdmin, rankingId: id });
    expect(r.status).toBe("DRAFT");
    expect(r.weights).toEqual([{ indicator: "inspection_score", weight: 60 }, { indicator: "disposal_rate", weight: 40 }]);
    // A: 90 × 0.6 + 80 × 0.4 = 86; B: 80 × 0.6 + 95 × 0.4 = 86; C: 70 × 0.6 + no figure (0) = 42.
    expect(r.rows.map((x) => [x.name, x.rank, x.total])).toEqual([["甲街道", 1, 86], ["乙街道", 1, 86], ["丙街道", 3, 42]]);
    const row = (name: string) => r.rows.find((x) => x.name === name)!;
    expect(row("甲街道")).toMatchObject({ id: tt.nodes.a.id, values: { inspection_score: 90, disposal_rate: 80 }, scores: { inspection_score: 90, disposal_rate: 80 }, contributions: { inspection_score: 54, disposal_rate: 32 } });
    expect(row("乙街道")).toMatchObject({ id: tt.nodes.b.id, values: { inspection_score: 80, disposal_rate: 95 }, contributions: { inspection_score: 48, disposal_rate: 38 } });
    expect(row("丙街道")).toMatchObject({ id: c.id, values: { inspection_score: 70, disposal_rate: null }, scores: { inspection_score: 70, disposal_rate: 0 }, contributions: { inspection_score: 42, disposal_rate: 0 } });
    expect(r.canApprove).toBe(false);

    // Recomputing a draft keeps one ranking per scheme, node and period.
    const again = await computeRanking({ actor: tt.actors.tenantAdmin, data: { schemeId, nodeId: tt.nodes.root.id, period: H1 }, now: NOW });
    expect(again.id).toBe(id);
  });

  it("is approved by a leader (not by whoever computed it), then published and announced once", async () => {
    const { id } = await computeRanking({ actor: tt.actors.tenantAdmin, data: { schemeId, nodeId: tt.nodes.root.id, period: H1 }, now: NOW });
    // Units below do not see a draft; a unit admin cannot rank the district, nor a street with a single unit.
    await expect(getRanking({ actor: tt.actors.unitAdminB, rankingId: id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(computeRanking({ actor: tt.actors.unitAdminA, data: { schemeId, nodeId: tt.nodes.root.id, period: H1 }, now: NOW })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(computeRanking({ actor: tt.actors.unitAdminA, data: { schemeId, nodeId: tt.nodes.a.id, period: H1 }, now: NOW })).rejects.toMatchObject({ code: "VALIDATION" });
    await expect(publishRanking({ actor: tt.actors.tenantAdmin, rankingId: id, now: NOW })).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(approveRanking({ actor: tt.actors.tenantAdmin, rankingId: id, now: NOW })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(approveRanking({ actor: tt.actors.unitAdminA, rankingId: id, now: NOW })).rejects.toMatchObject({ code: "FORBIDDEN" });

    await approveRanking({ actor: tt.actors.leader, rankingId: id, now: NOW });
    expect(await getRanking({ actor: tt.actors.leader, rankingId: id })).toMatchObject({ status: "APPROVED" });
    // Approved figures are frozen.
    await expect(computeRanking({ actor: tt.actors.tenantAdmin, data: { schemeId, nodeId: tt.nodes.root.id, period: H1 }, now: NOW })).rejects.toMatchObject({ code: "CONFLICT" });

    const published = await publishRanking({ actor: tt.actors.tenantAdmin, rankingId: id, now: NOW });
    expect(published).toMatchObject({ status: "PUBLISHED", notified: 6 });
    await expect(publishRanking({ actor: tt.actors.tenantAdmin, rankingId: id, now: NOW })).rejects.toMatchObject({ code: "CONFLICT" });
    const db = owner();
    try {
      const sent = await db.notification.findMany({ where: { tenantId: tt.tenantId, kind: "ranking.published" }, select: { userId: true, title: true } });
      expect(sent.map((s) => s.userId).sort()).toEqual(["tenantAdmin", "leader", "unitAdminA", "unitAdminA1", "reporterA", "unitAdminB"].map((k) => tt.userIds[k]).sort());
      expect(sent[0].title).toBe(`测试区${tt.tag}2027年上半年考核排名已发布`);
    } finally {
      await db.$disconnect();
    }

    // Published: the units below read it, and a member's card shows their street's place.
    expect((await listRankings({ actor: tt.actors.unitAdminB })).map((x) => x.id)).toContain(id);
    const card = await getMyFigures({ actor: tt.actors.member, now: NOW });
    expect(card!.published).toMatchObject({ id, rank: 1, total: 3, unit: "甲街道" });
  });
});
