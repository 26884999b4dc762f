// Creations of the participation features that the isolation matrix exempts (they make a row under a node rather
// than reach an existing one): each refuses a node, unit or record outside the caller's scope with 404 (403 when
// the permission is held nowhere) and writes nothing.
import { describe, expect, it } from "vitest";
import { registerWithCommunity } from "@/lib/double-reporting/registrations";
import { createDutyPost } from "@/lib/duty/roles";
import { redeemOffer } from "@/lib/points/exchanges";
import { createRule } from "@/lib/points/rules";
import { createStation } from "@/lib/points/stations";
import { createOffer } from "@/lib/points/time-bank";
import { draftList } from "@/lib/redlist/lists";
import { createTestTenant } from "../factories/tenant";
import { withOwner } from "../factories/participation";

const count = (tenantId: string) =>
  withOwner(async (db) => ({
    registrations: await db.doubleRegistration.count({ where: { tenantId } }),
    posts: await db.dutyPost.count({ where: { tenantId } }),
    rules: await db.pointsRule.count({ where: { tenantId } }),
    goods: await db.exchangeGoods.count({ where: { tenantId } }),
    stations: await db.exchangeStation.count({ where: { tenantId } }),
    lists: await db.redBlackList.count({ where: { tenantId } }),
    exchanges: await db.exchange.count({ where: { tenantId } }),
  }));

describe("participation creations outside the caller's scope", () => {
  it("answer 404 (or 403) and write nothing", async () => {
    const t = await createTestTenant();
    const other = await createTestTenant();
    const before = await count(t.tenantId);
    const b = t.actors.unitAdminB;

    // Double reporting: the registering unit must be the caller's.
    await expect(registerWithCommunity({ actor: b, data: { kind: "UNIT", unitNodeId: t.nodes.a1b.id, personId: null, communityNodeId: t.nodes.b1.id, note: null } })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(registerWithCommunity({ actor: other.actors.tenantAdmin, data: { kind: "UNIT", unitNodeId: t.nodes.a1b.id, personId: null, communityNodeId: t.nodes.b1.id, note: null } })).rejects.toMatchObject({ code: "NOT_FOUND" });
    // Stations, offers and red/black lists are made under a node of the caller's subtree.
    await expect(createStation({ actor: b, data: { nodeId: t.nodes.a1.id, name: "x", address: null, openDays: [], openingNote: null } })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(createOffer({ actor: b, data: { nodeId: t.nodes.a1.id, kind: "GIFT", name: "x", hours: 1, stock: 1 } })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(draftList({ actor: b, nodeId: t.nodes.a1c.id, month: "2026-11" })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(draftList({ actor: other.actors.tenantAdmin, nodeId: t.nodes.a1c.id, month: "2026-11" })).rejects.toMatchObject({ code: "NOT_FOUND" });
    // The rulebook and the duty posts are the tenant administrators': a unit's admin cannot add to them.
    await expect(createRule({ actor: t.actors.unitAdminA, data: { category: "SORTING", name: "x", description: null, points: 1, audience: "ANY", cap: null, capPeriod: null } })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(createDutyPost({ actor: t.actors.unitAdminA, name: "x" })).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await count(t.tenantId)).toEqual(before);

    // Another tenant's time bank offer is not there for a member to redeem.
    const offer = await createOffer({ actor: other.actors.tenantAdmin, data: { nodeId: other.nodes.a1.id, kind: "GIFT", name: "礼品", hours: 1, stock: 1 } });
    await expect(redeemOffer({ actor: t.actors.member, goodsId: offer.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await count(t.tenantId)).toEqual(before);
    expect((await count(other.tenantId)).exchanges).toBe(0);
  });
});
