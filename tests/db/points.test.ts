import { describe, expect, it } from "vitest";
import { issueCard, getCard } from "@/lib/points/cards";
import { awardPoints, confirmClaim, listClaims, rejectClaim, submitClaim, verifyClaim } from "@/lib/points/claims";
import { performExchange, redeemOffer } from "@/lib/points/exchanges";
import { createRule } from "@/lib/points/rules";
import { getMyStatement, reverseEntry } from "@/lib/points/statement";
import { addGoods, createStation, restockGoods } from "@/lib/points/stations";
import { createOffer, depositActivityHours } from "@/lib/points/time-bank";
import { getStationReport } from "@/lib/points/station-report";
import { monthKeyOf } from "@/lib/duty/time";
import { createTestTenant, type TestTenant } from "../factories/tenant";
import { addActor, setTenantSettings, withOwner } from "../factories/participation";

const today = () => new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);

async function rule(t: TestTenant, points: number, extra: Partial<Parameters<typeof createRule>[0]["data"]> = {}) {
  return createRule({ actor: t.actors.tenantAdmin, data: { category: "SORTING", name: `规则${points}`, description: null, points, audience: "ANY", cap: null, capPeriod: null, ...extra } });
}

/** Every account's balances recomputed from its entries. */
async function assertBalancesAreSums(tenantId: string) {
  await withOwner(async (db) => {
    const accounts = await db.pointsAccount.findMany({ where: { tenantId }, include: { entries: true } });
    expect(accounts.length).toBeGreaterThan(0);
    for (const a of accounts) {
      const sum = (c: string) => a.entries.filter((e) => e.currency === c).reduce((s, e) => s + e.amount, 0);
      expect(a.points, `points of ${a.id}`).toBe(sum("POINTS"));
      expect(a.minutes, `minutes of ${a.id}`).toBe(sum("MINUTES"));
    }
  });
}

async function stationWithGoods(t: TestTenant, stock: number, price = 10) {
  const station = await createStation({ actor: t.actors.unitAdminA, data: { nodeId: t.nodes.a1.id, name: "新大超市兑换站", address: null, openDays: [6], openingNote: null } });
  const goods = await addGoods({ actor: t.actors.unitAdminA, data: { stationId: station.id, name: "大米", unit: "袋", price, stock } });
  return { station, goods };
}

describe("points ledger", () => {
  it("keeps every balance equal to the sum of its entries through claims, awards, reversals and exchanges", async () => {
    const t = await createTestTenant();
    const plus = await rule(t, 10);
    const minus = await rule(t, -5, { name: "乱扔垃圾" });
    const supervisor = await addActor(t, "SUPERVISOR", t.nodes.a1.id);
    const card = await issueCard({ actor: t.actors.unitAdminA, householdId: t.households.a1c.id, holderName: null });
    expect(card.number).toMatch(/^[A-Z]{1,4}-000001$/);
    const token = (await withOwner((db) => db.pointsCard.findUniqueOrThrow({ where: { id: card.id } }))).qrToken;

    // Default review: the party organisation confirms.
    const claim = await submitClaim({ actor: t.actors.member, data: { ruleId: plus.id, occurredOn: today(), note: "分类投放", photoIds: [] } });
    expect(claim.status).toBe("SUBMITTED");
    await confirmClaim({ actor: t.actors.unitAdminA, claimId: claim.id });
    const a1 = await awardPoints({ actor: supervisor, data: { ruleId: plus.id, cardToken: token, note: null, photoIds: [] } });
    const a2 = await awardPoints({ actor: supervisor, data: { ruleId: plus.id, cardToken: token, note: null, photoIds: [] } });
    const d = await awardPoints({ actor: supervisor, data: { ruleId: minus.id, cardToken: token, note: "未分类", photoIds: [] } });
    for (const c of [a1, a2, d]) await confirmClaim({ actor: t.actors.unitAdminA1, claimId: c.id });
    expect((await getCard({ actor: supervisor, token, permission: "points.award" })).account).toMatchObject({ points: 15 });

    // A correction is a reversing entry, once.
    const entry = await withOwner((db) => db.ledgerEntry.findFirstOrThrow({ where: { sourceType: "PointsClaim", sourceId: d.id } }));
    await reverseEntry({ actor: t.actors.unitAdminA, entryId: entry.id, memo: "误扣" });
    await expect(reverseEntry({ actor: t.actors.unitAdminA, entryId: entry.id, memo: "again" })).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(reverseEntry({ actor: t.actors.unitAdminB, entryId: entry.id, memo: "x" })).rejects.toMatchObject({ code: "NOT_FOUND" });

    const { station, goods } = await stationWithGoods(t, 5, 8);
    const operator = await addActor(t, "STATION_OPERATOR", t.nodes.a1.id);
    const receipt = await performExchange({ actor: operator, data: { stationId: station.id, cardToken: token, lines: [{ goodsId: goods.id, quantity: 2 }] } });
    expect(receipt).toMatchObject({ total: 16, balanceAfter: 4 });
    expect(receipt.receiptNo).toMatch(/^DH\d{8}-[0-9A-F]{6}$/);
    // Refused with a reason, nothing changed: not enough points, not enough stock.
    await expect(performExchange({ actor: operator, data: { stationId: station.id, cardToken: token, lines: [{ goodsId: goods.id, quantity: 1 }] } })).rejects.toMatchObject({
      code: "CONFLICT",
      messageKey: "points.errors.insufficientPoints",
      params: { balance: 4, need: 8 },
    });
    await expect(performExchange({ actor: operator, data: { stationId: station.id, cardNumber: card.number, lines: [{ goodsId: goods.id, quantity: 4 }] } })).rejects.toMatchObject({
      code: "CONFLICT",
      messageKey: "points.errors.outOfStock",
    });
    expect((await withOwner((db) => db.exchangeGoods.findUniqueOrThrow({ where: { id: goods.id } }))).stock).toBe(3);

    // The member's time bank: duty-like deposits, an activity deposit (idempotent), and a redemption.
    await depositActivityHours({ tenantId: t.tenantId, personId: t.people.a1bMember.id, activityId: "act1", minutes: 90 });
    await depositActivityHours({ tenantId: t.tenantId, personId: t.people.a1bMember.id, activityId: "act1", minutes: 90 });
    const offer = await createOffer({ actor: t.actors.unitAdminA, data: { nodeId: t.nodes.a1.id, kind: "TRAINING", name: "垃圾分类培训课", hours: 1, stock: 2 } });
    await redeemOffer({ actor: t.actors.member, goodsId: offer.id });
    const mine = await getMyStatement({ actor: t.actors.member });
    expect(mine!.account).toMatchObject({ points: 10, minutes: 30 });
    expect(mine!.entries.map((e) => e.currency).sort()).toEqual(["MINUTES", "MINUTES", "POINTS"]);
    await expect(redeemOffer({ actor: t.actors.member, goodsId: offer.id })).rejects.toMatchObject({ messageKey: "points.errors.insufficientMinutes" });

    await assertBalancesAreSums(t.tenantId);
    // The app role cannot edit or delete a ledger entry.
    const pg = await import("pg");
    const app = new pg.default.Client({ connectionString: process.env.APP_DATABASE_URL });
    await app.connect();
    try {
      await app.query("BEGIN");
      await app.query("SELECT set_config('app.tenant_id', $1, true)", [t.tenantId]);
      await expect(app.query(`UPDATE "LedgerEntry" SET amount = 1000 WHERE id = $1`, [entry.id])).rejects.toThrow(/permission denied/);
      await app.query("ROLLBACK");
    } finally {
      await app.end();
    }

    const report = await getStationReport({ actor: operator, stationId: station.id, month: monthKeyOf(new Date()) });
    expect(report).toMatchObject({ issued: 30, redeemed: 16, exchanges: 1, people: 1 });
    expect(report.goods).toEqual([{ name: "大米", unit: "袋", quantity: 2, points: 16, stockNow: 3 }]);
  });

  it("gives the last item in stock to exactly one of 50 concurrent exchanges, and overdraws no balance", async () => {
    const t = await createTestTenant();
    const plus = await rule(t, 100);
    await setTenantSettings(t, { pointsReviewSteps: [] });
    const operator = await addActor(t, "STATION_OPERATOR", t.nodes.root.id);
    const supervisor = await addActor(t, "SUPERVISOR", t.nodes.root.id);
    const { station, goods } = await stationWithGoods(t, 1, 10);
    const cards: { id: string; number: string }[] = [];
    for (let i = 0; i < 5; i++) {
      const h = await withOwner((db) => db.household.create({ data: { tenantId: t.tenantId, nodeId: t.nodes.a1c.id, headName: `户${i}`, room: `${300 + i}` } }));
      const c = await issueCard({ actor: t.actors.tenantAdmin, householdId: h.id, holderName: null });
      await awardPoints({ actor: supervisor, data: { ruleId: plus.id, personId: undefined, cardToken: (await withOwner((db) => db.pointsCard.findUniqueOrThrow({ where: { id: c.id } }))).qrToken, note: null, photoIds: [] } });
      cards.push(c);
    }
    const results = await Promise.allSettled(
      Array.from({ length: 50 }, (_, i) => performExchange({ actor: operator, data: { stationId: station.id, cardNumber: cards[i % 5].number, lines: [{ goodsId: goods.id, quantity: 1 }] } })),
    );
    const ok = results.filter((r) => r.status === "fulfilled");
    expect(ok).toHaveLength(1);
    for (const r of results) if (r.status === "rejected") expect(r.reason).toMatchObject({ code: "CONFLICT", messageKey: "points.errors.outOfStock" });
    expect((await withOwner((db) => db.exchangeGoods.findUniqueOrThrow({ where: { id: goods.id } }))).stock).toBe(0);
    expect(await withOwner((db) => db.exchange.count({ where: { tenantId: t.tenantId } }))).toBe(1);

    // One balance, plenty of stock: 30 concurrent exchanges of 10 points against a balance of 100 → exactly 10 succeed.
    await restockGoods({ actor: operator, goodsId: goods.id, add: 100 });
    const winner = results.findIndex((r) => r.status === "fulfilled") % 5;
    const spender = cards[(winner + 1) % 5];
    const spend = await Promise.allSettled(
      Array.from({ length: 30 }, () => performExchange({ actor: operator, data: { stationId: station.id, cardNumber: spender.number, lines: [{ goodsId: goods.id, quantity: 1 }] } })),
    );
    expect(spend.filter((r) => r.status === "fulfilled")).toHaveLength(10);
    for (const r of spend) if (r.status === "rejected") expect(r.reason).toMatchObject({ messageKey: "points.errors.insufficientPoints" });
    expect((await withOwner((db) => db.pointsAccount.findFirstOrThrow({ where: { cardId: spender.id } }))).points).toBe(0);
    await assertBalancesAreSums(t.tenantId);
  }, 120_000);
});

describe("claims review", () => {
  it("follows the tenant's steps: the agency verifies, then the party organisation confirms", async () => {
    const t = await createTestTenant();
    await setTenantSettings(t, { pointsReviewSteps: ["VERIFY", "CONFIRM"] });
    const plus = await rule(t, 20, { cap: 30, capPeriod: "MONTH" });
    const agency = await addActor(t, "STATION_OPERATOR", t.nodes.a1.id);
    const c1 = await submitClaim({ actor: t.actors.member, data: { ruleId: plus.id, occurredOn: today(), note: null, photoIds: [] } });
    const c2 = await submitClaim({ actor: t.actors.member, data: { ruleId: plus.id, occurredOn: today(), note: null, photoIds: [] } });
    // Confirmation waits for verification; the verifier cannot also confirm.
    await expect(confirmClaim({ actor: t.actors.unitAdminA, claimId: c1.id })).rejects.toMatchObject({ code: "CONFLICT", messageKey: "points.errors.notAwaiting" });
    await expect(verifyClaim({ actor: t.actors.unitAdminB, claimId: c1.id })).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect((await verifyClaim({ actor: agency, claimId: c1.id })).status).toBe("VERIFIED");
    const queue = await listClaims({ actor: t.actors.unitAdminA, status: "OPEN" });
    expect(queue.rows.find((r) => r.id === c1.id)).toMatchObject({ pendingStep: "CONFIRM", canConfirm: true });
    await expect(confirmClaim({ actor: t.actors.unitAdminB, claimId: c1.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await confirmClaim({ actor: t.actors.unitAdminA, claimId: c1.id });
    expect((await getMyStatement({ actor: t.actors.member }))!.account.points).toBe(20);

    // The monthly cap (30) refuses a second 20 at confirmation, and a third at submission; a rejected claim books nothing.
    await expect(submitClaim({ actor: t.actors.member, data: { ruleId: plus.id, occurredOn: today(), note: null, photoIds: [] } })).rejects.toMatchObject({ messageKey: "points.errors.capReached" });
    await verifyClaim({ actor: agency, claimId: c2.id });
    await expect(confirmClaim({ actor: t.actors.unitAdminA, claimId: c2.id })).rejects.toMatchObject({ code: "CONFLICT", messageKey: "points.errors.capReached" });
    await rejectClaim({ actor: t.actors.unitAdminA, claimId: c2.id, reason: "本月已达上限" });
    expect((await getMyStatement({ actor: t.actors.member }))!.account.points).toBe(20);
    await assertBalancesAreSums(t.tenantId);
  });

  it("refuses bad input with a clear error and writes nothing", async () => {
    const t = await createTestTenant();
    const other = await createTestTenant();
    const foreignRule = await rule(other, 5);
    const supervisor = await addActor(t, "SUPERVISOR", t.nodes.a1.id);
    const count = () => withOwner((db) => db.pointsClaim.count({ where: { tenantId: t.tenantId } }));
    // A rule of another tenant does not exist here.
    await expect(submitClaim({ actor: t.actors.member, data: { ruleId: foreignRule.id, occurredOn: today(), note: null, photoIds: [] } })).rejects.toMatchObject({
      code: "VALIDATION",
      fieldErrors: { ruleId: ["points.validation.ruleUnknown"] },
    });
    const plus = await rule(t, 5);
    const minus = await rule(t, -5, { name: "扣分" });
    // Unknown or foreign cards.
    const foreignCard = await issueCard({ actor: other.actors.tenantAdmin, householdId: other.households.a1c.id, holderName: null });
    const foreignToken = (await withOwner((db) => db.pointsCard.findUniqueOrThrow({ where: { id: foreignCard.id } }))).qrToken;
    await expect(awardPoints({ actor: supervisor, data: { ruleId: plus.id, cardToken: foreignToken, note: null, photoIds: [] } })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(awardPoints({ actor: supervisor, data: { ruleId: plus.id, cardToken: "nosuchcard-000000000000", note: null, photoIds: [] } })).rejects.toMatchObject({ code: "NOT_FOUND" });
    // A card of a sibling subtree is out of the supervisor's reach.
    const siblingCard = await issueCard({ actor: t.actors.unitAdminB, householdId: t.households.b1c.id, holderName: null });
    const siblingToken = (await withOwner((db) => db.pointsCard.findUniqueOrThrow({ where: { id: siblingCard.id } }))).qrToken;
    await expect(awardPoints({ actor: supervisor, data: { ruleId: plus.id, cardToken: siblingToken, note: null, photoIds: [] } })).rejects.toMatchObject({ code: "NOT_FOUND" });
    // Members do not claim deductions, nor days in the future, nor photos that are not theirs.
    await expect(submitClaim({ actor: t.actors.member, data: { ruleId: minus.id, occurredOn: today(), note: null, photoIds: [] } })).rejects.toMatchObject({ code: "VALIDATION" });
    await expect(submitClaim({ actor: t.actors.member, data: { ruleId: plus.id, occurredOn: "2099-01-01", note: null, photoIds: [] } })).rejects.toMatchObject({ code: "VALIDATION" });
    await expect(submitClaim({ actor: t.actors.member, data: { ruleId: plus.id, occurredOn: today(), note: null, photoIds: ["nosuchfile"] } })).rejects.toMatchObject({ code: "VALIDATION" });
    expect(await count()).toBe(0);
    expect(await withOwner((db) => db.ledgerEntry.count({ where: { tenantId: t.tenantId } }))).toBe(0);
  });
});

describe("scope of station and card actions", () => {
  it("answers 404 to a sibling unit and another tenant, and changes nothing", async () => {
    const t = await createTestTenant();
    const other = await createTestTenant();
    const { station, goods } = await stationWithGoods(t, 5, 4);
    const card = await issueCard({ actor: t.actors.unitAdminA, householdId: t.households.a1c.id, holderName: null });
    const siblingOperator = await addActor(t, "STATION_OPERATOR", t.nodes.b.id);
    const foreignOperator = await addActor(other, "STATION_OPERATOR", other.nodes.root.id);
    for (const actor of [siblingOperator, foreignOperator]) {
      await expect(performExchange({ actor, data: { stationId: station.id, cardNumber: card.number, lines: [{ goodsId: goods.id, quantity: 1 }] } })).rejects.toMatchObject({ code: "NOT_FOUND" });
      await expect(restockGoods({ actor, goodsId: goods.id, add: 5 })).rejects.toMatchObject({ code: "NOT_FOUND" });
      await expect(getCard({ actor, number: card.number, permission: "station.operate" })).rejects.toMatchObject({ code: "NOT_FOUND" });
    }
    await expect(issueCard({ actor: t.actors.unitAdminB, householdId: t.households.a1c.id, holderName: null })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(addGoods({ actor: t.actors.unitAdminB, data: { stationId: station.id, name: "x", unit: null, price: 1, stock: 1 } })).rejects.toMatchObject({ code: "NOT_FOUND" });
    // A card of the sibling subtree is not served at this station either.
    const siblingCard = await issueCard({ actor: t.actors.unitAdminB, householdId: t.households.b1c.id, holderName: null });
    const operator = await addActor(t, "STATION_OPERATOR", t.nodes.a1.id);
    await expect(performExchange({ actor: operator, data: { stationId: station.id, cardNumber: siblingCard.number, lines: [{ goodsId: goods.id, quantity: 1 }] } })).rejects.toMatchObject({ code: "NOT_FOUND" });
    // Leaders read but do not write.
    await expect(createRule({ actor: t.actors.leader, data: { category: "SORTING", name: "x", description: null, points: 1, audience: "ANY", cap: null, capPeriod: null } })).rejects.toMatchObject({ code: "FORBIDDEN" });
    const after = await withOwner((db) => db.exchangeGoods.findUniqueOrThrow({ where: { id: goods.id } }));
    expect(after.stock).toBe(5);
    expect(await withOwner((db) => db.exchange.count({ where: { tenantId: t.tenantId } }))).toBe(0);
    expect(await withOwner((db) => db.pointsCard.count({ where: { tenantId: t.tenantId } }))).toBe(2);
  });
});
