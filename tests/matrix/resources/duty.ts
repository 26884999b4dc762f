// Bin-side duty (桶前值守) and supervision: bin points and their slots, sign-ups, duty records, supervisors' daily
// ledgers, the four roles (四员) and duty posts. Bin points, records and ledgers are reached through the bin-point
// reach (a party branch works at its compound's bin points and at those of the areas it is linked to); management
// stays in the plain subtree; members act on their own sign-ups and check-ins in their own areas.
import { addDays, dateColumn, dayKeyOf } from "@/lib/duty/time";
import type { Actor } from "@/lib/access/actor";
import { freshBinPoint, freshDutyRecord, freshLedger, freshMember, worldPost } from "../fixtures";
import { freshPerson, type Position, type World } from "../world";
import { areas, atPositions, everywhere, lazy, nodeTarget, noPerson, once, type Pos, type Prepared, type Resource } from "./kit";

const mBinPoints = () => import("@/lib/duty/bin-points");
const getBinPoint = lazy(mBinPoints, "getBinPoint");
const listBinPoints = lazy(mBinPoints, "listBinPoints");
const updateBinPoint = lazy(mBinPoints, "updateBinPoint");
const setBinPointArchived = lazy(mBinPoints, "setBinPointArchived");
const archiveSlot = lazy(mBinPoints, "archiveSlot");
const mRecords = () => import("@/lib/duty/records");
const listDutyRecords = lazy(mRecords, "listDutyRecords");
const getMyDutyMonth = lazy(mRecords, "getMyDutyMonth");
const verifyRecord = lazy(mRecords, "verifyRecord");
const rejectRecord = lazy(mRecords, "rejectRecord");
const cancelCheckIn = lazy(mRecords, "cancelCheckIn");
const mSignups = () => import("@/lib/duty/signups");
const listMySlots = lazy(mSignups, "listMySlots");
const signUp = lazy(mSignups, "signUp");
const cancelSignup = lazy(mSignups, "cancelSignup");
const mLedgers = () => import("@/lib/duty/ledgers");
const listLedgers = lazy(mLedgers, "listLedgers");
const rateLedger = lazy(mLedgers, "rateLedger");
const saveLedger = lazy(mLedgers, "saveLedger");
const getDisposalRates = lazy(mLedgers, "getDisposalRates");
const mHours = () => import("@/lib/duty/hours");
const listMembersAgainstNorm = lazy(mHours, "listMembersAgainstNorm");
const getDutySummary = lazy(mHours, "getDutySummary");
const mRoles = () => import("@/lib/duty/roles");
const listMemberDuties = lazy(mRoles, "listMemberDuties");
const setMemberRole = lazy(mRoles, "setMemberRole");
const listDutyPosts = lazy(mRoles, "listDutyPosts");
const setPostHolder = lazy(mRoles, "setPostHolder");

const today = () => dayKeyOf(new Date());
/** Sign-ups three days ahead (inside the member's week and the 30-day window; every slot runs daily). */
const signupDay = () => addDays(today(), 3);
/** A past month for records and ledgers made by the world, away from anything made today. */
const PAST_MONTH = "2025-03";
const PAST_DAY = "2025-03-10";

const rows = (r: unknown) => (r as { rows: { id: string }[] }).rows;
const hasId = (list: { id: string }[], id: string) => list.some((x) => x.id === id);

async function binPointAt(w: World, p: Pos): Promise<Prepared> {
  const bp = await freshBinPoint(w, p.t, p.node.id);
  return { target: { id: bp.id, tenantId: p.t.tenantId, path: p.node.path }, data: { slotId: bp.slots[0].id } };
}
const binPointSnapshot = (w: World, p: Prepared) => w.db.binPoint.findUnique({ where: { id: p.target.id }, include: { slots: { orderBy: { id: "asc" } } } });

async function slotAt(w: World, p: Pos): Promise<Prepared> {
  const bp = await freshBinPoint(w, p.t, p.node.id);
  return { target: { id: bp.slots[0].id, tenantId: p.t.tenantId, path: p.node.path }, data: { binPointId: bp.id } };
}

/** A sign-up of a fresh person at a slot of a bin point at `p`. */
async function signupAt(w: World, p: Pos, personId?: string): Promise<Prepared> {
  const bp = await freshBinPoint(w, p.t, p.node.id);
  const person = personId ?? (await freshPerson(w, p.t, p.node.id)).id;
  const s = await w.db.dutySignup.create({ data: { tenantId: p.t.tenantId, slotId: bp.slots[0].id, personId: person, date: dateColumn(signupDay()) } });
  return { target: { id: s.id, tenantId: p.t.tenantId, path: p.node.path, personId: person }, data: {} };
}

/** Positions of w's own tenant by name, and the other tenant's compound. */
function pos(w: World, where: Position | "other.a1c"): Pos {
  if (where === "other.a1c") return { t: w.other, node: w.other.nodes.a1c, label: "other.a1c" };
  return { t: w.own, node: w.own.nodes[where], label: `own.${where}` };
}

/**
 * Duty records: [person's unit, bin point's area]. Most at home; some across (a member of a1b at b1's bin point, one
 * of b1 at a1c's, a street's cadre at b1c's), so the person and the bin point anchors differ.
 */
const RECORD_PAIRS: [Position | "other.a1c", Position | "other.a1c"][] = [
  ["a1", "a1"],
  ["a1c", "a1c"],
  ["b1", "b1"],
  ["b1c", "b1c"],
  ["a1b", "b1"],
  ["b1", "a1c"],
  ["a", "b1c"],
  ["other.a1c", "other.a1c"],
];

async function recordsAt(w: World, status: "OPEN" | "PENDING" | "VERIFIED", startAt: () => Date): Promise<Prepared[]> {
  return Promise.all(
    RECORD_PAIRS.map(async ([personAt, pointAt]) => {
      const pp = pos(w, personAt);
      const bp = pos(w, pointAt);
      const person = await freshPerson(w, pp.t, pp.node.id);
      const point = await freshBinPoint(w, bp.t, bp.node.id);
      const r = await freshDutyRecord(w, bp.t, { personId: person.id, binPointId: point.id, status, startAt: startAt() });
      return {
        target: { id: r.id, tenantId: bp.t.tenantId, path: bp.node.path, personId: person.id, anchors: { person: pp.node.path, point: bp.node.path } },
        data: {},
      };
    }),
  );
}

/** The actor's own record (check-ins and the member's month belong to the person signed in). */
async function ownRecord(w: World, actor: Actor, status: "OPEN" | "VERIFIED", startAt: Date): Promise<Prepared[]> {
  if (!actor.personId) return [];
  const at = pos(w, "a1c");
  const point = await freshBinPoint(w, at.t, at.node.id);
  const r = await freshDutyRecord(w, at.t, { personId: actor.personId, binPointId: point.id, status, startAt });
  return [{ target: { id: r.id, tenantId: at.t.tenantId, path: at.node.path, personId: actor.personId }, data: {} }];
}

const recordRule = (permission: "duty.read" | "duty.verify") => ({
  permission,
  anchors: { mode: "any" as const, of: [{ name: "person" }, { name: "point", areaReach: true }] },
});
const recordSnapshot = (w: World, p: Prepared) => w.db.dutyRecord.findUnique({ where: { id: p.target.id } });

async function memberRoleAt(w: World, p: Pos, withRole: boolean): Promise<Prepared> {
  const m = await freshMember(w, p.t, p.node.id);
  const role = withRole ? await w.db.memberRole.create({ data: { tenantId: p.t.tenantId, personId: m.id, role: "PIONEER" } }) : null;
  return { target: { id: role?.id ?? m.id, tenantId: p.t.tenantId, path: p.node.path }, data: { personId: m.id, nodeId: p.node.id } };
}

async function holderAt(w: World, p: Pos, withHolder: boolean): Promise<Prepared> {
  const m = await freshMember(w, p.t, p.node.id);
  const post = await worldPost(w, p.t);
  const h = withHolder ? await w.db.dutyPostHolder.create({ data: { tenantId: p.t.tenantId, postId: post.id, personId: m.id } }) : null;
  return { target: { id: h?.id ?? m.id, tenantId: p.t.tenantId, path: p.node.path }, data: { personId: m.id, postId: post.id, nodeId: p.node.id } };
}

const personDuties = (personId: string, pick: (r: { roles: string[]; posts: { id: string }[] }) => boolean) => (r: unknown) =>
  (r as { rows: { id: string; roles: string[]; posts: { id: string }[] }[] }).rows.some((x) => x.id === personId && pick(x));

const nodeTargets = once("node", atPositions(everywhere, async (_w, p) => nodeTarget(p.t, p.node)));
const nodeSnapshot = (w: World, p: Prepared) => w.db.orgNode.findUnique({ where: { id: p.target.id } });

export const DUTY: Resource[] = [
  {
    // The duty and ledger pages filter by a unit: the unit itself must be in sight (404 otherwise, never its name or
    // an empty page). Bin-point views take the bin-point reach; figures about people take the plain subtree.
    model: "OrgNode",
    ops: {
      "read:binPoints": {
        rule: { permission: "duty.read", areaReach: true },
        prepare: nodeTargets,
        run: (actor, p) => listBinPoints({ actor, nodeId: p.target.id }),
        reached: (r, p) => (r as { node: { id: string } | null }).node?.id === p.target.id,
        snapshot: nodeSnapshot,
      },
      "read:dutyRecords": {
        rule: { permission: "duty.read", areaReach: true },
        prepare: nodeTargets,
        run: (actor, p) => listDutyRecords({ actor, nodeId: p.target.id, pageSize: 1 }),
        snapshot: nodeSnapshot,
      },
      "read:ledgers": {
        rule: { permission: "ledger.read", areaReach: true },
        prepare: nodeTargets,
        run: (actor, p) => listLedgers({ actor, nodeId: p.target.id, from: PAST_DAY, to: PAST_DAY, take: 1 }),
        snapshot: nodeSnapshot,
      },
      "read:disposalRates": {
        rule: { permission: "ledger.read", areaReach: true },
        prepare: nodeTargets,
        run: (actor, p) => getDisposalRates({ actor, nodeId: p.target.id, from: PAST_DAY, to: PAST_DAY }),
        snapshot: nodeSnapshot,
      },
      "read:dutyNorm": {
        rule: { permission: "duty.read" },
        prepare: nodeTargets,
        run: (actor, p) => listMembersAgainstNorm({ actor, nodeId: p.target.id, month: PAST_MONTH }),
        snapshot: nodeSnapshot,
      },
      "read:dutySummary": {
        rule: { permission: "duty.read" },
        prepare: nodeTargets,
        run: (actor, p) => getDutySummary({ actor, nodeIds: [p.target.id], month: PAST_MONTH }),
        snapshot: nodeSnapshot,
      },
    },
  },
  {
    model: "BinPoint",
    ops: {
      read: {
        rule: { permission: "duty.read", areaReach: true },
        prepare: once("binPoint", atPositions(areas, binPointAt)),
        run: (actor, p) => getBinPoint({ actor, binPointId: p.target.id }),
        snapshot: binPointSnapshot,
      },
      list: {
        rule: { permission: "duty.read", areaReach: true },
        prepare: once("binPoint", atPositions(areas, binPointAt)),
        run: (actor) => listBinPoints({ actor }),
        reached: (r, p) => hasId(rows(r), p.target.id),
        snapshot: binPointSnapshot,
      },
      // Management (edit, archive, new QR code, new slot) is the plain subtree: a branch works at its compound's bin
      // points but does not manage them.
      update: {
        rule: { permission: "duty.manage" },
        prepare: atPositions(areas, binPointAt),
        run: (actor, p) =>
          updateBinPoint({ actor, data: { binPointId: p.target.id, name: "改名投放点", location: null, chiefId: null, chiefArea: null, responsibleMemberId: null, kitchen: 2, recyclable: 1, hazardous: 0, other: 1 } }),
        snapshot: binPointSnapshot,
      },
      delete: {
        rule: { permission: "duty.manage" },
        prepare: atPositions(areas, binPointAt),
        run: (actor, p) => setBinPointArchived({ actor, binPointId: p.target.id, archived: true }),
        snapshot: binPointSnapshot,
      },
    },
  },
  {
    model: "DutySlot",
    ops: {
      read: {
        rule: { permission: "duty.read", areaReach: true },
        prepare: once("slot", atPositions(areas, slotAt)),
        run: (actor, p) => getBinPoint({ actor, binPointId: p.data.binPointId }),
        reached: (r, p) => hasId((r as { slots: { id: string }[] }).slots, p.target.id),
        snapshot: (w, p) => w.db.dutySlot.findUnique({ where: { id: p.target.id } }),
      },
      delete: {
        rule: { permission: "duty.manage" },
        prepare: atPositions(areas, slotAt),
        run: (actor, p) => archiveSlot({ actor, slotId: p.target.id }),
        snapshot: (w, p) => w.db.dutySlot.findUnique({ where: { id: p.target.id } }),
      },
      // Members sign up in their own areas only (the nearest compound, village or community above their unit).
      "update:signUp": {
        rule: { permission: "duty.self", memberArea: "below" },
        prepare: atPositions(areas, slotAt),
        run: (actor, p) => signUp({ actor, slotId: p.target.id, date: signupDay() }),
        refused: noPerson,
        snapshot: (w, p) => w.db.dutySignup.findMany({ where: { slotId: p.target.id }, orderBy: { id: "asc" } }),
      },
    },
  },
  {
    model: "DutySignup",
    ops: {
      // The member's week: only their own sign-ups, at slots of their own areas.
      list: {
        rule: { permission: "duty.self", ownerOnly: true, memberArea: "below" },
        prepare: once("signup", async (w) => {
          const out = await atPositions(areas, (w2, p) => signupAt(w2, p))(w);
          for (const actor of Object.values(w.actors)) {
            if (!actor.personId) continue;
            for (const at of ["a1c", "b1"] as const) out.push(await signupAt(w, pos(w, at), actor.personId));
          }
          return out;
        }),
        run: (actor) => listMySlots({ actor }),
        reached: (r, p) => hasId((r as { mine: { id: string }[] }).mine, p.target.id),
        refused: noPerson,
        snapshot: (w, p) => w.db.dutySignup.findUnique({ where: { id: p.target.id } }),
      },
      delete: {
        rule: { permission: "duty.self", ownerOnly: true },
        prepare: async (w, actor) => [
          ...(actor.personId ? [await signupAt(w, pos(w, "b1c"), actor.personId)] : []),
          ...(await atPositions(areas, (w2, p) => signupAt(w2, p))(w)),
        ],
        run: (actor, p) => cancelSignup({ actor, signupId: p.target.id }),
        refused: noPerson,
        snapshot: (w, p) => w.db.dutySignup.findUnique({ where: { id: p.target.id } }),
      },
    },
  },
  {
    model: "DutyRecord",
    ops: {
      // Staff see their people's records wherever they were done, and every record at bin points in their reach.
      list: {
        rule: recordRule("duty.read"),
        prepare: once("record", (w) => recordsAt(w, "VERIFIED", () => new Date("2025-03-12T00:00:00Z"))),
        run: (actor) => listDutyRecords({ actor, pageSize: 100_000 }),
        reached: (r, p) => hasId(rows(r), p.target.id),
        snapshot: recordSnapshot,
      },
      // The member's month: their own records only.
      "list:mine": {
        rule: { permission: "duty.self", ownerOnly: true },
        prepare: once("record-mine", async (w) => {
          const out = await recordsAt(w, "VERIFIED", () => new Date("2025-03-14T00:00:00Z"));
          for (const actor of Object.values(w.actors)) out.push(...(await ownRecord(w, actor, "VERIFIED", new Date("2025-03-15T00:00:00Z"))));
          return out;
        }),
        run: (actor) => getMyDutyMonth({ actor, month: PAST_MONTH, normMinutes: 120 }),
        reached: (r, p) => !!r && hasId(rows(r), p.target.id),
        snapshot: recordSnapshot,
      },
      update: {
        rule: recordRule("duty.verify"),
        prepare: (w) => recordsAt(w, "PENDING", () => new Date(Date.now() - 3 * 86_400_000)),
        run: (actor, p) => verifyRecord({ actor, recordId: p.target.id }),
        snapshot: recordSnapshot,
      },
      "update:reject": {
        rule: recordRule("duty.verify"),
        prepare: (w) => recordsAt(w, "PENDING", () => new Date(Date.now() - 3 * 86_400_000)),
        run: (actor, p) => rejectRecord({ actor, recordId: p.target.id, reason: "矩阵驳回" }),
        snapshot: recordSnapshot,
      },
      // Withdrawing a check-in: the member's own open one only (the call names no record; it finds theirs).
      delete: {
        rule: { permission: "duty.self", ownerOnly: true },
        prepare: async (w, actor) => [
          ...(await ownRecord(w, actor, "OPEN", new Date(Date.now() - 5 * 60_000))),
          ...(await recordsAt(w, "OPEN", () => new Date(Date.now() - 10 * 60_000))),
        ],
        run: (actor) => cancelCheckIn({ actor }),
        reached: (r, p) => (r as { id: string }).id === p.target.id,
        refused: (code, key) => noPerson(code, key) || key === "duty.errors.notCheckedIn",
        snapshot: recordSnapshot,
      },
    },
  },
  {
    model: "SupervisionLedger",
    ops: {
      list: {
        rule: { permission: "ledger.read", areaReach: true },
        prepare: once("ledger", atPositions(areas, async (w, p) => {
          const bp = await freshBinPoint(w, p.t, p.node.id);
          const l = await freshLedger(w, p.t, bp, dateColumn(PAST_DAY));
          return { target: { id: l.id, tenantId: p.t.tenantId, path: p.node.path }, data: {} };
        })),
        run: (actor) => listLedgers({ actor, from: PAST_DAY, to: PAST_DAY, take: 100_000 }),
        reached: (r, p) => hasId(r as { id: string }[], p.target.id),
        snapshot: (w, p) => w.db.supervisionLedger.findUnique({ where: { id: p.target.id } }),
      },
      // The community rates a supervisor's day: duty.manage in the plain subtree.
      update: {
        rule: { permission: "duty.manage" },
        prepare: atPositions(areas, async (w, p) => {
          const bp = await freshBinPoint(w, p.t, p.node.id);
          const l = await freshLedger(w, p.t, bp, dateColumn(PAST_DAY));
          return { target: { id: l.id, tenantId: p.t.tenantId, path: p.node.path }, data: {} };
        }),
        run: (actor, p) => rateLedger({ actor, ledgerId: p.target.id, score: 85, comment: null }),
        snapshot: (w, p) => w.db.supervisionLedger.findUnique({ where: { id: p.target.id } }),
      },
      // A supervisor keeps today's ledger at bin points in their reach (the target is the bin point).
      "update:save": {
        rule: { permission: "ledger.record", areaReach: true },
        prepare: atPositions(areas, binPointAt),
        run: (actor, p) =>
          saveLedger({ actor, data: { binPointId: p.target.id, slotId: p.data.slotId, date: today(), observed: 12, correct: 9, corrected: 2, remarks: null, photosBefore: [], photosAfter: [] } }),
        snapshot: (w, p) => w.db.supervisionLedger.findMany({ where: { binPointId: p.target.id } }),
      },
    },
  },
  {
    model: "MemberRole",
    ops: {
      list: {
        rule: { permission: "duty.read" },
        prepare: once("memberRole", atPositions(everywhere, (w, p) => memberRoleAt(w, p, true))),
        run: (actor, p) => listMemberDuties({ actor, nodeId: p.data.nodeId }),
        reached: (r, p) => personDuties(p.data.personId, (x) => x.roles.includes("PIONEER"))(r),
        snapshot: (w, p) => w.db.memberRole.findMany({ where: { personId: p.data.personId } }),
      },
      update: {
        rule: { permission: "duty.manage" },
        prepare: atPositions(everywhere, (w, p) => memberRoleAt(w, p, false)),
        run: (actor, p) => setMemberRole({ actor, personId: p.data.personId, role: "PUBLICIST", on: true }),
        snapshot: (w, p) => w.db.memberRole.findMany({ where: { personId: p.data.personId } }),
      },
      delete: {
        rule: { permission: "duty.manage" },
        prepare: atPositions(everywhere, (w, p) => memberRoleAt(w, p, true)),
        run: (actor, p) => setMemberRole({ actor, personId: p.data.personId, role: "PIONEER", on: false }),
        snapshot: (w, p) => w.db.memberRole.findMany({ where: { personId: p.data.personId } }),
      },
    },
  },
  {
    model: "DutyPost",
    ops: {
      // The tenant's posts: any staff of the tenant who reads duty sees them all.
      list: {
        rule: { permission: "duty.read", tenantWide: true },
        prepare: once("dutyPost", async (w) =>
          Promise.all([w.own, w.other].map(async (t) => ({ target: { id: (await worldPost(w, t)).id, tenantId: t.tenantId, path: t.nodes.root.path }, data: {} }))),
        ),
        run: (actor) => listDutyPosts({ actor }),
        reached: (r, p) => hasId(r as { id: string }[], p.target.id),
        snapshot: (w, p) => w.db.dutyPost.findUnique({ where: { id: p.target.id } }),
      },
    },
  },
  {
    model: "DutyPostHolder",
    ops: {
      list: {
        rule: { permission: "duty.read" },
        prepare: once("postHolder", atPositions(everywhere, (w, p) => holderAt(w, p, true))),
        run: (actor, p) => listMemberDuties({ actor, nodeId: p.data.nodeId }),
        reached: (r, p) => personDuties(p.data.personId, (x) => x.posts.some((post) => post.id === p.data.postId))(r),
        snapshot: (w, p) => w.db.dutyPostHolder.findMany({ where: { personId: p.data.personId } }),
      },
      update: {
        rule: { permission: "duty.manage" },
        prepare: atPositions(everywhere, (w, p) => holderAt(w, p, false)),
        run: (actor, p) => setPostHolder({ actor, postId: p.data.postId, personId: p.data.personId, on: true }),
        snapshot: (w, p) => w.db.dutyPostHolder.findMany({ where: { personId: p.data.personId } }),
      },
      delete: {
        rule: { permission: "duty.manage" },
        prepare: atPositions(everywhere, (w, p) => holderAt(w, p, true)),
        run: (actor, p) => setPostHolder({ actor, postId: p.data.postId, personId: p.data.personId, on: false }),
        snapshot: (w, p) => w.db.dutyPostHolder.findMany({ where: { personId: p.data.personId } }),
      },
    },
  },
];
