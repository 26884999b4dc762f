import "server-only";
import type { Actor } from "../access/actor";
import { conflict } from "../access/errors";
import { assertPathInScope, tenantOf } from "../access/scope";
import { inTenant } from "../access/tenant-tx";
import { audit } from "../audit/write-audit";
import { findNodeInScope } from "../org/read-nodes";
import { findPersonInScope } from "./read-people";

type PersonData = {
  name: string;
  phone?: string | null;
  isPartyMember?: boolean;
  isUnionMember?: boolean;
  isModelWorker?: boolean;
  isVolunteer?: boolean;
  isCadre?: boolean;
  joinedAt?: Date | null;
  note?: string | null;
};

export async function createPerson({ actor, data }: { actor: Actor; data: PersonData & { nodeId: string } }) {
  return inTenant(actor, async (tx) => {
    const node = await findNodeInScope(tx, actor, data.nodeId, "org.read");
    // Writing people needs people.write on the node, not only org.read.
    assertPathInScope(actor, "people.write", node.path);
    if (node.archived) throw conflict("errors.parentArchived");
    const person = await tx.person.create({ data: { ...data, nodeId: node.id, tenantId: tenantOf(actor) } });
    await audit(tx, actor, { action: "person.create", entityType: "Person", entityId: person.id, nodeId: node.id, after: person });
    return { id: person.id };
  });
}

export async function updatePerson({ actor, data }: { actor: Actor; data: PersonData & { personId: string; nodeId?: string } }) {
  return inTenant(actor, async (tx) => {
    const tenantId = tenantOf(actor);
    const before = await findPersonInScope(tx, actor, data.personId, "people.write");
    if (before.anonymizedAt) throw conflict("errors.personAnonymized");
    let nodeId = before.nodeId;
    if (data.nodeId && data.nodeId !== before.nodeId) {
      const node = await findNodeInScope(tx, actor, data.nodeId, "org.read");
      assertPathInScope(actor, "people.write", node.path);
      nodeId = node.id;
    }
    const { personId, nodeId: _ignored, ...fields } = data;
    void _ignored;
    const after = await tx.person.update({
      where: { id: personId, tenantId },
      data: { ...fields, ...(fields.phone === undefined ? {} : { phone: fields.phone }), nodeId },
    });
    await audit(tx, actor, { action: "person.update", entityType: "Person", entityId: personId, nodeId, before, after });
    return { id: after.id };
  });
}

/** A person leaves the unit: kept with their records, no longer on the active roster. */
export async function markPersonLeft({ actor, data }: { actor: Actor; data: { personId: string; leftAt?: Date } }) {
  return inTenant(actor, async (tx) => {
    const before = await findPersonInScope(tx, actor, data.personId, "people.write");
    const leftAt = data.leftAt ?? new Date();
    await tx.person.update({ where: { id: before.id, tenantId: tenantOf(actor) }, data: { leftAt } });
    await audit(tx, actor, { action: "person.leave", entityType: "Person", entityId: before.id, nodeId: before.nodeId, after: { leftAt } });
    return { id: before.id };
  });
}

/** Remove a person entered by mistake. People with an account are disabled and marked left instead. */
export async function deletePerson({ actor, data }: { actor: Actor; data: { personId: string } }) {
  return inTenant(actor, async (tx) => {
    const before = await findPersonInScope(tx, actor, data.personId, "people.write");
    if (before.user) throw conflict("errors.personHasAccount");
    await tx.person.delete({ where: { id: before.id, tenantId: tenantOf(actor) } });
    await audit(tx, actor, { action: "person.delete", entityType: "Person", entityId: before.id, nodeId: before.nodeId, before });
    return { deleted: true };
  });
}
