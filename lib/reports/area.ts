import "server-only";
// The part of the tree a completeness, roll-up or export page looks at: a node and its children (one row per
// child, plus the node itself when it files), or, for a representative with no single root, the units they follow.
import type { Actor, Scope } from "../access/actor";
import { notFound } from "../access/errors";
import { nodesIn, tenantOf } from "../access/scope";
import type { Tx } from "../db";
import { idsOnPath } from "../org/tree-rules";
import { likePatterns } from "./filers";
import type { TypeDef } from "./type-def";

export type Group = { id: string; name: string; path: string; self: boolean; isFiler: boolean; hasChildren: boolean };

export type Area = {
  node: { id: string; name: string; path: string } | null;
  breadcrumb: { id: string; name: string }[];
  groups: Group[];
  /** LIKE patterns of the units counted. */
  patterns: string[];
  /** SQL for a unit's group id from its path `u.path`, with its parameters appended after `firstParam - 1`. */
  gid: (firstParam: number) => { sql: string; params: unknown[] };
};

export async function resolveArea(tx: Tx, actor: Actor, scope: Scope, def: TypeDef, nodeId: string | undefined): Promise<Area> {
  const tenantId = tenantOf(actor);
  let rootId = nodeId;
  if (!rootId && scope.paths.length === 1) rootId = idsOnPath(scope.paths[0]).at(-1);
  const isFilerKind = (code: string) => def.filerKindCodes.includes(code);
  if (rootId) {
    const node = await tx.orgNode.findFirst({ where: { id: rootId, tenantId, AND: [nodesIn(scope)] }, select: { id: true, name: true, path: true, kind: { select: { code: true } } } });
    if (!node) throw notFound();
    // One connection per transaction: queries run one after the other.
    const children = await tx.orgNode.findMany({
        where: { tenantId, parentId: node.id, archived: false },
        select: { id: true, name: true, path: true, kind: { select: { code: true } }, _count: { select: { children: true } } },
        orderBy: [{ sortOrder: "asc" }, { name: "asc" }],
      });
    const crumbs = await tx.orgNode.findMany({ where: { tenantId, id: { in: idsOnPath(node.path) }, AND: [nodesIn(scope)] }, select: { id: true, name: true, depth: true } });
    return {
      node: { id: node.id, name: node.name, path: node.path },
      breadcrumb: crumbs.sort((a, b) => a.depth - b.depth).map(({ id, name }) => ({ id, name })),
      groups: [
        { id: node.id, name: node.name, path: node.path, self: true, isFiler: isFilerKind(node.kind.code), hasChildren: false },
        ...children.map((c) => ({ id: c.id, name: c.name, path: c.path, self: false, isFiler: isFilerKind(c.kind.code), hasChildren: c._count.children > 0 })),
      ],
      patterns: likePatterns([node.path]),
      gid: (n) => ({
        sql: `CASE WHEN u.path = $${n}::text THEN $${n + 1}::text ELSE split_part(substr(u.path, length($${n}::text) + 1), '/', 1) END`,
        params: [node.path, node.id],
      }),
    };
  }
  // A representative: the units they follow are the rows.
  const roots = await tx.orgNode.findMany({
    where: { tenantId, path: { in: scope.paths } },
    select: { id: true, name: true, path: true, kind: { select: { code: true } }, _count: { select: { children: true } } },
    orderBy: [{ depth: "asc" }, { sortOrder: "asc" }],
  });
  return {
    node: null,
    breadcrumb: [],
    groups: roots.map((r) => ({ id: r.id, name: r.name, path: r.path, self: false, isFiler: isFilerKind(r.kind.code), hasChildren: r._count.children > 0 })),
    patterns: likePatterns(roots.map((r) => r.path)),
    gid: (n) => ({
      sql: `(SELECT r.id FROM unnest($${n}::text[], $${n + 1}::text[]) AS r(id, path) WHERE u.path LIKE r.path || '%' LIMIT 1)`,
      params: [roots.map((r) => r.id), roots.map((r) => r.path)],
    }),
  };
}
