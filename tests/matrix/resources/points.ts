// Points (文明积分), the time bank and exchange stations: the tenant's rulebook (read by everyone, written at the
// root), cards, accounts and their append-only ledger, claims through the two-step review, stations, goods and
// exchanges. Accounts, entries and claims hang on their person's or card's node; stations, goods and exchanges on
// the station's node, reached by its operators (station.operate) and by points staff.
import { monthKeyOf } from "@/lib/duty/time";
import { freshAccount, freshCard, freshEntry, freshExchange, freshGoods, freshRule, freshStation, worldRule } from "../fixtures";
import { freshHousehold, freshPerson, type World } from "../world";
import { atPositions, compounds, everywhere, lazy, once, type Pos, type Prepared, type Resource } from "./kit";

const mRules = () => import("@/lib/points/rules");
const listRules = lazy(mRules, "listRules");
const updateRule = lazy(mRules, "updateRule");
const setRuleArchived = lazy(mRules, "setRuleArchived");
const mCards = () => import("@/lib/points/cards");
const getCardForPrint = lazy(mCards, "getCardForPrint");
const getCard = lazy(mCards, "getCard");
const listCards = lazy(mCards, "listCards");
const revokeCard = lazy(mCards, "revokeCard");
const mStatement = () => import("@/lib/points/statement");
const getStatement = lazy(mStatement, "getStatement");
const listAccounts = lazy(mStatement, "listAccounts");
const reverseEntry = lazy(mStatement, "reverseEntry");
const mClaims = () => import("@/lib/points/claims");
const listClaims = lazy(mClaims, "listClaims");
const verifyClaim = lazy(mClaims, "verifyClaim");
const confirmClaim = lazy(mClaims, "confirmClaim");
const rejectClaim = lazy(mClaims, "rejectClaim");
const mStations = () => import("@/lib/points/stations");
const getStation = lazy(mStations, "getStation");
const listStations = lazy(mStations, "listStations");
const addGoods = lazy(mStations, "addGoods");
const restockGoods = lazy(mStations, "restockGoods");
const setGoodsArchived = lazy(mStations, "setGoodsArchived");
const mReport = () => import("@/lib/points/station-report");
const getStationReport = lazy(mReport, "getStationReport");
const mExchanges = () => import("@/lib/points/exchanges");
const performExchange = lazy(mExchanges, "performExchange");
const getReceipt = lazy(mExchanges, "getReceipt");
const listStationExchanges = lazy(mExchanges, "listStationExchanges");
const findHolders = lazy(mExchanges, "findHolders");
const mTimeBank = () => import("@/lib/points/time-bank");
const listOffers = lazy(mTimeBank, "listOffers");

/** The China month of exchanges made now (receipts and station reports run by month). */
const thisMonth = () => monthKeyOf(new Date());
const hasId = (list: { id: string }[], id: string) => list.some((x) => x.id === id);
const rows = (r: unknown) => (r as { rows: { id: string }[] }).rows;

const tenantRoot = (w: World) =>
  Promise.all(
    [w.own, w.other].map(async (t) => {
      const rule = await freshRule(w, t);
      return { target: { id: rule.id, tenantId: t.tenantId, path: t.nodes.root.path }, data: {} } as Prepared;
    }),
  );

async function cardAt(w: World, p: Pos): Promise<Prepared> {
  const h = await freshHousehold(w, p.t, p.node.id);
  const card = await freshCard(w, p.t, h);
  return { target: { id: card.id, tenantId: p.t.tenantId, path: p.node.path }, data: { number: card.number } };
}

async function accountAt(w: World, p: Pos): Promise<Prepared> {
  const person = await freshPerson(w, p.t, p.node.id);
  const account = await freshAccount(w, p.t, { personId: person.id });
  return { target: { id: account.id, tenantId: p.t.tenantId, path: p.node.path }, data: { name: person.name } };
}

async function entryAt(w: World, p: Pos): Promise<Prepared> {
  const person = await freshPerson(w, p.t, p.node.id);
  const account = await freshAccount(w, p.t, { personId: person.id });
  const entry = await freshEntry(w, p.t, account.id);
  return { target: { id: entry.id, tenantId: p.t.tenantId, path: p.node.path }, data: { accountId: account.id } };
}

async function claimAt(w: World, p: Pos, status: "SUBMITTED" | "VERIFIED"): Promise<Prepared> {
  const person = await freshPerson(w, p.t, p.node.id);
  const account = await freshAccount(w, p.t, { personId: person.id });
  const rule = await worldRule(w, p.t);
  const claim = await w.db.pointsClaim.create({
    data: {
      tenantId: p.t.tenantId,
      accountId: account.id,
      ruleId: rule.id,
      origin: "CLAIM",
      points: 5,
      occurredOn: new Date("2025-03-10T00:00:00Z"),
      status,
      submittedById: person.id,
      ...(status === "VERIFIED" ? { verifiedById: person.id, verifiedAt: new Date() } : {}),
    },
  });
  return { target: { id: claim.id, tenantId: p.t.tenantId, path: p.node.path }, data: {} };
}
const claimSnapshot = (w: World, p: Prepared) =>
  Promise.all([w.db.pointsClaim.findUnique({ where: { id: p.target.id } }), w.db.ledgerEntry.findMany({ where: { sourceId: p.target.id } })]);

async function stationAt(w: World, p: Pos): Promise<Prepared> {
  const s = await freshStation(w, p.t, p.node.id);
  return { target: { id: s.id, tenantId: p.t.tenantId, path: p.node.path }, data: {} };
}

async function goodsAt(w: World, p: Pos): Promise<Prepared> {
  const s = await freshStation(w, p.t, p.node.id);
  const g = await freshGoods(w, p.t, s);
  return { target: { id: g.id, tenantId: p.t.tenantId, path: p.node.path }, data: { stationId: s.id } };
}

/** A station with goods in stock and a person of its node with points to spend. */
async function shopAt(w: World, p: Pos): Promise<Prepared> {
  const s = await freshStation(w, p.t, p.node.id);
  const g = await freshGoods(w, p.t, s);
  const person = await freshPerson(w, p.t, p.node.id);
  await freshAccount(w, p.t, { personId: person.id }, 10);
  return { target: { id: s.id, tenantId: p.t.tenantId, path: p.node.path }, data: { goodsId: g.id, personId: person.id } };
}

/** Exchanges at stations everywhere, and each actor's own exchange at a station of b1c (their receipt is theirs). */
const exchangeTargets = once("exchange", async (w) => {
  const out = await atPositions(everywhere, async (w2, p) => {
    const person = await freshPerson(w2, p.t, p.node.id);
    const x = await freshExchange(w2, p.t, p.node.id, person.id);
    return { target: { id: x.id, tenantId: p.t.tenantId, path: p.node.path }, data: { stationId: x.stationId!, lineId: x.lines[0].id } };
  })(w);
  for (const actor of Object.values(w.actors)) {
    if (!actor.personId) continue;
    const x = await freshExchange(w, w.own, w.own.nodes.b1c.id, actor.personId);
    out.push({ target: { id: x.id, tenantId: w.own.tenantId, path: w.own.nodes.b1c.path, personId: actor.personId }, data: { stationId: x.stationId!, lineId: x.lines[0].id } });
  }
  return out;
});

const stationRule = { permission: "station.operate" as const, orPermissions: ["points.manage" as const] };
const receiptRule = { permission: "station.operate" as const, orPermissions: ["points.read" as const], selfReadable: true };

export const POINTS: Resource[] = [
  {
    model: "PointsRule",
    ops: {
      // The rulebook is the tenant's: everyone signed in to the tenant reads it (no permission is asked).
      list: {
        rule: { permission: "self.read", tenantWide: true },
        prepare: once("pointsRule", tenantRoot),
        run: (actor) => listRules({ actor }),
        reached: (r, p) => hasId(r as { id: string }[], p.target.id),
        snapshot: (w, p) => w.db.pointsRule.findUnique({ where: { id: p.target.id } }),
      },
      // Written by whoever manages points at the root of the tenant's tree.
      update: {
        rule: { permission: "points.manage", rootOnly: true },
        prepare: tenantRoot,
        run: (actor, p) =>
          updateRule({ actor, data: { ruleId: p.target.id, category: "SORTING", name: "改过的规则", description: null, points: 3, audience: "ANY", cap: null, capPeriod: null } }),
        snapshot: (w, p) => w.db.pointsRule.findUnique({ where: { id: p.target.id } }),
      },
      // Rules are archived, never deleted.
      delete: {
        rule: { permission: "points.manage", rootOnly: true },
        prepare: tenantRoot,
        run: (actor, p) => setRuleArchived({ actor, ruleId: p.target.id, archived: true }),
        snapshot: (w, p) => w.db.pointsRule.findUnique({ where: { id: p.target.id } }),
      },
    },
  },
  {
    model: "PointsCard",
    ops: {
      read: {
        rule: { permission: "points.cards" },
        prepare: once("card", atPositions(compounds, cardAt)),
        run: (actor, p) => getCardForPrint({ actor, cardId: p.target.id }),
        snapshot: (w, p) => w.db.pointsCard.findUnique({ where: { id: p.target.id } }),
      },
      // The operator's look-up by the printed number.
      "read:number": {
        rule: { permission: "station.operate" },
        prepare: once("card", atPositions(compounds, cardAt)),
        run: (actor, p) => getCard({ actor, number: p.data.number, permission: "station.operate" }),
        snapshot: (w, p) => w.db.pointsCard.findUnique({ where: { id: p.target.id } }),
      },
      list: {
        rule: { permission: "points.read" },
        prepare: once("card", atPositions(compounds, cardAt)),
        run: (actor, p) => listCards({ actor, q: p.data.number }),
        reached: (r, p) => hasId(rows(r), p.target.id),
        snapshot: (w, p) => w.db.pointsCard.findUnique({ where: { id: p.target.id } }),
      },
      // Revoking is the closest to deleting: the card stays, with its ledger.
      delete: {
        rule: { permission: "points.cards" },
        prepare: atPositions(compounds, cardAt),
        run: (actor, p) => revokeCard({ actor, cardId: p.target.id }),
        snapshot: (w, p) => w.db.pointsCard.findUnique({ where: { id: p.target.id } }),
      },
    },
  },
  {
    model: "PointsAccount",
    ops: {
      read: {
        rule: { permission: "points.read" },
        prepare: once("account", atPositions(everywhere, accountAt)),
        run: (actor, p) => getStatement({ actor, accountId: p.target.id }),
        snapshot: (w, p) => w.db.pointsAccount.findUnique({ where: { id: p.target.id } }),
      },
      list: {
        rule: { permission: "points.read" },
        prepare: once("account", atPositions(everywhere, accountAt)),
        run: (actor, p) => listAccounts({ actor, q: p.data.name }),
        reached: (r, p) => hasId(rows(r), p.target.id),
        snapshot: (w, p) => w.db.pointsAccount.findUnique({ where: { id: p.target.id } }),
      },
    },
  },
  {
    model: "LedgerEntry",
    ops: {
      list: {
        rule: { permission: "points.read" },
        prepare: once("entry", atPositions(everywhere, entryAt)),
        run: (actor, p) => getStatement({ actor, accountId: p.data.accountId }),
        reached: (r, p) => hasId((r as { entries: { id: string }[] }).entries, p.target.id),
        snapshot: (w, p) => w.db.ledgerEntry.findUnique({ where: { id: p.target.id } }),
      },
      // Append-only: a reversing entry is the only correction there is; nothing is ever deleted.
      update: {
        rule: { permission: "points.manage" },
        prepare: atPositions(everywhere, entryAt),
        run: (actor, p) => reverseEntry({ actor, entryId: p.target.id, memo: "矩阵冲正" }),
        snapshot: (w, p) =>
          Promise.all([
            w.db.ledgerEntry.findMany({ where: { OR: [{ id: p.target.id }, { reversesEntryId: p.target.id }] }, orderBy: { id: "asc" } }),
            w.db.pointsAccount.findUnique({ where: { id: p.data.accountId } }),
          ]),
      },
    },
  },
  {
    model: "PointsClaim",
    ops: {
      list: {
        rule: { permission: "points.read" },
        prepare: once("claim", atPositions(everywhere, (w, p) => claimAt(w, p, "SUBMITTED"))),
        run: (actor) => listClaims({ actor, pageSize: 100_000 }),
        reached: (r, p) => hasId(rows(r), p.target.id),
        snapshot: claimSnapshot,
      },
      // The world reviews in two steps: the agency verifies (points.verify), the party organisation confirms.
      update: {
        rule: { permission: "points.verify" },
        prepare: atPositions(everywhere, (w, p) => claimAt(w, p, "SUBMITTED")),
        run: (actor, p) => verifyClaim({ actor, claimId: p.target.id }),
        snapshot: claimSnapshot,
      },
      "update:confirm": {
        rule: { permission: "points.manage" },
        prepare: atPositions(everywhere, (w, p) => claimAt(w, p, "VERIFIED")),
        run: (actor, p) => confirmClaim({ actor, claimId: p.target.id }),
        snapshot: claimSnapshot,
      },
      // Rejecting a claim waiting for verification: the verifier's (a rejected claim is kept, never deleted).
      delete: {
        rule: { permission: "points.verify" },
        prepare: atPositions(everywhere, (w, p) => claimAt(w, p, "SUBMITTED")),
        run: (actor, p) => rejectClaim({ actor, claimId: p.target.id, reason: "矩阵驳回" }),
        snapshot: claimSnapshot,
      },
    },
  },
  {
    model: "ExchangeStation",
    ops: {
      read: {
        rule: stationRule,
        prepare: once("station", atPositions(everywhere, stationAt)),
        run: (actor, p) => getStation({ actor, stationId: p.target.id }),
        snapshot: (w, p) => w.db.exchangeStation.findUnique({ where: { id: p.target.id } }),
      },
      // The monthly report: its operators, and points staff who read the area.
      "read:report": {
        rule: { permission: "station.operate", orPermissions: ["points.read"] },
        prepare: once("station", atPositions(everywhere, stationAt)),
        run: (actor, p) => getStationReport({ actor, stationId: p.target.id, month: thisMonth() }),
        snapshot: (w, p) => w.db.exchangeStation.findUnique({ where: { id: p.target.id } }),
      },
      list: {
        rule: stationRule,
        prepare: once("station", atPositions(everywhere, stationAt)),
        run: (actor) => listStations({ actor }),
        reached: (r, p) => hasId(r as { id: string }[], p.target.id),
        snapshot: (w, p) => w.db.exchangeStation.findUnique({ where: { id: p.target.id } }),
      },
      "update:addGoods": {
        rule: { permission: "points.manage" },
        prepare: atPositions(everywhere, stationAt),
        run: (actor, p) => addGoods({ actor, data: { stationId: p.target.id, name: "矩阵商品", unit: null, price: 5, stock: 10 } }),
        snapshot: (w, p) => w.db.exchangeGoods.findMany({ where: { stationId: p.target.id }, orderBy: { id: "asc" } }),
      },
      // An exchange at the station for a person of its node: the operator's (station and person in station.operate scope).
      "update:exchange": {
        rule: { permission: "station.operate" },
        prepare: atPositions(everywhere, shopAt),
        run: (actor, p) => performExchange({ actor, data: { stationId: p.target.id, personId: p.data.personId, lines: [{ goodsId: p.data.goodsId, quantity: 1 }] } }),
        snapshot: (w, p) =>
          Promise.all([
            w.db.exchange.findMany({ where: { stationId: p.target.id } }),
            w.db.exchangeGoods.findUnique({ where: { id: p.data.goodsId } }),
            w.db.pointsAccount.findFirst({ where: { personId: p.data.personId } }),
          ]),
      },
    },
  },
  {
    model: "ExchangeGoods",
    ops: {
      list: {
        rule: stationRule,
        prepare: once("goods", atPositions(everywhere, goodsAt)),
        run: (actor) => listStations({ actor }),
        reached: (r, p) => (r as { goods: { id: string }[] }[]).some((s) => hasId(s.goods, p.target.id)),
        snapshot: (w, p) => w.db.exchangeGoods.findUnique({ where: { id: p.target.id } }),
      },
      // The time bank's offers are the tenant's: everyone signed in to the tenant sees them.
      "list:offers": {
        rule: { permission: "self.read", tenantWide: true },
        prepare: once("offer", (w) =>
          Promise.all(
            [w.own, w.other].map(async (t) => {
              const g = await w.db.exchangeGoods.create({ data: { tenantId: t.tenantId, stationId: null, nodeId: t.nodes.root.id, kind: "GIFT", currency: "MINUTES", name: "矩阵礼品", price: 60, stock: 3 } });
              return { target: { id: g.id, tenantId: t.tenantId, path: t.nodes.root.path }, data: {} } as Prepared;
            }),
          ),
        ),
        run: (actor) => listOffers({ actor }),
        reached: (r, p) => hasId(r as { id: string }[], p.target.id),
        snapshot: (w, p) => w.db.exchangeGoods.findUnique({ where: { id: p.target.id } }),
      },
      // Stock in: operators and points managers.
      update: {
        rule: stationRule,
        prepare: atPositions(everywhere, goodsAt),
        run: (actor, p) => restockGoods({ actor, goodsId: p.target.id, add: 3 }),
        snapshot: (w, p) => w.db.exchangeGoods.findUnique({ where: { id: p.target.id } }),
      },
      // Archived, never deleted (receipts point at it).
      delete: {
        rule: { permission: "points.manage" },
        prepare: atPositions(everywhere, goodsAt),
        run: (actor, p) => setGoodsArchived({ actor, goodsId: p.target.id, archived: true }),
        snapshot: (w, p) => w.db.exchangeGoods.findUnique({ where: { id: p.target.id } }),
      },
    },
  },
  {
    model: "Exchange",
    ops: {
      // A receipt: the station's operators, points staff of its node, and the person who exchanged.
      read: {
        rule: receiptRule,
        prepare: exchangeTargets,
        run: (actor, p) => getReceipt({ actor, exchangeId: p.target.id }),
        snapshot: (w, p) => w.db.exchange.findUnique({ where: { id: p.target.id } }),
      },
      list: {
        rule: { permission: "station.operate" },
        prepare: exchangeTargets,
        run: (actor, p) => listStationExchanges({ actor, stationId: p.data.stationId, month: thisMonth() }),
        reached: (r, p) => hasId(r as { id: string }[], p.target.id),
        snapshot: (w, p) => w.db.exchange.findUnique({ where: { id: p.target.id } }),
      },
    },
  },
  {
    model: "ExchangeLine",
    ops: {
      // Lines are only ever read with their receipt.
      read: {
        rule: receiptRule,
        prepare: exchangeTargets,
        run: (actor, p) => getReceipt({ actor, exchangeId: p.target.id }),
        reached: (r) => (r as { lines: unknown[] }).lines.length > 0,
        snapshot: (w, p) => w.db.exchangeLine.findUnique({ where: { id: p.data.lineId } }),
      },
    },
  },
  {
    model: "Person",
    ops: {
      // The operator finds a member without a card by name.
      "list:holders": {
        rule: { permission: "station.operate" },
        prepare: once("holder", atPositions(everywhere, async (w, p) => {
          const person = await freshPerson(w, p.t, p.node.id);
          return { target: { id: person.id, tenantId: p.t.tenantId, path: p.node.path }, data: { name: person.name } };
        })),
        run: (actor, p) => findHolders({ actor, q: p.data.name }),
        reached: (r, p) => hasId(r as { id: string }[], p.target.id),
        snapshot: (w, p) => w.db.person.findUnique({ where: { id: p.target.id } }),
      },
    },
  },
];
