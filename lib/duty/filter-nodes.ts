import "server-only";
import type { Actor } from "../access/actor";
import type { Permission } from "../access/permissions";
import { scopeOf } from "../access/actor";
import { inTenant } from "../access/tenant-tx";
import { nodesIn, tenantOf } from "../access/scope";

/**
 * Units for a page's unit picker: the nodes of the kinds given inside the actor's scope for `permission` (active
 * ones, a few hundred at most), with what the picker shows.
 */
export async function listFilterNodes({ actor, permission, kinds, limit = 400 }: { actor: Actor; permission: Permission; kinds?: string[]; limit?: number }) {
  const scope = scopeOf(actor, permission);
  if (!scope.paths.length) return [];
  return inTenant(actor, async (tx) => {
    const rows = await tx.orgNode.findMany({
      where: { tenantId: tenantOf(actor), archived: false, ...nodesIn(scope), ...(kinds ? { kind: { code: { in: kinds } } } : {}) },
      select: { id: true, name: true, path: true, depth: true, sortOrder: true, kind: { select: { name: true, code: true } } },
      orderBy: [{ depth: "asc" }, { sortOrder: "asc" }],
      take: limit,
    });
    return rows.map((r) => ({ id: r.id, name: r.name, path: r.path, depth: r.depth, sortOrder: r.sortOrder, kindName: r.kind.name, kindCode: r.kind.code }));
  });
}
