import "server-only";
import type { Actor } from "../access/actor";
import { pathStrictlyInScope } from "../access/actor";
import { AppError, conflict, invalid } from "../access/errors";
import { requireScope, tenantOf } from "../access/scope";
import { inTenant } from "../access/tenant-tx";
import { audit } from "../audit/write-audit";
import type { Tx } from "../db";
import { inOrder } from "../db/in-order";
import { newId } from "../ids";
import { findNodeInScope } from "./read-nodes";
import { childPath, mayPlaceUnder, wouldCreateCycle } from "./tree-rules";

async function kindOf(tx: Tx, tenantId: string, kindId: string) {
  const kind = await tx.orgKind.findFirst({ where: { id: kindId, tenantId } });
  if (!kind) throw invalid("errors.validation", { kindId: ["validation.kindUnknown"] });
  return kind;
}

async function assertCodeFree(tx: Tx, tenantId: string, code: string | null | undefined, exceptId?: string) {
  if (!code) return;
  const taken = await tx.orgNode.findFirst({ where: { tenantId, code, ...(exceptId ? { NOT: { id: exceptId } } : {}) }, select: { id: true } });
  if (taken) throw invalid("errors.validation", { code: ["validation.codeTaken"] });
}

export async function createNode({ actor, data }: {
  actor: Actor;
  data: { parentId: string; kindId: string; name: string; code?: string | null; sortOrder?: number };
}) {
  return inTenant(actor, async (tx) => {
    const tenantId = tenantOf(actor);
    const parent = await findNodeInScope(tx, actor, data.parentId, "org.write");
    if (parent.archived) throw conflict("errors.parentArchived");
    const kind = await kindOf(tx, tenantId, data.kindId);
    if (!mayPlaceUnder(kind, parent.kind.code)) {
      throw invalid("errors.validation", { kindId: ["validation.kindNotAllowedHere"] }, { kind: kind.name, parent: parent.kind.name });
    }
    await assertCodeFree(tx, tenantId, data.code);
    const id = newId();
    const node = await tx.orgNode.create({
      data: {
        id,
        tenantId,
        kindId: kind.id,
        name: data.name,
        code: data.code ?? null,
        parentId: parent.id,
        path: childPath(parent.path, id),
        depth: parent.depth + 1,
        sortOrder: data.sortOrder ?? 0,
      },
    });
    await audit(tx, actor, { action: "org.create", entityType: "OrgNode", entityId: id, nodeId: id, after: node });
    return node;
  });
}

export async function updateNode({ actor, data }: {
  actor: Actor;
  data: { nodeId: string; name: string; code?: string | null; sortOrder?: number };
}) {
  return inTenant(actor, async (tx) => {
    const tenantId = tenantOf(actor);
    const before = await findNodeInScope(tx, actor, data.nodeId, "org.write");
    if (data.code !== undefined) await assertCodeFree(tx, tenantId, data.code, before.id);
    const after = await tx.orgNode.update({
      where: { id: before.id, tenantId },
      data: {
        name: data.name,
        ...(data.code !== undefined ? { code: data.code } : {}),
        ...(data.sortOrder !== undefined ? { sortOrder: data.sortOrder } : {}),
      },
    });
    await audit(tx, actor, {
      action: "org.update",
      entityType: "OrgNode",
      entityId: before.id,
      nodeId: before.id,
      before: { name: before.name, code: before.code, sortOrder: before.sortOrder },
      after: { name: after.name, code: after.code, sortOrder: after.sortOrder },
    });
    return after;
  });
}

/** Move a node with its whole subtree under a new parent; every path below is rewritten in one statement. */
export async function moveNode({ actor, data }: { actor: Actor; data: { nodeId: string; newParentId: string } }) {
  return inTenant(actor, async (tx) => {
    const tenantId = tenantOf(actor);
    const scope = requireScope(actor, "org.write");
    const node = await findNodeInScope(tx, actor, data.nodeId, "org.write");
    if (!pathStrictlyInScope(node.path, scope)) throw new AppError("FORBIDDEN", "errors.cannotMoveScopeRoot");
    const parent = await findNodeInScope(tx, actor, data.newParentId, "org.write");
    if (parent.id === node.parentId) return node;
    if (wouldCreateCycle(node.path, parent.path)) throw invalid("errors.validation", { newParentId: ["validation.moveIntoItself"] });
    if (parent.archived) throw conflict("errors.parentArchived");
    const kind = await kindOf(tx, tenantId, node.kindId);
    if (!mayPlaceUnder(kind, parent.kind.code)) {
      throw invalid("errors.validation", { newParentId: ["validation.kindNotAllowedHere"] }, { kind: kind.name, parent: parent.kind.name });
    }
    const oldPrefix = node.path;
    const newPrefix = childPath(parent.path, node.id);
    const delta = parent.depth + 1 - node.depth;
    // One statement moves the subtree: no moment where half of it has the new path.
    const moved = await tx.$executeRaw`
      UPDATE "OrgNode"
      SET path = ${newPrefix} || substr(path, ${oldPrefix.length + 1}), depth = depth + ${delta}, "updatedAt" = now()
      WHERE "tenantId" = ${tenantId} AND path LIKE ${oldPrefix + "%"}`;
    await tx.orgNode.update({ where: { id: node.id, tenantId }, data: { parentId: parent.id } });
    await audit(tx, actor, {
      action: "org.move",
      entityType: "OrgNode",
      entityId: node.id,
      nodeId: node.id,
      before: { parentId: node.parentId, path: oldPrefix },
      after: { parentId: parent.id, path: newPrefix, nodesMoved: moved },
    });
    return { ...node, parentId: parent.id, path: newPrefix };
  });
}

/** Archive a node and its subtree (kept with all records, hidden from lists, roles on it stop applying). */
export async function archiveNode({ actor, data }: { actor: Actor; data: { nodeId: string } }) {
  return inTenant(actor, async (tx) => {
    const tenantId = tenantOf(actor);
    const scope = requireScope(actor, "org.write");
    const node = await findNodeInScope(tx, actor, data.nodeId, "org.write");
    if (!pathStrictlyInScope(node.path, scope)) throw new AppError("FORBIDDEN", "errors.cannotMoveScopeRoot");
    if (node.archived) return { archived: 0 };
    const at = new Date();
    const { count } = await tx.orgNode.updateMany({
      where: { tenantId, path: { startsWith: node.path }, archived: false },
      data: { archived: true, archivedAt: at },
    });
    await audit(tx, actor, { action: "org.archive", entityType: "OrgNode", entityId: node.id, nodeId: node.id, after: { archived: count } });
    return { archived: count };
  });
}

/** Restore what one archive action archived (nodes archived separately before it stay archived). */
export async function restoreNode({ actor, data }: { actor: Actor; data: { nodeId: string } }) {
  return inTenant(actor, async (tx) => {
    const tenantId = tenantOf(actor);
    const scope = requireScope(actor, "org.write");
    const node = await tx.orgNode.findFirst({
      where: { id: data.nodeId, tenantId, OR: scope.paths.map((p) => ({ path: { startsWith: p } })) },
      select: { id: true, path: true, archived: true, archivedAt: true, parent: { select: { archived: true } } },
    });
    if (!node) throw new AppError("NOT_FOUND", "errors.notFound");
    if (!node.archived) return { restored: 0 };
    if (node.parent?.archived) throw conflict("errors.parentArchived");
    const { count } = await tx.orgNode.updateMany({
      where: { tenantId, path: { startsWith: node.path }, archivedAt: node.archivedAt },
      data: { archived: false, archivedAt: null },
    });
    await audit(tx, actor, { action: "org.restore", entityType: "OrgNode", entityId: node.id, nodeId: node.id, after: { restored: count } });
    return { restored: count };
  });
}

/** Delete an empty node (no children, people, households or roles); anything else is archived instead. */
export async function deleteNode({ actor, data }: { actor: Actor; data: { nodeId: string } }) {
  return inTenant(actor, async (tx) => {
    const tenantId = tenantOf(actor);
    const scope = requireScope(actor, "org.write");
    const node = await findNodeInScope(tx, actor, data.nodeId, "org.write");
    if (!pathStrictlyInScope(node.path, scope)) throw new AppError("FORBIDDEN", "errors.cannotMoveScopeRoot");
    const [children, people, households, roles] = await inOrder([
      () => tx.orgNode.count({ where: { tenantId, parentId: node.id } }),
      () => tx.person.count({ where: { tenantId, nodeId: node.id } }),
      () => tx.household.count({ where: { tenantId, nodeId: node.id } }),
      () => tx.roleAssignment.count({ where: { tenantId, nodeId: node.id } }),
    ]);
    if (children + people + households + roles > 0) throw conflict("errors.nodeNotEmpty");
    await tx.representativeFollow.deleteMany({ where: { tenantId, nodeId: node.id } });
    await tx.orgNode.delete({ where: { id: node.id, tenantId } });
    await audit(tx, actor, { action: "org.delete", entityType: "OrgNode", entityId: node.id, nodeId: node.parentId, before: node });
    return { deleted: true };
  });
}
