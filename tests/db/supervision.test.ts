import { describe, expect, it } from "vitest";
import { createBinPoint } from "@/lib/duty/bin-points";
import { getDisposalRates, listLedgers, rateLedger, saveLedger } from "@/lib/duty/ledgers";
import { addHouseholdEntry, draftList, getList, listPublishedForMe, publishList, removeEntry, setModelHousehold } from "@/lib/redlist/lists";
import { createTestTenant, type TestTenant } from "../factories/tenant";
import { addActor, addNode, withOwner } from "../factories/participation";

const bins = { kitchen: 1, recyclable: 1, hazardous: 0, other: 1, chiefId: null, chiefArea: null, responsibleMemberId: null, location: null };

async function point(t: TestTenant, nodeId: string, name: string) {
  const { id } = await createBinPoint({ actor: t.actors.tenantAdmin, data: { nodeId, name, ...bins } });
  return withOwner((db) => db.binPoint.findUniqueOrThrow({ where: { id }, include: { slots: { orderBy: { startMinute: "asc" } } } }));
}

describe("supervisors' daily ledgers", () => {
  it("are kept by the supervisor, rated by the community, and give the correct disposal rate", async () => {
    const t = await createTestTenant();
    const supervisor = await addActor(t, "SUPERVISOR", t.nodes.a1.id);
    const p1 = await point(t, t.nodes.a1c.id, "东门投放点");
    const second = await addNode(t, t.nodes.a1, "compound", "甲一二期");
    const p2 = await point(t, second.id, "北门投放点");
    const day = (d: string, p: typeof p1, observed: number, correct: number) =>
      saveLedger({ actor: supervisor, today: "2026-11-20", data: { binPointId: p.id, slotId: p.slots[0].id, date: d, observed, correct, corrected: Math.min(3, observed - correct), remarks: null, photosBefore: [], photosAfter: [] } });
    await day("2026-11-18", p1, 60, 54);
    await day("2026-11-19", p1, 40, 30);
    await day("2026-11-19", p2, 50, 25);
    // Saving the same day again corrects it; bad counts and foreign points are refused, nothing written.
    await day("2026-11-19", p2, 50, 30);
    await expect(day("2026-11-19", p2, 10, 11)).rejects.toMatchObject({ code: "VALIDATION" });
    await expect(day("2026-11-21", p2, 10, 5)).rejects.toMatchObject({ code: "VALIDATION" });
    const b1point = await point(t, t.nodes.b1c.id, "乙投放点");
    await expect(saveLedger({ actor: supervisor, today: "2026-11-20", data: { binPointId: b1point.id, slotId: b1point.slots[0].id, date: "2026-11-20", observed: 1, correct: 1, corrected: 0, remarks: null, photosBefore: [], photosAfter: [] } })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await withOwner((db) => db.supervisionLedger.count({ where: { tenantId: t.tenantId } }))).toBe(3);

    const rates = await getDisposalRates({ actor: t.actors.unitAdminA1, nodeId: t.nodes.a1.id, from: "2026-11-01", to: "2026-11-30" });
    expect(rates.overall).toMatchObject({ observed: 150, correct: 114 });
    expect(rates.overall.rate).toBeCloseTo(114 / 150);
    expect(rates.byBinPoint.map((r) => [r.name, r.correct, r.observed])).toEqual([["东门投放点", 84, 100], ["北门投放点", 30, 50]]);
    expect(rates.byArea.map((r) => r.name)).toEqual(["甲一小区", "甲一二期"]);
    expect(rates.byCommunity).toEqual([expect.objectContaining({ id: t.nodes.a1.id, observed: 150 })]);
    const oneDay = await getDisposalRates({ actor: t.actors.unitAdminA1, nodeId: t.nodes.a1c.id, from: "2026-11-18", to: "2026-11-18" });
    expect(oneDay.overall).toMatchObject({ observed: 60, correct: 54 });
    await expect(getDisposalRates({ actor: t.actors.unitAdminB, nodeId: t.nodes.a1.id, from: "2026-11-01", to: "2026-11-30" })).rejects.toMatchObject({ code: "NOT_FOUND" });

    const [latest] = await listLedgers({ actor: t.actors.unitAdminA1, from: "2026-11-19", to: "2026-11-19", binPointId: p1.id });
    expect(latest.canRate).toBe(true);
    await expect(rateLedger({ actor: t.actors.unitAdminB, ledgerId: latest.id, score: 90, comment: null })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await rateLedger({ actor: t.actors.unitAdminA1, ledgerId: latest.id, score: 92, comment: "台账完整，照片清楚" });
    // A rated day is closed to edits.
    await expect(day("2026-11-19", p1, 40, 31)).rejects.toMatchObject({ code: "CONFLICT" });
  });
});

describe("red and black list", () => {
  it("is drafted from the ledgers by the tenant's rule, reviewed, and published to the members there", async () => {
    const t = await createTestTenant();
    const supervisor = await addActor(t, "SUPERVISOR", t.nodes.a1.id);
    const points = [];
    for (const [name, correct] of [["甲", 95], ["乙", 60], ["丙", 80], ["丁", 40]] as const) {
      const p = await point(t, t.nodes.a1c.id, `${name}投放点`);
      await saveLedger({ actor: supervisor, today: "2026-11-20", data: { binPointId: p.id, slotId: p.slots[0].id, date: "2026-11-20", observed: 100, correct, corrected: 0, remarks: null, photosBefore: [], photosAfter: [] } });
      points.push(p);
    }
    await withOwner(async (db) => {
      const row = await db.tenant.findUniqueOrThrow({ where: { id: t.tenantId } });
      await db.tenant.update({ where: { id: t.tenantId }, data: { settings: { ...(row.settings as object), redListRule: { topN: 1, bottomN: 1, minObserved: 50 } } } });
    });
    const list = await draftList({ actor: t.actors.unitAdminA, nodeId: t.nodes.a1c.id, month: "2026-11" });
    let got = await getList({ actor: t.actors.unitAdminA, listId: list.id });
    expect(got.entries.map((e) => [e.side, e.label, e.rate])).toEqual([["RED", "甲一小区 · 甲投放点", 950], ["BLACK", "甲一小区 · 丁投放点", 400]]);
    // Staff add a model household by hand; a redraft keeps it.
    await setModelHousehold({ actor: t.actors.unitAdminA, householdId: t.households.a1c.id, on: true, note: "分类示范" });
    const added = await addHouseholdEntry({ actor: t.actors.unitAdminA, data: { listId: list.id, side: "RED", householdId: t.households.a1c.id, reason: "示范户" } });
    await draftList({ actor: t.actors.unitAdminA, nodeId: t.nodes.a1c.id, month: "2026-11" });
    got = await getList({ actor: t.actors.unitAdminA, listId: list.id });
    expect(got.entries).toHaveLength(3);
    await expect(addHouseholdEntry({ actor: t.actors.unitAdminA, data: { listId: list.id, side: "BLACK", householdId: t.households.b1c.id, reason: null } })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(publishList({ actor: t.actors.unitAdminB, listId: list.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await listPublishedForMe({ actor: t.actors.member })).toEqual([]);
    await publishList({ actor: t.actors.unitAdminA, listId: list.id });
    await expect(removeEntry({ actor: t.actors.unitAdminA, entryId: added.id })).rejects.toMatchObject({ code: "CONFLICT" });
    const mine = await listPublishedForMe({ actor: t.actors.member });
    expect(mine.map((l) => l.id)).toEqual([list.id]);
    const notes = await withOwner((db) => db.notification.findMany({ where: { tenantId: t.tenantId, kind: "redlist.published" } }));
    expect(notes.map((n) => n.userId)).toEqual([t.userIds.member]);
  });
});
