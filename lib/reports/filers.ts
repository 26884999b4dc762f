import "server-only";
// Which nodes file a report type: units of the type's filer kinds, inside its filer subtree, not archived.
import type { Actor } from "../access/actor";
import { notFound } from "../access/errors";
import { nodesIn, requireScope, tenantOf } from "../access/scope";
import type { Permission } from "../access/permissions";
import type { Tx } from "../db";
import type { TypeDef } from "./type-def";

export type FilerNode = { id: string; name: string; path: string; depth: number; parentId: string | null; kindCode: string };

/** One unit that files `def`, inside the actor's scope for `permission`; 404 otherwise (a sibling, another tenant). */
export async function findFilerNode(tx: Tx, actor: Actor, def: TypeDef, nodeId: string, permission: Permission): Promise<FilerNode> {
  const scope = requireScope(actor, permission);
  const n = await tx.orgNode.findFirst({
    where: {
      id: nodeId,
      tenantId: tenantOf(actor),
      archived: false,
      kind: { code: { in: def.filerKindCodes } },
      ...(def.filerRootPath ? { path: { startsWith: def.filerRootPath } } : {}),
      AND: [nodesIn(scope)],
    },
    select: { id: true, name: true, path: true, depth: true, parentId: true, kind: { select: { code: true } } },
  });
  if (!n) throw notFound();
  return { id: n.id, name: n.name, path: n.path, depth: n.depth, parentId: n.parentId, kindCode: n.kind.code };
}

/** LIKE patterns for raw SQL from scope paths. */
export function likePatterns(paths: string[]): string[] {
  return paths.map((p) => `${p.replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
}

/** Users holding one of `roles` exactly on one of `nodeIds` (who gets a unit's reminders, who reviews at a level). */
export async function usersWithRolesOn(tx: Tx, tenantId: string, nodeIds: string[], roles: ("REPORTER" | "UNIT_ADMIN" | "TENANT_ADMIN")[]) {
  if (!nodeIds.length) return [];
  return tx.roleAssignment.findMany({
    where: { tenantId, nodeId: { in: nodeIds }, role: { in: roles }, user: { disabled: false } },
    select: { userId: true, nodeId: true, role: true },
  });
}
