// Extra people and accounts for participation tests (supervisors, operators, members of a sibling unit), written
// with the owner connection and loaded as the app loads actors.
import crypto from "node:crypto";
import type { Role } from "../../lib/generated/prisma/client";
import type { Actor } from "../../lib/access/actor";
import { loadActor } from "../../lib/auth/load-actor";
import { newId } from "../../lib/ids";
import { childPath } from "../../lib/org/tree-rules";
import { owner, type TestTenant } from "./tenant";

export async function withOwner<T>(fn: (db: ReturnType<typeof owner>) => Promise<T>): Promise<T> {
  const db = owner();
  try {
    return await fn(db);
  } finally {
    await db.$disconnect();
  }
}

/** A node under a parent (kind by code). */
export async function addNode(t: TestTenant, parent: { id: string; path: string; depth?: number }, kindCode: string, name: string) {
  return withOwner(async (db) => {
    const id = newId();
    const p = await db.orgNode.findUniqueOrThrow({ where: { id: parent.id }, select: { path: true, depth: true } });
    const node = await db.orgNode.create({ data: { id, tenantId: t.tenantId, kindId: t.kinds[kindCode], name, parentId: parent.id, path: childPath(p.path, id), depth: p.depth + 1 } });
    return { id: node.id, path: node.path, depth: node.depth };
  });
}

export async function addPerson(t: TestTenant, nodeId: string, name: string, opts: { isPartyMember?: boolean } = {}) {
  return withOwner((db) => db.person.create({ data: { tenantId: t.tenantId, nodeId, name, isPartyMember: opts.isPartyMember ?? true, phone: `139${String(crypto.randomInt(10_000_000, 99_999_999))}` }, select: { id: true, name: true, nodeId: true } }));
}

/** An account with one role on a node (optionally tied to a person), loaded as an actor. */
export async function addActor(t: TestTenant, role: Role, nodeId: string, personId?: string): Promise<Actor> {
  const userId = await withOwner(async (db) => {
    const u = await db.user.create({
      data: { tenantId: t.tenantId, username: `${role.toLowerCase()}-${crypto.randomBytes(4).toString("hex")}`, displayName: `${role}`, passwordHash: "x", personId: personId ?? null },
      select: { id: true },
    });
    await db.roleAssignment.create({ data: { tenantId: t.tenantId, userId: u.id, nodeId, role } });
    return u.id;
  });
  const load = await loadActor({ uid: userId, tid: t.tenantId, sv: 1 }, { locale: "zh-CN", requestId: "test" });
  if (load.status === "anonymous") throw new Error("actor not loaded");
  return load.actor;
}

export async function setTenantSettings(t: TestTenant, patch: Record<string, unknown>) {
  await withOwner(async (db) => {
    const row = await db.tenant.findUniqueOrThrow({ where: { id: t.tenantId }, select: { settings: true } });
    await db.tenant.update({ where: { id: t.tenantId }, data: { settings: { ...((row.settings as object) ?? {}), ...patch } as never } });
  });
}
