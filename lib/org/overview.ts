import "server-only";
import type { Actor } from "../access/actor";
import { scopeOf } from "../access/actor";
import { nodesIn, onNodesIn, requireScope, tenantOf } from "../access/scope";
import { inTenant } from "../access/tenant-tx";

/** Counts for the staff home page, inside the actor's scope. */
export async function getOverview({ actor }: { actor: Actor }) {
  const scope = requireScope(actor, "org.read");
  const peopleScope = scopeOf(actor, "people.read");
  const householdScope = scopeOf(actor, "households.read");
  return inTenant(actor, async (tx) => {
    const tenantId = tenantOf(actor);
    const [roots, units, people, partyMembers, households, linked] = await Promise.all([
      tx.orgNode.findMany({ where: { tenantId, path: { in: scope.paths } }, select: { id: true, name: true, kind: { select: { name: true } } } }),
      tx.orgNode.count({ where: { tenantId, archived: false, ...nodesIn(scope) } }),
      tx.person.count({ where: { tenantId, leftAt: null, ...onNodesIn(peopleScope) } }),
      tx.person.count({ where: { tenantId, leftAt: null, isPartyMember: true, ...onNodesIn(peopleScope) } }),
      tx.household.count({ where: { tenantId, ...onNodesIn(householdScope) } }),
      tx.household.count({ where: { tenantId, ...onNodesIn(householdScope), links: { some: {} } } }),
    ]);
    return { roots, units, people, partyMembers, households, linkedHouseholds: linked };
  });
}
