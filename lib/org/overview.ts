import "server-only";
import type { Actor } from "../access/actor";
import { can, scopeOf } from "../access/actor";
import { nodesIn, onNodesIn, requireScope, tenantOf } from "../access/scope";
import { inTenant } from "../access/tenant-tx";
import { inOrder } from "../db/in-order";

/** Counts for the staff home page, inside the actor's scope. */
export async function getOverview({ actor }: { actor: Actor }) {
  const scope = requireScope(actor, "org.read");
  const peopleScope = scopeOf(actor, "people.read");
  const householdScope = scopeOf(actor, "households.read");
  return inTenant(actor, async (tx) => {
    const tenantId = tenantOf(actor);
    const seesPeople = can(actor, "people.read");
    const seesHouseholds = can(actor, "households.read");
    const [roots, units, people, partyMembers, households, linked] = await inOrder([
      () => tx.orgNode.findMany({ where: { tenantId, path: { in: scope.paths } }, select: { id: true, name: true, kind: { select: { name: true } } } }),
      () => tx.orgNode.count({ where: { tenantId, archived: false, ...nodesIn(scope) } }),
      () => (seesPeople ? tx.person.count({ where: { tenantId, leftAt: null, ...onNodesIn(peopleScope) } }) : null),
      () => (seesPeople ? tx.person.count({ where: { tenantId, leftAt: null, isPartyMember: true, ...onNodesIn(peopleScope) } }) : null),
      () => (seesHouseholds ? tx.household.count({ where: { tenantId, ...onNodesIn(householdScope) } }) : null),
      () => (seesHouseholds ? tx.household.count({ where: { tenantId, ...onNodesIn(householdScope), links: { some: {} } } }) : null),
    ]);
    return { roots, units, people, partyMembers, households, linkedHouseholds: linked };
  });
}
