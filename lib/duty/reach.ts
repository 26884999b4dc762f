import "server-only";
import type { Prisma } from "../generated/prisma/client";
import type { Actor, Scope } from "../access/actor";
import { scopeOf } from "../access/actor";
import { nodesIn, tenantOf } from "../access/scope";
import type { Tx } from "../db";
import { inOrder } from "../db/in-order";
import type { Permission } from "../access/permissions";
import { idsOnPath } from "../org/tree-rules";

/** Kinds of node that are an area with bin points (a branch or group sitting below one works in it). */
export const AREA_KINDS = ["compound", "village", "community"];
/** Party organisations: they work in the area they sit in. */
const PARTY_KINDS = ["party_branch", "party_group"];

/**
 * The subtrees whose bin points an actor works with for `permission`: their scope, plus for a party branch or group
 * the area it sits in (its nearest compound, village or community) and the areas it is linked to (三联). A branch
 * under a compound keeps that compound's bin points; its sibling branches' people and records stay out of sight.
 * Any other unit keeps its own subtree: a compound's staff do not reach the community above it (nor, through it,
 * the sibling compounds).
 */
export async function binPointReach(tx: Tx, actor: Actor, permission: Permission): Promise<Scope> {
  const scope = scopeOf(actor, permission);
  if (!scope.paths.length) return scope;
  const tenantId = tenantOf(actor);
  const ancestorIds = [...new Set(scope.paths.flatMap((p) => idsOnPath(p).slice(0, -1)))];
  const rootIds = scope.paths.map((p) => idsOnPath(p).at(-1)!);
  const [ancestors, roots, links] = await inOrder([
    () =>
      ancestorIds.length
        ? tx.orgNode.findMany({ where: { tenantId, id: { in: ancestorIds } }, select: { id: true, path: true, depth: true, kind: { select: { code: true } } } })
        : [],
    () => tx.orgNode.findMany({ where: { tenantId, id: { in: rootIds } }, select: { path: true, kind: { select: { code: true } } } }),
    () => tx.orgLink.findMany({ where: { tenantId, kind: "BRANCH_AREA", orgNodeId: { in: rootIds } }, select: { areaNode: { select: { path: true } } } }),
  ]);
  const partyRoots = new Set(roots.filter((r) => PARTY_KINDS.includes(r.kind.code)).map((r) => r.path));
  const extra: string[] = links.map((l) => l.areaNode.path);
  for (const p of scope.paths) {
    if (!partyRoots.has(p)) continue;
    const ids = new Set(idsOnPath(p).slice(0, -1));
    const nearest = ancestors.filter((a) => ids.has(a.id) && AREA_KINDS.includes(a.kind.code)).sort((a, b) => b.depth - a.depth)[0];
    if (nearest) extra.push(nearest.path);
  }
  const paths = [...new Set([...scope.paths, ...extra])].sort((a, b) => a.length - b.length);
  return { ...scope, paths: paths.filter((p, i) => !paths.slice(0, i).some((k) => p.startsWith(k))) };
}

export function binPointsIn(scope: Scope): Prisma.BinPointWhereInput {
  return { node: nodesIn(scope) };
}

/** Duty records a staff member may see: their people's records, and records at bin points in their reach. */
export function dutyRecordsIn(peopleScope: Scope, pointReach: Scope): Prisma.DutyRecordWhereInput {
  return { OR: [{ person: { node: nodesIn(peopleScope) } }, { binPoint: { node: nodesIn(pointReach) } }] };
}
