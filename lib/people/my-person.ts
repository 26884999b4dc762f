import "server-only";
import type { Actor } from "../access/actor";
import { tenantOf } from "../access/scope";
import { inTenant } from "../access/tenant-tx";

/** The signed-in member's own person record and linked households (self scope: nothing else). */
export async function getMyPersonSummary({ actor }: { actor: Actor }) {
  if (!actor.personId || !actor.tenantId) return null;
  return inTenant(actor, async (tx) => {
    const me = await tx.person.findFirst({
      where: { id: actor.personId!, tenantId: tenantOf(actor) },
      select: {
        isPartyMember: true,
        isVolunteer: true,
        isModelWorker: true,
        isUnionMember: true,
        links: { select: { household: { select: { id: true, building: true, unit: true, room: true, headName: true } } } },
      },
    });
    if (!me) return null;
    const { links, ...flags } = me;
    return { ...flags, households: links.map((l) => l.household) };
  });
}
