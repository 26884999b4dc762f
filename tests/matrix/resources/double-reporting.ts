// Double reporting (双报到): a unit's member registers with a residential community. A registration hangs on two
// nodes: the unit reads its members' registrations and ratings, the community reads those registered with it
// (members of units anywhere in the tenant), accepts and rates them; either side ends one.
import type { DoubleStatus } from "@/lib/generated/prisma/enums";
import { freshRegistration } from "../fixtures";
import { OWN_POSITIONS, type World } from "../world";
import { lazy, once, type Prepared, type Resource } from "./kit";

const mRegistrations = () => import("@/lib/double-reporting/registrations");
const listRegistrations = lazy(mRegistrations, "listRegistrations");
const listRatingsOfPerson = lazy(mRegistrations, "listRatingsOfPerson");
const decideRegistration = lazy(mRegistrations, "decideRegistration");
const endRegistration = lazy(mRegistrations, "endRegistration");
const rateRegistration = lazy(mRegistrations, "rateRegistration");

const QUARTER = "2026Q3";

/**
 * Registrations of a member of every unit with each community of the other street and its own (a1, b1), and in the
 * other tenant; optionally with a rating of the quarter. The target is the registration (or its rating).
 */
async function registrations(w: World, status: DoubleStatus, rated: boolean): Promise<Prepared[]> {
  const pairs = [
    ...OWN_POSITIONS.flatMap((u) => (["a1", "b1"] as const).map((c) => ({ t: w.own, unit: w.own.nodes[u], community: w.own.nodes[c] }))),
    ...(["a", "a1c"] as const).map((u) => ({ t: w.other, unit: w.other.nodes[u], community: w.other.nodes.a1 })),
  ];
  return Promise.all(
    pairs.map(async ({ t, unit, community }) => {
      const { reg, person } = await freshRegistration(w, t, { unitNodeId: unit.id, communityNodeId: community.id, status });
      const rating = rated ? await w.db.doubleRating.create({ data: { tenantId: t.tenantId, registrationId: reg.id, quarter: QUARTER, grade: "GOOD", ratedById: reg.registeredById } }) : null;
      return {
        target: { id: rating?.id ?? reg.id, tenantId: t.tenantId, path: unit.path, anchors: { unit: unit.path, community: community.path } },
        data: { registrationId: reg.id, personId: person.id, unitName: unit.name },
      };
    }),
  );
}

const community = { mode: "any" as const, of: [{ name: "community" }] };
const unit = { mode: "any" as const, of: [{ name: "unit" }] };
const eitherSide = { mode: "any" as const, of: [{ name: "unit" }, { name: "community" }] };
const inList = (r: unknown, p: Prepared) => (r as { id: string }[]).some((x) => x.id === p.target.id);
const registrationSnapshot = (w: World, p: Prepared) => w.db.doubleRegistration.findUnique({ where: { id: p.data.registrationId }, include: { ratings: true } });

export const DOUBLE_REPORTING: Resource[] = [
  {
    model: "DoubleRegistration",
    ops: {
      // The community's desk: registrations with communities in scope, from units anywhere.
      list: {
        rule: { permission: "double.read", anchors: community },
        prepare: once("registration", (w) => registrations(w, "ACCEPTED", false)),
        run: (actor) => listRegistrations({ actor, side: "community", quarter: QUARTER, status: "ACCEPTED" }),
        reached: inList,
        snapshot: registrationSnapshot,
      },
      // The unit's view of its members (also the district's export by unit).
      "list:unit": {
        rule: { permission: "double.read", anchors: unit },
        prepare: once("registration", (w) => registrations(w, "ACCEPTED", false)),
        run: (actor) => listRegistrations({ actor, side: "unit", quarter: QUARTER, status: "ACCEPTED" }),
        reached: inList,
        snapshot: registrationSnapshot,
      },
      // Accepting is the community's.
      update: {
        rule: { permission: "double.manage", anchors: community },
        prepare: (w) => registrations(w, "PENDING", false),
        run: (actor, p) => decideRegistration({ actor, registrationId: p.target.id, accept: true }),
        snapshot: registrationSnapshot,
      },
      // Either side ends a registration.
      delete: {
        rule: { permission: "double.manage", anchors: eitherSide },
        prepare: (w) => registrations(w, "ACCEPTED", false),
        run: (actor, p) => endRegistration({ actor, registrationId: p.target.id }),
        snapshot: registrationSnapshot,
      },
    },
  },
  {
    model: "DoubleRating",
    ops: {
      // A member's ratings: read by their own unit and by the community that gave them, nobody else.
      list: {
        rule: { permission: "double.read", anchors: eitherSide },
        prepare: once("rating", (w) => registrations(w, "ACCEPTED", true)),
        run: (actor, p) => listRatingsOfPerson({ actor, personId: p.data.personId }),
        reached: (r) => (r as unknown[]).length > 0,
        snapshot: (w, p) => w.db.doubleRating.findUnique({ where: { id: p.target.id } }),
      },
      // Rating again replaces the quarter's rating: the community's.
      update: {
        rule: { permission: "double.manage", anchors: community },
        prepare: (w) => registrations(w, "ACCEPTED", true),
        run: (actor, p) => rateRegistration({ actor, data: { registrationId: p.data.registrationId, quarter: QUARTER, grade: "POOR", comment: null } }),
        snapshot: (w, p) => w.db.doubleRating.findUnique({ where: { id: p.target.id } }),
      },
    },
  },
];
