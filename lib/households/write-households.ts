import "server-only";
import type { Actor } from "../access/actor";
import { conflict, invalid } from "../access/errors";
import { assertPathInScope, tenantOf } from "../access/scope";
import { inTenant } from "../access/tenant-tx";
import { audit } from "../audit/write-audit";
import { findNodeInScope } from "../org/read-nodes";
import { findPersonInScope } from "../people/read-people";
import { findHouseholdInScope } from "./read-households";

type HouseholdData = { building: string | null; unit: string | null; room: string | null; headName: string; phone: string | null; note: string | null };

export async function createHousehold({ actor, data }: { actor: Actor; data: HouseholdData & { nodeId: string } }) {
  return inTenant(actor, async (tx) => {
    const node = await findNodeInScope(tx, actor, data.nodeId);
    assertPathInScope(actor, "households.write", node.path);
    if (!node.kind.holdsHouseholds) throw invalid("errors.validation", { nodeId: ["validation.nodeHoldsNoHouseholds"] });
    if (node.archived) throw conflict("errors.parentArchived");
    const row = await tx.household.create({ data: { ...data, nodeId: node.id, tenantId: tenantOf(actor) } });
    await audit(tx, actor, { action: "household.create", entityType: "Household", entityId: row.id, nodeId: node.id, after: row });
    return { id: row.id };
  });
}

export async function updateHousehold({ actor, data }: { actor: Actor; data: Omit<HouseholdData, "phone"> & { phone?: string | null; householdId: string } }) {
  return inTenant(actor, async (tx) => {
    const before = await findHouseholdInScope(tx, actor, data.householdId, "households.write");
    const { householdId, ...fields } = data;
    const after = await tx.household.update({ where: { id: householdId, tenantId: tenantOf(actor) }, data: fields });
    await audit(tx, actor, { action: "household.update", entityType: "Household", entityId: householdId, nodeId: before.nodeId, before, after });
    return { id: householdId };
  });
}

export async function deleteHousehold({ actor, data }: { actor: Actor; data: { householdId: string } }) {
  return inTenant(actor, async (tx) => {
    const before = await findHouseholdInScope(tx, actor, data.householdId, "households.write");
    await tx.household.delete({ where: { id: before.id, tenantId: tenantOf(actor) } });
    await audit(tx, actor, { action: "household.delete", entityType: "Household", entityId: before.id, nodeId: before.nodeId, before });
    return { deleted: true };
  });
}

/** Link a member to a household (党员联户). Both must be inside the actor's scope. */
export async function linkMemberToHousehold({ actor, data }: { actor: Actor; data: { personId: string; householdId: string } }) {
  return inTenant(actor, async (tx) => {
    const household = await findHouseholdInScope(tx, actor, data.householdId, "households.write");
    const person = await findPersonInScope(tx, actor, data.personId, "people.read");
    if (person.leftAt) throw conflict("errors.personLeft");
    const existing = await tx.householdLink.findFirst({ where: { tenantId: tenantOf(actor), personId: person.id, householdId: household.id } });
    if (existing) return { id: existing.id };
    const link = await tx.householdLink.create({ data: { tenantId: tenantOf(actor), personId: person.id, householdId: household.id } });
    await audit(tx, actor, { action: "household.link", entityType: "HouseholdLink", entityId: link.id, nodeId: household.nodeId, after: { personId: person.id, householdId: household.id } });
    return { id: link.id };
  });
}

export async function unlinkMemberFromHousehold({ actor, data }: { actor: Actor; data: { personId: string; householdId: string } }) {
  return inTenant(actor, async (tx) => {
    const household = await findHouseholdInScope(tx, actor, data.householdId, "households.write");
    const { count } = await tx.householdLink.deleteMany({ where: { tenantId: tenantOf(actor), personId: data.personId, householdId: household.id } });
    if (count) {
      await audit(tx, actor, { action: "household.unlink", entityType: "HouseholdLink", entityId: household.id, nodeId: household.nodeId, before: { personId: data.personId, householdId: household.id } });
    }
    return { removed: count };
  });
}
