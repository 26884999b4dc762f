import "server-only";
import { Prisma } from "../generated/prisma/client";
import type { Actor } from "../access/actor";
import { pathInScope, pathStrictlyInScope, scopeOf } from "../access/actor";
import { notFound } from "../access/errors";
import { nodesIn, requireScope, tenantOf } from "../access/scope";
import { inTenant } from "../access/tenant-tx";
import type { Tx } from "../db";
import { inOrder } from "../db/in-order";
import { idsOnPath } from "./tree-rules";

export const nodeSelect = {
  id: true,
  name: true,
  code: true,
  parentId: true,
  path: true,
  depth: true,
  sortOrder: true,
  archived: true,
  kindId: true,
  kind: { select: { id: true, code: true, name: true, nameEn: true, holdsHouseholds: true, isUnit: true } },
} satisfies Prisma.OrgNodeSelect;

export type NodeRow = Prisma.OrgNodeGetPayload<{ select: typeof nodeSelect }>;

/** A node inside the actor's scope for `permission`, loaded with the scope in the WHERE clause. 404 otherwise. */
export async function findNodeInScope(tx: Tx, actor: Actor, nodeId: string, permission: "org.read" | "org.write" = "org.read") {
  const scope = requireScope(actor, permission);
  const node = await tx.orgNode.findFirst({
    where: { id: nodeId, tenantId: tenantOf(actor), ...nodesIn(scope) },
    select: nodeSelect,
  });
  if (!node) throw notFound();
  return node;
}

/** The in-scope part of a node's ancestry, root first (a breadcrumb never shows what the actor cannot open). */
async function breadcrumbOf(tx: Tx, actor: Actor, path: string) {
  const scope = scopeOf(actor, "org.read");
  const ids = idsOnPath(path);
  const rows = await tx.orgNode.findMany({
    where: { tenantId: tenantOf(actor), id: { in: ids } },
    select: { id: true, name: true, path: true },
  });
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ids
    .map((id) => byId.get(id))
    .filter((r): r is { id: string; name: string; path: string } => !!r && pathInScope(r.path, scope))
    .map(({ id, name }) => ({ id, name }));
}

export async function getNode({ actor, nodeId }: { actor: Actor; nodeId: string }) {
  return inTenant(actor, async (tx) => {
    const node = await findNodeInScope(tx, actor, nodeId);
    const write = scopeOf(actor, "org.write");
    const tenantId = tenantOf(actor);
    const [children, people, households, roles] = await inOrder([
      () => tx.orgNode.count({ where: { tenantId, parentId: node.id } }),
      () => tx.person.count({ where: { tenantId, nodeId: node.id } }),
      () => tx.household.count({ where: { tenantId, nodeId: node.id } }),
      () => tx.roleAssignment.count({ where: { tenantId, nodeId: node.id } }),
    ]);
    return {
      node,
      usage: { children, people, households, roles },
      breadcrumb: await breadcrumbOf(tx, actor, node.path),
      can: {
        edit: pathInScope(node.path, write),
        addChild: pathInScope(node.path, write),
        moveOrArchive: pathStrictlyInScope(node.path, write),
      },
    };
  });
}

export type ChildRow = {
  id: string;
  name: string;
  code: string | null;
  kindId: string;
  kindName: string;
  sortOrder: number;
  archived: boolean;
  childCount: number;
  peopleCount: number;
};

/** Children of an in-scope node, with the number of their own children and of active people in their subtree. */
export async function listChildren({ actor, nodeId, includeArchived = false }: { actor: Actor; nodeId: string; includeArchived?: boolean }) {
  return inTenant(actor, async (tx) => {
    const parent = await findNodeInScope(tx, actor, nodeId);
    const tenantId = tenantOf(actor);
    const rows = await tx.$queryRaw<ChildRow[]>`
      SELECT c.id, c.name, c.code, c."kindId", k.name AS "kindName", c."sortOrder", c.archived,
        (SELECT count(*)::int FROM "OrgNode" g WHERE g."tenantId" = c."tenantId" AND g."parentId" = c.id AND NOT g.archived) AS "childCount",
        (SELECT count(*)::int FROM "Person" p JOIN "OrgNode" d ON d.id = p."nodeId" AND d."tenantId" = p."tenantId"
          WHERE p."tenantId" = c."tenantId" AND d.path LIKE c.path || '%' AND p."leftAt" IS NULL) AS "peopleCount"
      FROM "OrgNode" c JOIN "OrgKind" k ON k.id = c."kindId" AND k."tenantId" = c."tenantId"
      WHERE c."tenantId" = ${tenantId} AND c."parentId" = ${parent.id}
        AND (${includeArchived} OR NOT c.archived)
      ORDER BY c."sortOrder", c.name`;
    return { parent, children: rows };
  });
}

/** The roots of the actor's scope: where the tree browser starts. */
export async function listScopeRoots({ actor }: { actor: Actor }) {
  const scope = requireScope(actor, "org.read");
  return inTenant(actor, (tx) =>
    tx.orgNode.findMany({
      where: { tenantId: tenantOf(actor), path: { in: scope.paths } },
      select: nodeSelect,
      orderBy: [{ depth: "asc" }, { sortOrder: "asc" }],
    }),
  );
}

/** Find nodes by name or code inside the scope (pickers, search box); `permission` narrows it (users.write: where roles may be granted). */
export async function searchNodes({ actor, q, kindId, limit = 20, permission = "org.read" }: { actor: Actor; q: string; kindId?: string; limit?: number; permission?: "org.read" | "users.write" }) {
  const scope = requireScope(actor, permission);
  return inTenant(actor, (tx) =>
    tx.orgNode.findMany({
      where: {
        tenantId: tenantOf(actor),
        archived: false,
        ...(kindId ? { kindId } : {}),
        ...(q ? { OR: [{ name: { contains: q, mode: "insensitive" } }, { code: { equals: q } }] } : {}),
        AND: [nodesIn(scope)],
      },
      select: nodeSelect,
      orderBy: [{ depth: "asc" }, { sortOrder: "asc" }, { name: "asc" }],
      take: limit,
    }),
  );
}

/** The node kinds of the tenant (any signed-in staff may read them). */
export async function listKinds({ actor }: { actor: Actor }) {
  requireScope(actor, "org.read");
  return inTenant(actor, (tx) =>
    tx.orgKind.findMany({ where: { tenantId: tenantOf(actor) }, orderBy: { sortOrder: "asc" } }),
  );
}

/** The member's own unit (for the member's home page); null when the account has no person. */
export async function getMyUnit({ actor }: { actor: Actor }) {
  if (!actor.personId) return null;
  return inTenant(actor, async (tx) => {
    const person = await tx.person.findFirst({
      where: { id: actor.personId!, tenantId: tenantOf(actor) },
      select: { node: { select: nodeSelect } },
    });
    if (!person) return null;
    const ids = idsOnPath(person.node.path);
    const ancestors = await tx.orgNode.findMany({ where: { tenantId: tenantOf(actor), id: { in: ids } }, select: { id: true, name: true, depth: true } });
    return { node: person.node, ancestry: ancestors.sort((a, b) => a.depth - b.depth).map((a) => a.name) };
  });
}
