// The signed-in actor as the data layer sees it: who, in which tenant, with which roles on which nodes.
import type { Role } from "../generated/prisma/enums";
import { ROLE_PERMISSIONS, ROLE_SCOPE, type Permission } from "./permissions";

export type Grant = { role: Role; nodeId: string; path: string };

export type Actor = {
  userId: string;
  tenantId: string | null;
  personId: string | null;
  displayName: string;
  grants: Grant[];
  /** Units a representative follows (a scope that is not a subtree). */
  followed: { nodeId: string; path: string }[];
  locale: "zh-CN" | "en";
  ip?: string | null;
  requestId?: string;
};

/** Where a permission reaches: node subtrees (by materialized path), the actor's own records, or everything. */
export type Scope = { paths: string[]; self: boolean; global: boolean };

function minimalPaths(paths: string[]): string[] {
  const sorted = [...new Set(paths)].sort((a, b) => a.length - b.length);
  const kept: string[] = [];
  for (const p of sorted) if (!kept.some((k) => p.startsWith(k))) kept.push(p);
  return kept;
}

export function scopeOf(actor: Actor, permission: Permission): Scope {
  const paths: string[] = [];
  let self = false;
  let global = false;
  for (const g of actor.grants) {
    if (!ROLE_PERMISSIONS[g.role].includes(permission)) continue;
    switch (ROLE_SCOPE[g.role]) {
      case "subtree":
        paths.push(g.path);
        break;
      case "followed":
        paths.push(...actor.followed.map((f) => f.path));
        break;
      case "self":
        self = true;
        break;
      case "global":
        global = true;
        break;
    }
  }
  return { paths: minimalPaths(paths), self, global };
}

export function can(actor: Actor, permission: Permission): boolean {
  const s = scopeOf(actor, permission);
  return s.global || s.self || s.paths.length > 0;
}

export function pathInScope(path: string, scope: Scope): boolean {
  return scope.paths.some((p) => path.startsWith(p));
}

/** Strictly below a scope root: where moving and archiving are allowed (nobody moves the node they stand on). */
export function pathStrictlyInScope(path: string, scope: Scope): boolean {
  return scope.paths.some((p) => path.startsWith(p) && path !== p);
}

export function rolesOf(actor: Actor): Role[] {
  return [...new Set(actor.grants.map((g) => g.role))];
}

export function isPlatformAdmin(actor: Actor): boolean {
  return actor.grants.some((g) => ROLE_SCOPE[g.role] === "global");
}
