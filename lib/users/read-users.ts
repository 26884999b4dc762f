import "server-only";
import type { Prisma } from "../generated/prisma/client";
import type { Actor } from "../access/actor";
import { notFound } from "../access/errors";
import { nodesIn, requireScope, tenantOf } from "../access/scope";
import type { Scope } from "../access/actor";
import { inTenant } from "../access/tenant-tx";
import type { Tx } from "../db";
import { inOrder } from "../db/in-order";
import { maskEmail, maskPhone } from "../people/mask";

export const userSelect = {
  id: true,
  username: true,
  displayName: true,
  phone: true,
  email: true,
  disabled: true,
  mustChangePassword: true,
  totpEnabled: true,
  lastSignInAt: true,
  createdAt: true,
  personId: true,
  person: { select: { id: true, name: true, nodeId: true, node: { select: { id: true, name: true, path: true } } } },
  roles: { select: { id: true, role: true, nodeId: true, node: { select: { id: true, name: true, path: true } } } },
  follows: { select: { id: true, nodeId: true, node: { select: { id: true, name: true, path: true, kind: { select: { name: true } } } } } },
} satisfies Prisma.UserSelect;

export type UserRow = Prisma.UserGetPayload<{ select: typeof userSelect }>;

/** A user is visible when their person or any of their roles sits inside the scope. */
export function usersVisibleIn(scope: Scope): Prisma.UserWhereInput {
  return { OR: [{ person: { node: nodesIn(scope) } }, { roles: { some: { node: nodesIn(scope) } } }] };
}

/** A user is manageable only when everything that defines them is inside the scope: never a superior. */
export function manageable(row: UserRow, scope: Scope): boolean {
  const inside = (path: string) => scope.paths.some((p) => path.startsWith(p));
  if (row.person && !inside(row.person.node.path)) return false;
  if (row.roles.some((r) => !inside(r.node.path))) return false;
  return !!row.person || row.roles.length > 0;
}

/** The node an account hangs on for the audit log: its highest role's node, else its person's node. */
export function userNodeId(row: Pick<UserRow, "roles" | "person">): string | null {
  const top = [...row.roles].sort((a, b) => a.node.path.length - b.node.path.length)[0];
  return top?.nodeId ?? row.person?.nodeId ?? null;
}

export async function findUserInScope(tx: Tx, actor: Actor, userId: string, permission: "users.read" | "users.write" = "users.read") {
  const scope = requireScope(actor, permission);
  const row = await tx.user.findFirst({ where: { id: userId, tenantId: tenantOf(actor), ...usersVisibleIn(scope) }, select: userSelect });
  if (!row) throw notFound();
  if (permission === "users.write" && !manageable(row, scope)) throw notFound();
  return row;
}

const present = (row: UserRow) => ({ ...row, phone: maskPhone(row.phone), email: maskEmail(row.email) });

export async function getUser({ actor, userId }: { actor: Actor; userId: string }) {
  return inTenant(actor, async (tx) => {
    const row = await findUserInScope(tx, actor, userId);
    const writeScope = requireScopeOrNull(actor);
    const canManage = !!writeScope && manageable(row, writeScope);
    // The address in full only for its edit form (those who manage the account); masked for everyone else.
    return { ...present(row), email: canManage ? row.email : maskEmail(row.email), canManage };
  });
}

function requireScopeOrNull(actor: Actor) {
  try {
    return requireScope(actor, "users.write");
  } catch {
    return null;
  }
}

export async function listUsers({ actor, q = "", page = 1, pageSize = 20 }: { actor: Actor; q?: string; page?: number; pageSize?: number }) {
  const scope = requireScope(actor, "users.read");
  return inTenant(actor, async (tx) => {
    const where: Prisma.UserWhereInput = {
      tenantId: tenantOf(actor),
      AND: [
        usersVisibleIn(scope),
        ...(q ? [{ OR: [{ username: { contains: q.toLowerCase() } }, { displayName: { contains: q, mode: "insensitive" as const } }] }] : []),
      ],
    };
    const [rows, total] = await inOrder([
      () => tx.user.findMany({ where, select: userSelect, orderBy: [{ username: "asc" }], skip: (page - 1) * pageSize, take: pageSize }),
      () => tx.user.count({ where }),
    ]);
    return { rows: rows.map(present), total, page, pageSize };
  });
}
