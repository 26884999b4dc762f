// Scope inside the WHERE clause. Every data function builds its filter here, so a row outside the actor's
// tenant or subtree is never loaded in the first place (and so answers 404, never "exists but not yours").
import type { Prisma } from "../generated/prisma/client";
import { AppError, notFound } from "./errors";
import { scopeOf, type Actor, type Scope } from "./actor";
import type { Permission } from "./permissions";

/** The actor's tenant; platform admins have none and must use the platform path. */
export function tenantOf(actor: Actor): string {
  if (!actor.tenantId) throw notFound();
  return actor.tenantId;
}

/** The scope of a permission, refusing when the actor holds it nowhere. */
export function requireScope(actor: Actor, permission: Permission): Scope {
  const scope = scopeOf(actor, permission);
  if (!scope.global && !scope.self && scope.paths.length === 0) {
    throw new AppError("FORBIDDEN", "errors.forbidden");
  }
  return scope;
}

// Matches no row: ids are lower-case letters and digits only.
const NOTHING = "-none-";

/** OrgNode rows inside the scope's subtrees. */
export function nodesIn(scope: Scope): Prisma.OrgNodeWhereInput {
  if (scope.paths.length === 0) return { id: NOTHING };
  if (scope.paths.length === 1) return { path: { startsWith: scope.paths[0] } };
  return { OR: scope.paths.map((p) => ({ path: { startsWith: p } })) };
}

/** Rows that hang on a node (people, households, role assignments …) inside the scope. */
export function onNodesIn(scope: Scope): { node: Prisma.OrgNodeWhereInput } {
  return { node: nodesIn(scope) };
}

/** For a row already loaded in scope for one permission, check a second permission on its node (404 if not). */
export function assertPathInScope(actor: Actor, permission: Permission, path: string) {
  const scope = scopeOf(actor, permission);
  if (!scope.paths.some((p) => path.startsWith(p))) throw notFound();
}
