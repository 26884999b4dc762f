import "server-only";
import type { Actor } from "../access/actor";
import { tenantOf } from "../access/scope";
import { inTenant } from "../access/tenant-tx";
import type { Tx } from "../db";
import { inOrder } from "../db/in-order";
import { queueNotificationEmails } from "./email";

export type NewNotification = { userId: string; kind: string; title: string; body?: string | null; link?: string | null; dedupeKey?: string | null };

/**
 * Send notifications inside the caller's transaction (a job's, an action's). A dedupe key makes it idempotent:
 * a reminder job that runs twice, or is retried after a crash, never notifies anyone twice. With `email`, each
 * notification actually written is also queued as an email (when the server and the tenant have email on).
 */
export async function sendNotifications(tx: Tx, tenantId: string, rows: NewNotification[], options: { email?: boolean } = {}) {
  if (!rows.length) return 0;
  const data = rows.map((r) => ({ tenantId, userId: r.userId, kind: r.kind, title: r.title, body: r.body ?? null, link: r.link ?? null, dedupeKey: r.dedupeKey ?? null }));
  if (!options.email) return (await tx.notification.createMany({ data, skipDuplicates: true })).count;
  const created = await tx.notification.createManyAndReturn({ data, skipDuplicates: true, select: { id: true, userId: true } });
  await queueNotificationEmails(tx, tenantId, created);
  return created.length;
}

export async function listMyNotifications({ actor, onlyUnread = false, take = 30 }: { actor: Actor; onlyUnread?: boolean; take?: number }) {
  return inTenant(actor, async (tx) => {
    const where = { tenantId: tenantOf(actor), userId: actor.userId, ...(onlyUnread ? { readAt: null } : {}) };
    const [rows, unread] = await inOrder([
      () => tx.notification.findMany({ where, orderBy: { createdAt: "desc" }, take, select: { id: true, kind: true, title: true, body: true, link: true, readAt: true, createdAt: true } }),
      () => tx.notification.count({ where: { tenantId: tenantOf(actor), userId: actor.userId, readAt: null } }),
    ]);
    return { rows, unread };
  });
}

export async function countMyUnread({ actor }: { actor: Actor }) {
  if (!actor.tenantId) return 0;
  return inTenant(actor, (tx) => tx.notification.count({ where: { tenantId: tenantOf(actor), userId: actor.userId, readAt: null } }));
}

/** Mark one (or, with no id, all) of the actor's notifications read. Other users' ids change nothing. */
export async function markNotificationsRead({ actor, id }: { actor: Actor; id?: string }) {
  return inTenant(actor, async (tx) => {
    const { count } = await tx.notification.updateMany({
      where: { tenantId: tenantOf(actor), userId: actor.userId, readAt: null, ...(id ? { id } : {}) },
      data: { readAt: new Date() },
    });
    return { marked: count };
  });
}
