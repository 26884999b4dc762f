// The red/black list (红黑榜) and model households (示范户): staff read lists and model households of their subtree
// (ledger.read), manage drafts in it (redlist.manage); members read the published lists of the places they live in.
import { freshList, freshListEntry, nextMonth } from "../fixtures";
import { freshHousehold, type World } from "../world";
import { atPositions, compounds, everywhere, lazy, once, type Pos, type Prepared, type Resource } from "./kit";

const mLists = () => import("@/lib/redlist/lists");
const getList = lazy(mLists, "getList");
const listLists = lazy(mLists, "listLists");
const listPublishedForMe = lazy(mLists, "listPublishedForMe");
const publishList = lazy(mLists, "publishList");
const addHouseholdEntry = lazy(mLists, "addHouseholdEntry");
const removeEntry = lazy(mLists, "removeEntry");
const setModelHousehold = lazy(mLists, "setModelHousehold");
const listModelHouseholds = lazy(mLists, "listModelHouseholds");

// Lists read by the matrix are of months after anything made per actor (nextMonth() runs from 1901), so the
// newest-first pages (200 lists, 12 published ones) always hold them.
const READ_MONTH = "2030-01";
const PUBLISHED_MONTH = "2030-02";
const ENTRY_MONTH = "2030-03";

const hasId = (list: { id: string }[], id: string) => list.some((x) => x.id === id);

const listAt = (month: () => string, status: "DRAFT" | "PUBLISHED" = "DRAFT") =>
  async (w: World, p: Pos): Promise<Prepared> => {
    const l = await freshList(w, p.t, p.node.id, month(), status);
    return { target: { id: l.id, tenantId: p.t.tenantId, path: p.node.path }, data: {} };
  };

const entryAt = (month: () => string) =>
  async (w: World, p: Pos): Promise<Prepared> => {
    const l = await freshList(w, p.t, p.node.id, month());
    const e = await freshListEntry(w, p.t, l.id);
    return { target: { id: e.id, tenantId: p.t.tenantId, path: p.node.path }, data: { listId: l.id } };
  };

async function modelAt(w: World, p: Pos, marked: boolean): Promise<Prepared> {
  const h = await freshHousehold(w, p.t, p.node.id);
  const m = marked ? await w.db.modelHousehold.create({ data: { tenantId: p.t.tenantId, householdId: h.id, markedById: h.id } }) : null;
  return { target: { id: m?.id ?? h.id, tenantId: p.t.tenantId, path: p.node.path }, data: { householdId: h.id } };
}

const listSnapshot = (w: World, p: Prepared) => w.db.redBlackList.findUnique({ where: { id: p.target.id }, include: { entries: { orderBy: { id: "asc" } } } });

export const REDLIST: Resource[] = [
  {
    model: "RedBlackList",
    ops: {
      read: {
        rule: { permission: "ledger.read" },
        prepare: once("redlist", atPositions(everywhere, listAt(() => READ_MONTH))),
        run: (actor, p) => getList({ actor, listId: p.target.id }),
        snapshot: listSnapshot,
      },
      list: {
        rule: { permission: "ledger.read" },
        prepare: once("redlist", atPositions(everywhere, listAt(() => READ_MONTH))),
        run: (actor) => listLists({ actor }),
        reached: (r, p) => hasId(r as { id: string }[], p.target.id),
        snapshot: listSnapshot,
      },
      // Published lists of the places the member lives in: their unit and every node above it.
      "list:published": {
        rule: { permission: "self.read", memberArea: "above" },
        prepare: once("redlist-published", atPositions(everywhere, listAt(() => PUBLISHED_MONTH, "PUBLISHED"))),
        run: (actor) => listPublishedForMe({ actor }),
        reached: (r, p) => hasId(r as { id: string }[], p.target.id),
        snapshot: listSnapshot,
      },
      update: {
        rule: { permission: "redlist.manage" },
        prepare: atPositions(everywhere, listAt(nextMonth)),
        run: (actor, p) => publishList({ actor, listId: p.target.id }),
        snapshot: listSnapshot,
      },
      // A household of the list's area put on it by hand.
      "update:addEntry": {
        rule: { permission: "redlist.manage" },
        prepare: atPositions(compounds, async (w, p) => {
          const prepared = await listAt(nextMonth)(w, p);
          const h = await freshHousehold(w, p.t, p.node.id);
          return { ...prepared, data: { householdId: h.id } };
        }),
        run: (actor, p) => addHouseholdEntry({ actor, data: { listId: p.target.id, side: "BLACK", householdId: p.data.householdId, reason: null } }),
        snapshot: listSnapshot,
      },
    },
  },
  {
    model: "RedBlackEntry",
    ops: {
      read: {
        rule: { permission: "ledger.read" },
        prepare: once("redlist-entry", atPositions(everywhere, entryAt(() => ENTRY_MONTH))),
        run: (actor, p) => getList({ actor, listId: p.data.listId }),
        reached: (r, p) => hasId((r as { entries: { id: string }[] }).entries, p.target.id),
        snapshot: (w, p) => w.db.redBlackEntry.findUnique({ where: { id: p.target.id } }),
      },
      delete: {
        rule: { permission: "redlist.manage" },
        prepare: atPositions(everywhere, entryAt(nextMonth)),
        run: (actor, p) => removeEntry({ actor, entryId: p.target.id }),
        snapshot: (w, p) => w.db.redBlackEntry.findUnique({ where: { id: p.target.id } }),
      },
    },
  },
  {
    model: "ModelHousehold",
    ops: {
      list: {
        rule: { permission: "ledger.read" },
        prepare: once("modelHousehold", atPositions(compounds, (w, p) => modelAt(w, p, true))),
        run: (actor) => listModelHouseholds({ actor }),
        reached: (r, p) => hasId(r as { id: string }[], p.target.id),
        snapshot: (w, p) => w.db.modelHousehold.findMany({ where: { householdId: p.data.householdId } }),
      },
      update: {
        rule: { permission: "redlist.manage" },
        prepare: atPositions(compounds, (w, p) => modelAt(w, p, false)),
        run: (actor, p) => setModelHousehold({ actor, householdId: p.data.householdId, on: true, note: "矩阵示范户" }),
        snapshot: (w, p) => w.db.modelHousehold.findMany({ where: { householdId: p.data.householdId } }),
      },
      delete: {
        rule: { permission: "redlist.manage" },
        prepare: atPositions(compounds, (w, p) => modelAt(w, p, true)),
        run: (actor, p) => setModelHousehold({ actor, householdId: p.data.householdId, on: false, note: null }),
        snapshot: (w, p) => w.db.modelHousehold.findMany({ where: { householdId: p.data.householdId } }),
      },
    },
  },
];
