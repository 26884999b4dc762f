import "server-only";
import crypto from "node:crypto";
import type { Role } from "../generated/prisma/enums";
import type { Actor } from "../access/actor";
import { AppError, conflict, invalid, notFound } from "../access/errors";
import { GRANTABLE_BY, ROLE_RANK, ROLE_SCOPE, roleHas } from "../access/permissions";
import { requireScope, tenantOf } from "../access/scope";
import { inTenant } from "../access/tenant-tx";
import { audit } from "../audit/write-audit";
import type { Tx } from "../db";
import { hashPassword } from "../auth/password";
import { findNodeInScope } from "../org/read-nodes";
import { findPersonInScope } from "../people/read-people";
import { temporaryPassword } from "./password-policy";
import { findUserInScope, userNodeId } from "./read-users";
import { writeUserEmail } from "./user-email";

/** May the actor hand out `role` on a node at `path`? Only roles their own grant there allows. */
export function mayGrant(actor: Actor, role: Role, path: string): boolean {
  return actor.grants.some(
    (g) =>
      ROLE_SCOPE[g.role] === "subtree" &&
      roleHas(g.role, "users.write") &&
      path.startsWith(g.path) &&
      GRANTABLE_BY[g.role].includes(role),
  );
}

/** Every role the actor may hand out somewhere in their scope, highest first (the role pickers' choices). */
export function grantableRoles(actor: Actor): Role[] {
  const roles = new Set<Role>();
  for (const g of actor.grants) {
    if (ROLE_SCOPE[g.role] === "subtree" && roleHas(g.role, "users.write")) GRANTABLE_BY[g.role].forEach((r) => roles.add(r));
  }
  return [...roles].sort((a, b) => ROLE_RANK[b] - ROLE_RANK[a]);
}

async function assertGrantable(tx: Tx, actor: Actor, role: Role, nodeId: string) {
  const node = await findNodeInScope(tx, actor, nodeId, "org.read");
  if (!mayGrant(actor, role, node.path)) throw new AppError("FORBIDDEN", "errors.cannotGrantRole");
  if (node.archived) throw conflict("errors.parentArchived");
  return node;
}

export async function createUser({ actor, data }: {
  actor: Actor;
  data: { username: string; displayName: string; phone: string | null; personId: string | null; email?: string | null; role: Role; nodeId: string };
}) {
  requireScope(actor, "users.write");
  const temp = temporaryPassword(crypto.randomBytes);
  const passwordHash = await hashPassword(temp);
  return inTenant(actor, async (tx) => {
    const tenantId = tenantOf(actor);
    const node = await assertGrantable(tx, actor, data.role, data.nodeId);
    let personId: string | null = null;
    let phone = data.phone;
    if (data.personId) {
      const person = await findPersonInScope(tx, actor, data.personId, "people.write");
      if (person.user) throw conflict("errors.personHasAccount");
      personId = person.id;
      phone ??= null;
    }
    if (data.role === "MEMBER" && !personId) throw invalid("errors.validation", { personId: ["validation.memberNeedsPerson"] });
    const taken = await tx.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM auth_find_login(${data.username})`;
    if (taken[0].n > 0) throw invalid("errors.validation", { username: ["validation.usernameTaken"] });
    if (phone) {
      const phoneTaken = await tx.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM auth_find_login(${phone})`;
      if (phoneTaken[0].n > 0) throw invalid("errors.validation", { phone: ["validation.phoneTaken"] });
    }
    const user = await tx.user.create({
      data: {
        tenantId,
        username: data.username,
        displayName: data.displayName,
        phone,
        personId,
        passwordHash,
        mustChangePassword: true,
      },
      select: { id: true },
    });
    await tx.roleAssignment.create({ data: { tenantId, userId: user.id, nodeId: node.id, role: data.role } });
    // The reminder address: checked (one per account in the tenant) and audited masked, as when set later.
    if (data.email) await writeUserEmail(tx, actor, { id: user.id, tenantId, nodeId: node.id, email: null }, data.email);
    await audit(tx, actor, {
      action: "user.create",
      entityType: "User",
      entityId: user.id,
      nodeId: node.id,
      after: { username: data.username, displayName: data.displayName, phone, personId, role: data.role, nodeId: node.id },
    });
    return { id: user.id, temporaryPassword: temp };
  });
}

export async function updateUser({ actor, data }: {
  actor: Actor;
  data: { userId: string; displayName: string; disabled: boolean; email?: string | null };
}) {
  return inTenant(actor, async (tx) => {
    const before = await findUserInScope(tx, actor, data.userId, "users.write");
    if (before.id === actor.userId && data.disabled) throw conflict("errors.cannotDisableSelf");
    const bump = before.disabled !== data.disabled;
    await tx.user.update({
      where: { id: before.id, tenantId: tenantOf(actor) },
      data: { displayName: data.displayName, disabled: data.disabled, ...(bump ? { sessionVersion: { increment: 1 } } : {}) },
    });
    await audit(tx, actor, {
      action: data.disabled && !before.disabled ? "user.disable" : !data.disabled && before.disabled ? "user.enable" : "user.update",
      entityType: "User",
      entityId: before.id,
      nodeId: userNodeId(before),
      before: { displayName: before.displayName, disabled: before.disabled },
      after: { displayName: data.displayName, disabled: data.disabled },
    });
    if (data.email !== undefined) {
      await writeUserEmail(tx, actor, { id: before.id, tenantId: tenantOf(actor), nodeId: userNodeId(before), email: before.email }, data.email);
    }
    return { id: before.id };
  });
}

/** A new temporary password, shown once; the user must change it at the next sign-in. Ends their sessions. */
export async function resetUserPassword({ actor, data }: { actor: Actor; data: { userId: string } }) {
  requireScope(actor, "users.write");
  const temp = temporaryPassword(crypto.randomBytes);
  const passwordHash = await hashPassword(temp);
  return inTenant(actor, async (tx) => {
    const row = await findUserInScope(tx, actor, data.userId, "users.write");
    await tx.user.update({
      where: { id: row.id, tenantId: tenantOf(actor) },
      data: { passwordHash, mustChangePassword: true, sessionVersion: { increment: 1 } },
    });
    await audit(tx, actor, { action: "user.resetPassword", entityType: "User", entityId: row.id, nodeId: userNodeId(row) });
    return { id: row.id, temporaryPassword: temp };
  });
}

export async function signOutUserEverywhere({ actor, data }: { actor: Actor; data: { userId: string } }) {
  return inTenant(actor, async (tx) => {
    const row = await findUserInScope(tx, actor, data.userId, "users.write");
    await tx.user.update({ where: { id: row.id, tenantId: tenantOf(actor) }, data: { sessionVersion: { increment: 1 } } });
    await audit(tx, actor, { action: "user.signOutEverywhere", entityType: "User", entityId: row.id, nodeId: userNodeId(row) });
    return { id: row.id };
  });
}

export async function assignRole({ actor, data }: { actor: Actor; data: { userId: string; nodeId: string; role: Role } }) {
  return inTenant(actor, async (tx) => {
    const tenantId = tenantOf(actor);
    const user = await findUserInScope(tx, actor, data.userId, "users.read");
    const node = await assertGrantable(tx, actor, data.role, data.nodeId);
    if (data.role === "MEMBER" && !user.personId) throw invalid("errors.validation", { role: ["validation.memberNeedsPerson"] });
    const existing = user.roles.find((r) => r.nodeId === node.id && r.role === data.role);
    if (existing) return { id: existing.id };
    const row = await tx.roleAssignment.create({ data: { tenantId, userId: user.id, nodeId: node.id, role: data.role } });
    await audit(tx, actor, { action: "role.assign", entityType: "RoleAssignment", entityId: row.id, nodeId: node.id, after: { userId: user.id, role: data.role, nodeId: node.id } });
    return { id: row.id };
  });
}

export async function removeRole({ actor, data }: { actor: Actor; data: { userId: string; assignmentId: string } }) {
  return inTenant(actor, async (tx) => {
    const user = await findUserInScope(tx, actor, data.userId, "users.read");
    const assignment = user.roles.find((r) => r.id === data.assignmentId);
    if (!assignment) throw notFound();
    if (!mayGrant(actor, assignment.role, assignment.node.path)) throw notFound();
    if (user.id === actor.userId && assignment.role === "TENANT_ADMIN") throw conflict("errors.cannotRemoveOwnAdmin");
    await tx.roleAssignment.delete({ where: { id: assignment.id, tenantId: tenantOf(actor) } });
    await audit(tx, actor, { action: "role.remove", entityType: "RoleAssignment", entityId: assignment.id, nodeId: assignment.nodeId, before: { userId: user.id, role: assignment.role, nodeId: assignment.nodeId } });
    return { removed: true };
  });
}

/** Replace the units a representative follows; every unit must be inside the actor's scope. */
export async function setFollowedUnits({ actor, data }: { actor: Actor; data: { userId: string; nodeIds: string[] } }) {
  return inTenant(actor, async (tx) => {
    const tenantId = tenantOf(actor);
    const user = await findUserInScope(tx, actor, data.userId, "users.write");
    if (!user.roles.some((r) => r.role === "REPRESENTATIVE")) throw invalid("errors.validation", { userId: ["validation.notRepresentative"] });
    const ids = [...new Set(data.nodeIds)];
    for (const id of ids) await findNodeInScope(tx, actor, id, "org.read");
    await tx.representativeFollow.deleteMany({ where: { tenantId, userId: user.id } });
    if (ids.length) await tx.representativeFollow.createMany({ data: ids.map((nodeId) => ({ tenantId, userId: user.id, nodeId })) });
    await audit(tx, actor, { action: "user.follows", entityType: "User", entityId: user.id, nodeId: userNodeId(user), before: user.follows.map((f) => f.nodeId), after: ids });
    return { count: ids.length };
  });
}

/** Delete an account (the person stays on the roster). Nobody deletes their own account. */
export async function deleteUser({ actor, data }: { actor: Actor; data: { userId: string } }) {
  return inTenant(actor, async (tx) => {
    const row = await findUserInScope(tx, actor, data.userId, "users.write");
    if (row.id === actor.userId) throw conflict("errors.cannotDeleteSelf");
    await tx.user.delete({ where: { id: row.id, tenantId: tenantOf(actor) } });
    await audit(tx, actor, { action: "user.delete", entityType: "User", entityId: row.id, nodeId: userNodeId(row), before: { username: row.username, roles: row.roles.map((r) => r.role) } });
    return { deleted: true };
  });
}
