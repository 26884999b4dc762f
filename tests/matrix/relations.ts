// The isolation matrix's rules, derived from the permissions table (never restated by hand): how a target row
// relates to an actor (same node, descendant, ancestor, sibling, other tenant; followed or not; self or other),
// and whether the actor may touch it.
import type { Actor } from "@/lib/access/actor";
import { ROLE_SCOPE, roleHas, type Permission } from "@/lib/access/permissions";

export type Relation =
  | "same"
  | "descendant"
  | "ancestor"
  | "sibling"
  | "other-tenant"
  | "followed"
  | "followed-descendant"
  | "not-followed"
  | "self"
  | "other-person";

export type Target = {
  id: string;
  tenantId: string;
  /** Path of the node the row hangs on (rows without a node: the tenant root's path). */
  path: string;
  /** The person the row belongs to, for self-scoped rows. */
  personId?: string | null;
  /** The user the row belongs to (notifications, sign-ins). */
  userId?: string | null;
};

/** How a target relates to one grant of the actor. */
export function relationOf(actor: Actor, grantPath: string, scope: string, target: Target): Relation {
  if (target.tenantId !== actor.tenantId) return "other-tenant";
  if (scope === "self") return target.personId === actor.personId || (target.userId && target.userId === actor.userId) ? "self" : "other-person";
  if (scope === "followed") {
    const f = actor.followed.find((x) => target.path.startsWith(x.path));
    if (!f) return "not-followed";
    return f.path === target.path ? "followed" : "followed-descendant";
  }
  if (target.path === grantPath) return "same";
  if (target.path.startsWith(grantPath)) return "descendant";
  if (grantPath.startsWith(target.path)) return "ancestor";
  return "sibling";
}

const REACH: Record<string, Relation[]> = {
  subtree: ["same", "descendant"],
  followed: ["followed", "followed-descendant"],
  self: ["self"],
  global: [],
};

export type Rule = {
  permission: Permission;
  /** Structural ops (delete a node): the actor's own scope root is off limits. */
  strictlyInside?: boolean;
  /** Rows only their owner touches (notifications, sign-in history): no role reaches another person's. */
  ownerOnly?: boolean;
  /** Tenant-wide rows (kinds, settings): any holder of the permission in the tenant. */
  tenantWide?: boolean;
  /** Everyone may read their own person record, whatever their role. */
  selfReadable?: boolean;
};

/** The one place the expected outcome is decided: the permissions table plus the actor's reach. */
export function expectAllowed(actor: Actor, rule: Rule, target: Target): { allowed: boolean; relation: Relation } {
  const grant = actor.grants[0];
  const scope = ROLE_SCOPE[grant.role];
  const relation = rule.ownerOnly
    ? target.tenantId !== actor.tenantId
      ? "other-tenant"
      : target.userId === actor.userId || (target.personId && target.personId === actor.personId)
        ? "self"
        : "other-person"
    : relationOf(actor, grant.path, scope, target);
  if (rule.ownerOnly) return { allowed: relation === "self", relation };
  let allowed = actor.grants.some((g) => roleHas(g.role, rule.permission)) && REACH[scope].includes(relation);
  if (rule.tenantWide) allowed = actor.grants.some((g) => roleHas(g.role, rule.permission)) && relation !== "other-tenant";
  if (allowed && rule.strictlyInside && relation === "same") allowed = false;
  if (rule.selfReadable && target.personId && target.personId === actor.personId && target.tenantId === actor.tenantId) {
    return { allowed: true, relation: "self" };
  }
  return { allowed, relation };
}
