// Three links (三联) and door-to-door visits (入户走访). Coverage and visit histories are read through the
// bin-point reach (a party branch sees the compound it sits in and the areas it is linked to); a link is removed
// only by someone who manages both its ends; a member reads the visits of the households linked to them.
import { dateColumn } from "@/lib/duty/time";
import { newId } from "@/lib/ids";
import { worldGroups } from "../fixtures";
import { freshHousehold, type World } from "../world";
import { atPositions, compounds, everywhere, lazy, nodeTarget, once, type Pos, type Prepared, type Resource } from "./kit";

const mCoverage = () => import("@/lib/links/read-coverage");
const getCoverage = lazy(mCoverage, "getCoverage");
const mOrgLinks = () => import("@/lib/links/org-links");
const removeOrgLink = lazy(mOrgLinks, "removeOrgLink");
const mVisits = () => import("@/lib/links/visits");
const listVisits = lazy(mVisits, "listVisits");
const listRecentVisits = lazy(mVisits, "listRecentVisits");

/** A link from a party group to a building of an area (党小组联楼栋), with both ends as anchors. */
async function groupLink(w: World, t: World["own"], org: { id: string; path: string }, area: { id: string; path: string }): Promise<Prepared> {
  const building = `${Math.floor(Math.random() * 90) + 10}号楼-${newId().slice(-4)}`;
  const l = await w.db.orgLink.create({ data: { tenantId: t.tenantId, kind: "GROUP_BUILDING", orgNodeId: org.id, areaNodeId: area.id, building } });
  return { target: { id: l.id, tenantId: t.tenantId, path: area.path, anchors: { org: org.path, area: area.path } }, data: { areaNodeId: area.id } };
}

/** Links of every shape the world has: within a1c, within b1c, from a1c's branch to b1c, and in the other tenant. */
async function links(w: World, withBranchArea: boolean): Promise<Prepared[]> {
  const g = await worldGroups(w);
  const { a1c, b1c } = w.own.nodes;
  const out = [
    await groupLink(w, w.own, g.a, a1c),
    await groupLink(w, w.own, g.b, b1c),
    await groupLink(w, w.own, g.a, b1c),
    await groupLink(w, w.other, g.other, w.other.nodes.a1c),
  ];
  if (withBranchArea) {
    // The world's 党支部联小区 link (a1c's branch looks after b1c).
    const l = await w.db.orgLink.findFirstOrThrow({ where: { tenantId: w.own.tenantId, kind: "BRANCH_AREA", orgNodeId: w.own.nodes.a1b.id } });
    out.push({ target: { id: l.id, tenantId: w.own.tenantId, path: b1c.path, anchors: { org: w.own.nodes.a1b.path, area: b1c.path } }, data: { areaNodeId: b1c.id } });
  }
  return out;
}

/** A visit to a household of a compound; the factory's household of a1c is linked to the member. */
async function visitAt(w: World, p: Pos, household?: { id: string; personId: string }): Promise<Prepared> {
  const h = household ?? (await freshHousehold(w, p.t, p.node.id));
  const v = await w.db.householdVisit.create({ data: { tenantId: p.t.tenantId, householdId: h.id, visitedOn: dateColumn("2025-03-10"), minutes: 30, explained: "讲解分类", createdById: newId() } });
  return { target: { id: v.id, tenantId: p.t.tenantId, path: p.node.path, personId: household?.personId ?? null }, data: { householdId: h.id } };
}

const visitTargets = once("visit", async (w) => [
  ...(await atPositions(compounds, (w2, p) => visitAt(w2, p))(w)),
  await visitAt(w, { t: w.own, node: w.own.nodes.a1c, label: "own.a1c" }, { id: w.own.households.a1c.id, personId: w.own.people.a1bMember.id }),
]);

export const LINKS: Resource[] = [
  {
    // Coverage and the visits overview of a unit: the unit must be in the bin-point reach of links.read.
    model: "OrgNode",
    ops: {
      "read:coverage": {
        rule: { permission: "links.read", areaReach: true },
        prepare: once("node", atPositions(everywhere, async (_w, p) => nodeTarget(p.t, p.node))),
        run: (actor, p) => getCoverage({ actor, nodeId: p.target.id }),
        snapshot: (w, p) => w.db.orgNode.findUnique({ where: { id: p.target.id } }),
      },
      "read:visits": {
        rule: { permission: "links.read", areaReach: true },
        prepare: once("node", atPositions(everywhere, async (_w, p) => nodeTarget(p.t, p.node))),
        run: (actor, p) => listRecentVisits({ actor, nodeId: p.target.id, take: 1 }),
        snapshot: (w, p) => w.db.orgNode.findUnique({ where: { id: p.target.id } }),
      },
    },
  },
  {
    model: "OrgLink",
    ops: {
      // Coverage of an area lists its links: links.read through the bin-point reach of the area.
      read: {
        rule: { permission: "links.read", areaReach: true },
        prepare: once("orgLink", (w) => links(w, true)),
        run: (actor, p) => getCoverage({ actor, nodeId: p.data.areaNodeId }),
        reached: (r, p) => (r as { orgLinks: { id: string }[] }).orgLinks.some((l) => l.id === p.target.id),
        snapshot: (w, p) => w.db.orgLink.findUnique({ where: { id: p.target.id } }),
      },
      delete: {
        rule: { permission: "links.manage", anchors: { mode: "all", of: [{ name: "org" }, { name: "area" }] } },
        prepare: (w) => links(w, false),
        run: (actor, p) => removeOrgLink({ actor, linkId: p.target.id }),
        snapshot: (w, p) => w.db.orgLink.findUnique({ where: { id: p.target.id } }),
      },
    },
  },
  {
    model: "HouseholdVisit",
    ops: {
      // A household's history: staff through the bin-point reach, and the member the household is linked to.
      read: {
        rule: { permission: "links.read", areaReach: true, selfReadable: true },
        prepare: visitTargets,
        run: (actor, p) => listVisits({ actor, householdId: p.data.householdId }),
        reached: (r, p) => (r as { visits: { id: string }[] }).visits.some((v) => v.id === p.target.id),
        snapshot: (w, p) => w.db.householdVisit.findUnique({ where: { id: p.target.id } }),
      },
      list: {
        rule: { permission: "links.read", areaReach: true },
        prepare: visitTargets,
        run: (actor) => listRecentVisits({ actor, take: 100_000 }),
        reached: (r, p) => (r as { id: string }[]).some((v) => v.id === p.target.id),
        snapshot: (w, p) => w.db.householdVisit.findUnique({ where: { id: p.target.id } }),
      },
    },
  },
];
