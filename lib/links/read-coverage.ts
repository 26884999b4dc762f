import "server-only";
import type { Actor } from "../access/actor";
import { pathInScope, scopeOf } from "../access/actor";
import { notFound } from "../access/errors";
import { nodesIn, requireScope, tenantOf } from "../access/scope";
import { inTenant } from "../access/tenant-tx";
import { binPointReach } from "../duty/reach";
import { maskPhone } from "../people/mask";
import { readTenantSettings } from "../tenants/settings";
import { computeCoverage } from "./coverage";
import { inOrder } from "../db/in-order";

/** Most gaps a page lists (the counts are always complete). */
export const GAPS_SHOWN = 300;

/**
 * 三联 coverage of any node the actor reads (a street, community, compound, branch or building group), or of one
 * building in it: households without a member, members with too few or too many households, the rate; and which
 * party branch looks after each compound and which group each building.
 */
export async function getCoverage({ actor, nodeId, building }: { actor: Actor; nodeId: string; building?: string }) {
  requireScope(actor, "links.read");
  return inTenant(actor, async (tx) => {
    const tenantId = tenantOf(actor);
    const reach = await binPointReach(tx, actor, "links.read");
    const node = await tx.orgNode.findFirst({ where: { id: nodeId, tenantId, ...nodesIn(reach) }, select: { id: true, name: true, path: true, kind: { select: { code: true, name: true } } } });
    if (!node) throw notFound();
    const under = { path: { startsWith: node.path } };
    const [tenant, households, partyMembers, areas, orgLinks] = await inOrder([
      () => tx.tenant.findFirst({ where: { id: tenantId }, select: { settings: true } }),
      () => tx.household.findMany({
        where: { tenantId, node: under, ...(building ? { building } : {}) },
        select: {
          id: true,
          building: true,
          unit: true,
          room: true,
          headName: true,
          phone: true,
          node: { select: { id: true, name: true, kind: { select: { code: true } } } },
          links: { select: { person: { select: { id: true, name: true } } } },
        },
        orderBy: [{ building: "asc" }, { unit: "asc" }, { room: "asc" }, { id: "asc" }],
      }),
      () => tx.person.findMany({ where: { tenantId, isPartyMember: true, leftAt: null, node: under }, select: { id: true, name: true, node: { select: { name: true } } } }),
      () => tx.orgNode.findMany({
        where: { tenantId, archived: false, path: { startsWith: node.path }, kind: { code: { in: ["compound", "village", "enterprise"] } } },
        select: { id: true, name: true, path: true, kind: { select: { name: true } } },
        orderBy: { path: "asc" },
      }),
      () => tx.orgLink.findMany({
        where: { tenantId, areaNode: under },
        select: { id: true, kind: true, building: true, areaNodeId: true, orgNode: { select: { id: true, name: true } } },
      }),
    ]);
    const settings = readTenantSettings(tenant?.settings);

    // Every member who looks after a household here, and every party member kept here, with all their households.
    const linkedIds = new Set(households.flatMap((h) => h.links.map((l) => l.person.id)));
    const memberIds = [...new Set([...partyMembers.map((p) => p.id), ...linkedIds])];
    const counts = memberIds.length
      ? await tx.householdLink.groupBy({ by: ["personId"], where: { tenantId, personId: { in: memberIds } }, _count: { _all: true } })
      : [];
    const countOf = new Map(counts.map((c) => [c.personId, c._count._all]));
    const names = new Map<string, string>([...partyMembers.map((p) => [p.id, p.name] as const), ...households.flatMap((h) => h.links.map((l) => [l.person.id, l.person.name] as const))]);
    const unitOf = new Map(partyMembers.map((p) => [p.id, p.node.name]));
    const coverage = computeCoverage(
      households.map((h) => ({ id: h.id, building: h.building, linkedPersonIds: h.links.map((l) => l.person.id) })),
      // When one building is shown, the members are those who look after it.
      (building ? [...linkedIds] : memberIds).map((id) => ({ id, name: names.get(id) ?? "—", households: countOf.get(id) ?? 0 })),
      { min: settings.householdLinkMin, max: settings.householdLinkMax },
    );

    // Which group answers for each building: the group whose node holds its households, and explicit links.
    const groupsOf = new Map<string, Set<string>>();
    for (const h of households) if (h.node.kind.code === "party_group") (groupsOf.get(h.building ?? "") ?? groupsOf.set(h.building ?? "", new Set()).get(h.building ?? "")!).add(h.node.name);
    for (const l of orgLinks) if (l.kind === "GROUP_BUILDING") (groupsOf.get(l.building) ?? groupsOf.set(l.building, new Set()).get(l.building)!).add(l.orgNode.name);

    // Which branch answers for each compound: branches under it, and explicit links.
    const branchesUnder = await tx.orgNode.findMany({ where: { tenantId, archived: false, path: { startsWith: node.path }, kind: { code: "party_branch" } }, select: { id: true, name: true, path: true } });
    const areaRows = areas.map((a) => {
      const names = new Set([
        ...branchesUnder.filter((b) => b.path.startsWith(a.path)).map((b) => b.name),
        ...orgLinks.filter((l) => l.kind === "BRANCH_AREA" && l.areaNodeId === a.id).map((l) => l.orgNode.name),
      ]);
      return { id: a.id, name: a.name, kindName: a.kind.name, branches: [...names] };
    });
    const gapIds = new Set(coverage.gaps);
    const write = scopeOf(actor, "households.write");
    return {
      node,
      building: building ?? null,
      range: { min: settings.householdLinkMin, max: settings.householdLinkMax },
      total: coverage.total,
      covered: coverage.covered,
      rate: coverage.rate,
      buildings: coverage.buildings.map((b) => ({ ...b, groups: [...(groupsOf.get(b.building) ?? [])] })),
      members: coverage.members.map((m) => ({ ...m, unit: unitOf.get(m.id) ?? null })),
      areas: areaRows,
      orgLinks,
      gaps: households
        .filter((h) => gapIds.has(h.id))
        .slice(0, GAPS_SHOWN)
        .map((h) => ({ id: h.id, building: h.building, unit: h.unit, room: h.room, headName: h.headName, phone: maskPhone(h.phone), nodeName: h.node.name })),
      gapCount: coverage.gaps.length,
      canAssign: pathInScope(node.path, write),
      canManage: pathInScope(node.path, scopeOf(actor, "links.manage")),
    };
  });
}
