import "server-only";
// Notifications repeated by email: optional, off unless the operator set SMTP_URL and the tenant turned
// `emailReminders` on, and only for accounts with an address. Never sent inside a request: the caller's
// transaction puts one job per email on the queue, and the job sends it.
import { z } from "zod";
import { inTenantId } from "../access/tenant-tx";
import type { Tx } from "../db";
import { env } from "../env";
import { enqueueInTx } from "../jobs/boss";
import { onceInLedger } from "../jobs/ledger";
import { readTenantSettings } from "../tenants/settings";
import { notificationEmail } from "./email-text";
import { sendMail } from "./mailer";
import { EMAIL_QUEUE } from "./queues";
import { smtpSettings } from "./smtp-config";

/** Is email on for this tenant (the operator's server and the tenant's setting)? */
async function emailOn(tx: Tx, tenantId: string): Promise<boolean> {
  if (!smtpSettings()) return false;
  const tenant = await tx.tenant.findFirst({ where: { id: tenantId }, select: { settings: true } });
  return readTenantSettings(tenant?.settings).emailReminders;
}

/**
 * Queue one email per notification just created (pass only rows that were inserted, so a rerun queues nothing),
 * in the caller's transaction. Returns how many were queued.
 */
export async function queueNotificationEmails(tx: Tx, tenantId: string, created: { id: string; userId: string }[]): Promise<number> {
  if (!created.length || !(await emailOn(tx, tenantId))) return 0;
  const users = await tx.user.findMany({
    where: { tenantId, id: { in: [...new Set(created.map((n) => n.userId))] }, email: { not: null }, disabled: false },
    select: { id: true },
  });
  const withEmail = new Set(users.map((u) => u.id));
  const jobs = created.filter((n) => withEmail.has(n.userId)).map((n) => ({ name: EMAIL_QUEUE, data: { tenantId, notificationId: n.id } }));
  await enqueueInTx(tx, jobs);
  return jobs.length;
}

const jobData = z.object({ tenantId: z.string().min(1).max(64), notificationId: z.string().min(1).max(64) });

export type EmailOutcome = "sent" | "already-sent" | "skipped";

/**
 * The job: send the email for one notification, at most once (a ledger row commits with the send; a failed send
 * rolls it back and pg-boss retries). Skips quietly when email was turned off, or the address removed, since.
 */
export async function sendNotificationEmail(data: Record<string, unknown>): Promise<EmailOutcome> {
  const { tenantId, notificationId } = jobData.parse(data);
  return inTenantId(
    tenantId,
    async (tx) => {
      if (!(await emailOn(tx, tenantId))) return "skipped";
      const n = await tx.notification.findFirst({
        where: { id: notificationId, tenantId },
        select: { title: true, body: true, link: true, user: { select: { email: true, displayName: true, disabled: true } }, tenant: { select: { name: true } } },
      });
      const to = n?.user.email;
      if (!n || !to || n.user.disabled) return "skipped";
      const mail = notificationEmail({ tenantName: n.tenant.name, displayName: n.user.displayName, title: n.title, body: n.body, link: n.link, baseUrl: env().NEXTAUTH_URL });
      const sent = await onceInLedger(tx, EMAIL_QUEUE, notificationId, () => sendMail({ to, ...mail, id: `notification-${notificationId}` }));
      return sent ? "sent" : "already-sent";
    },
    // The send happens inside the transaction (so its ledger row commits only with it): room for a slow server.
    { timeout: 60_000, maxWait: 10_000 },
  );
}
