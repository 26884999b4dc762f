// Theme activities of campaigns (主题活动): held at a node of the campaign's area; staff see those in their view,
// unit staff run those in their units (register, check in, walk-ins, households visited, results, the check-in QR
// code); members join the activities held at their own unit or above it.
import crypto from "node:crypto";
import { newId } from "@/lib/ids";
import { activitiesAt, householdsAt, peopleAt, rowTarget, type Spot } from "../fixtures-campaigns";
import type { World } from "../world";
import { hasId, member, memberRefusal, RUNNING, see, sharedSpots, statusRefusal, unitWork } from "./campaigns";
import { lazy, once, type Prepared, type Resource } from "./kit";

const mActivities = () => import("@/lib/campaigns/activities/activities");
const getActivity = lazy(mActivities, "getActivity");
const listActivities = lazy(mActivities, "listActivities");
const listMemberActivities = lazy(mActivities, "listMemberActivities");
const getCheckinToken = lazy(mActivities, "getCheckinToken");
const listRegistrable = lazy(mActivities, "listRegistrable");
const listVisitableHouseholds = lazy(mActivities, "listVisitableHouseholds");
const updateActivity = lazy(mActivities, "updateActivity");
const recordResults = lazy(mActivities, "recordResults");
const registerParticipants = lazy(mActivities, "registerParticipants");
const addWalkIn = lazy(mActivities, "addWalkIn");
const addVisitedHouseholds = lazy(mActivities, "addVisitedHouseholds");
const checkInParticipant = lazy(mActivities, "checkInParticipant");
const joinActivity = lazy(mActivities, "joinActivity");

/** Editing an activity: not in a draft campaign; changes that need it running say so. */
const HELD_OR_RUNNING = ["RUNNING" as const, "CLOSED" as const];
const notRunning = statusRefusal("notRunning");

/** Activities on every spot of the world's campaigns, with a person and a household of the activity's node. */
async function activityTargets(w: World, opts: { kind?: "LECTURE" | "DOOR_TO_DOOR" } = {}): Promise<Prepared[]> {
  const spots = await sharedSpots(w);
  const [acts, people, homes] = await Promise.all([activitiesAt(w, spots, opts), peopleAt(w, spots), householdsAt(w, spots)]);
  return spots.map((s, i) => rowTarget(s, acts[i].id, { personId: people[i].id, personName: people[i].name, householdId: homes[i].id, headName: homes[i].headName }));
}

/** Participants registered from the roster at activities on every spot (batched). */
async function participantTargets(w: World): Promise<Prepared[]> {
  const spots: Spot[] = await sharedSpots(w);
  const [acts, people] = await Promise.all([activitiesAt(w, spots), peopleAt(w, spots)]);
  const rows = spots.map((s, i) => ({ id: newId(), tenantId: s.c.t.tenantId, activityId: acts[i].id, personId: people[i].id, source: "ROSTER" as const, registeredById: newId() }));
  await w.db.activityParticipant.createMany({ data: rows });
  return spots.map((s, i) => rowTarget(s, rows[i].id, { activityId: acts[i].id }));
}

/** Households visited on door-to-door visits on every spot. */
async function visitedTargets(w: World): Promise<Prepared[]> {
  const spots = await sharedSpots(w);
  const [acts, homes] = await Promise.all([activitiesAt(w, spots, { kind: "DOOR_TO_DOOR" }), householdsAt(w, spots)]);
  const rows = spots.map((s, i) => ({ id: newId(), tenantId: s.c.t.tenantId, activityId: acts[i].id, householdId: homes[i].id }));
  await w.db.activityHousehold.createMany({ data: rows });
  return spots.map((s, i) => rowTarget(s, rows[i].id, { activityId: acts[i].id, householdId: homes[i].id }));
}

const activitySnapshot = (w: World, p: Prepared) =>
  w.db.activity.findUnique({ where: { id: p.target.id }, include: { participants: { orderBy: { id: "asc" } }, households: { orderBy: { id: "asc" } } } });
const shared = once("activity", (w) => activityTargets(w));
const mobile = () => `139${String(crypto.randomInt(10_000_000, 99_999_999))}`;
const TIMES = { kind: "TRAINING" as const, title: "改过的培训", date: "2099-05-02", startTime: "14:00", endTime: "16:00", place: "社区活动室", description: null };

export const CAMPAIGN_ACTIVITIES: Resource[] = [
  {
    model: "Activity",
    ops: {
      read: { rule: see("view"), prepare: shared, run: (actor, p) => getActivity({ actor, activityId: p.target.id }), snapshot: activitySnapshot },
      list: {
        rule: see("view"),
        prepare: shared,
        run: (actor, p) => listActivities({ actor, campaignId: p.data.campaignId }),
        reached: (r, p) => hasId((r as { rows: { id: string }[] }).rows, p.target.id),
        snapshot: activitySnapshot,
      },
      // A member's list: the campaign's activities at their own unit or above it.
      "list:member": {
        rule: member("mine"),
        prepare: shared,
        run: (actor, p) => listMemberActivities({ actor, campaignId: p.data.campaignId }),
        reached: (r, p) => hasId(r as { id: string }[], p.target.id),
        snapshot: activitySnapshot,
      },
      // The check-in QR code and the pickers: for the staff who run the activity (a campaign that is no draft).
      "read:qr": { rule: unitWork(HELD_OR_RUNNING), prepare: shared, run: (actor, p) => getCheckinToken({ actor, activityId: p.target.id }), snapshot: activitySnapshot },
      "read:registrable": {
        rule: unitWork(HELD_OR_RUNNING),
        prepare: shared,
        run: (actor, p) => listRegistrable({ actor, activityId: p.target.id, q: p.data.personName }),
        reached: (r, p) => hasId(r as { id: string }[], p.data.personId),
        snapshot: activitySnapshot,
      },
      "read:visitable": {
        rule: unitWork(HELD_OR_RUNNING),
        prepare: shared,
        run: (actor, p) => listVisitableHouseholds({ actor, activityId: p.target.id, q: p.data.headName }),
        reached: (r, p) => hasId(r as { id: string }[], p.data.householdId),
        snapshot: activitySnapshot,
      },
      update: {
        rule: unitWork(RUNNING),
        prepare: (w) => activityTargets(w),
        run: (actor, p) => updateActivity({ actor, data: { activityId: p.target.id, ...TIMES } }),
        refused: notRunning,
        snapshot: activitySnapshot,
      },
      // Results may still be written after the campaign closed.
      "update:results": {
        rule: unitWork(HELD_OR_RUNNING),
        prepare: (w) => activityTargets(w),
        run: (actor, p) => recordResults({ actor, data: { activityId: p.target.id, resultText: "到场 30 人，发放宣传册", photoIds: [] } }),
        snapshot: activitySnapshot,
      },
      "update:register": {
        rule: unitWork(RUNNING),
        prepare: (w) => activityTargets(w),
        run: (actor, p) => registerParticipants({ actor, data: { activityId: p.target.id, personIds: [p.data.personId], notify: false } }),
        refused: notRunning,
        snapshot: activitySnapshot,
      },
      "update:walkIn": {
        rule: unitWork(RUNNING),
        prepare: (w) => activityTargets(w),
        run: (actor, p) => addWalkIn({ actor, data: { activityId: p.target.id, name: "路过的居民", phone: mobile() } }),
        refused: notRunning,
        snapshot: activitySnapshot,
      },
      "update:households": {
        rule: unitWork(HELD_OR_RUNNING),
        prepare: (w) => activityTargets(w, { kind: "DOOR_TO_DOOR" }),
        run: (actor, p) => addVisitedHouseholds({ actor, data: { activityId: p.target.id, householdIds: [p.data.householdId] } }),
        snapshot: activitySnapshot,
      },
      // A member signs up for a planned activity at their own unit or above it (signing up twice is one sign-up).
      "update:join": {
        rule: member("mine", RUNNING),
        prepare: once("activity-join", (w) => activityTargets(w)),
        run: (actor, p) => joinActivity({ actor, data: { activityId: p.target.id } }),
        refused: memberRefusal,
        snapshot: activitySnapshot,
      },
    },
  },
  {
    model: "ActivityParticipant",
    ops: {
      list: {
        rule: see("view"),
        prepare: once("participant", participantTargets),
        run: (actor, p) => getActivity({ actor, activityId: p.data.activityId }),
        reached: (r, p) => hasId((r as { participants: { id: string }[] }).participants, p.target.id),
        snapshot: (w, p) => w.db.activityParticipant.findUnique({ where: { id: p.target.id } }),
      },
      // Staff tick a registered participant as present.
      update: {
        rule: unitWork(RUNNING),
        prepare: participantTargets,
        run: (actor, p) => checkInParticipant({ actor, data: { participantId: p.target.id } }),
        refused: notRunning,
        snapshot: (w, p) => w.db.activityParticipant.findUnique({ where: { id: p.target.id } }),
      },
    },
  },
  {
    model: "ActivityHousehold",
    ops: {
      list: {
        rule: see("view"),
        prepare: once("visited", visitedTargets),
        run: (actor, p) => getActivity({ actor, activityId: p.data.activityId }),
        reached: (r, p) => hasId((r as { households: { id: string }[] }).households, p.data.householdId),
        snapshot: (w, p) => w.db.activityHousehold.findUnique({ where: { id: p.target.id } }),
      },
    },
  },
];
