// Reminders by email: a real SMTP server (smtp-server) on a local port, the reminder job at a controlled clock,
// then the email jobs it queued, run by hand as the worker would run them.
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { SMTPServer } from "smtp-server";
import type { Actor } from "@/lib/access/actor";

// The app's public address, printed in the emails' links (read once, when the environment is first parsed).
process.env.NEXTAUTH_URL = "https://ljfl.example.org";

const session: { actor: Actor | null } = { actor: null };
vi.mock("@/lib/auth/current-actor", () => ({
  currentActor: async () => (session.actor ? { status: "ok", actor: session.actor } : { status: "anonymous" }),
}));
vi.mock("@/lib/access/translate-error", () => ({
  translateError: async (e: { messageKey: string; fieldErrors?: unknown }) => ({ message: e.messageKey, fieldErrors: e.fieldErrors }),
}));

import zh from "@/lib/i18n/messages/zh-CN/validation.json";
import en from "@/lib/i18n/messages/en/validation.json";
import { saveMyEmailAction } from "@/app/actions/account";
import { createUserAction, updateUserAction } from "@/app/actions/users";
import { sendNotificationEmail } from "@/lib/notifications/email";
import { EMAIL_QUEUE } from "@/lib/notifications/queues";
import { exportMyData } from "@/lib/people/personal-data";
import { runReportReminders } from "@/lib/reports/reminders";
import { writeReport } from "@/lib/reports/write-submissions";
import { updateTenantSettings } from "@/lib/tenants/update-settings";
import { getMyAccount, setMyEmail } from "@/lib/users/own-account";
import { getUser, listUsers } from "@/lib/users/read-users";
import { updateUser } from "@/lib/users/write-users";
import { createTestTenant, owner, type TestTenant } from "../factories/tenant";
import { addUser, at, createWeeklyType, minimalWeekly, WEEK } from "./reports-fixtures";

type Mail = { from: string; to: string[]; raw: string };
const inbox: Mail[] = [];
let server: SMTPServer;
let port = 0;
const db = owner();

beforeAll(async () => {
  server = new SMTPServer({
    logger: false,
    disabledCommands: ["STARTTLS"],
    allowInsecureAuth: true,
    onAuth: (auth, _session, cb) => (auth.username === "mailer" && auth.password === "s3cret" ? cb(null, { user: "mailer" }) : cb(new Error("bad credentials"))),
    onData: (stream, s, cb) => {
      const chunks: Buffer[] = [];
      stream.on("data", (c: Buffer) => chunks.push(c));
      stream.on("end", () => {
        inbox.push({ from: s.envelope.mailFrom ? s.envelope.mailFrom.address : "", to: s.envelope.rcptTo.map((r) => r.address), raw: Buffer.concat(chunks).toString("latin1") });
        cb();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  port = (server.server.address() as AddressInfo).port;
  process.env.SMTP_URL = `smtp://mailer:s3cret@127.0.0.1:${port}`;
  process.env.SMTP_FROM = "垃圾分类平台 <noreply@ljfl.example.org>";
});

afterAll(async () => {
  delete process.env.SMTP_URL;
  delete process.env.SMTP_FROM;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  await db.$disconnect();
});

/** The email jobs queued for a tenant (pg-boss keeps them in pgboss.job). */
async function queued(tenantId: string) {
  const rows = await db.$queryRaw<{ data: { tenantId: string; notificationId: string } }[]>`
    SELECT data FROM pgboss.job WHERE name = ${EMAIL_QUEUE} AND data->>'tenantId' = ${tenantId} ORDER BY created_on, id`;
  return rows.map((r) => r.data);
}

/** Decode a raw message enough to read it: MIME encoded-word headers and a base64 or quoted-printable body. */
function read(mail: Mail) {
  const [head, ...rest] = mail.raw.split("\r\n\r\n");
  const unfolded = head.replace(/\r\n[ \t]+/g, " ");
  const header = (name: string) => new RegExp(`^${name}: (.*)$`, "im").exec(unfolded)?.[1] ?? "";
  const words = (v: string) =>
    v.replace(/=\?utf-8\?([bq])\?([^?]*)\?=\s*/gi, (_, enc: string, text: string) =>
      enc.toLowerCase() === "b" ? Buffer.from(text, "base64").toString("utf8") : qp(text.replace(/_/g, " ")),
    );
  const qp = (s: string) => Buffer.from(s.replace(/=\r?\n/g, "").replace(/=([0-9A-F]{2})/gi, (_, h: string) => String.fromCharCode(parseInt(h, 16))), "latin1").toString("utf8");
  const body = rest.join("\r\n\r\n");
  const cte = header("Content-Transfer-Encoding").toLowerCase();
  const text = cte === "base64" ? Buffer.from(body.replace(/\s+/g, ""), "base64").toString("utf8") : cte === "quoted-printable" ? qp(body) : Buffer.from(body, "latin1").toString("utf8");
  return { subject: words(header("Subject")), messageId: header("Message-ID"), text: text.replace(/\r\n/g, "\n") };
}

async function emailOn(tt: TestTenant) {
  await updateTenantSettings({ actor: tt.actors.tenantAdmin, data: { emailReminders: true } });
}

const lookup = (messages: unknown, key: string) => key.split(".").reduce<unknown>((o, k) => (o as Record<string, unknown> | undefined)?.[k], messages);

describe("reminders by email", () => {
  it("emails each user of a unit that has not filed exactly once, nobody at a unit that filed, and never twice", async () => {
    const tt = await createTestTenant();
    await createWeeklyType(tt);
    const branch = await addUser(tt, tt.nodes.a1b.id, "REPORTER", "branch-reporter");
    const branchNoEmail = await addUser(tt, tt.nodes.a1b.id, "REPORTER", "branch-second");
    const b1 = await addUser(tt, tt.nodes.b1.id, "REPORTER", "b1-reporter");
    // Addresses set by the users themselves and by their admin; reporterA's community (a1) files in time.
    await setMyEmail({ actor: branch, email: `branch-${tt.tag}@example.cn` });
    await updateUser({ actor: tt.actors.tenantAdmin, data: { userId: b1.userId, displayName: "乙一填报员", disabled: false, email: `b1-${tt.tag}@example.cn` } });
    await setMyEmail({ actor: tt.actors.reporterA, email: `a1-${tt.tag}@example.cn` });
    await emailOn(tt);
    await writeReport({ actor: tt.actors.reporterA, action: "submit", input: { type: "weekly_progress", period: WEEK, nodeId: tt.nodes.a1.id, data: minimalWeekly, baseVersion: 0 }, now: at(-30 * 60) });
    const run = (minutes: number) => runReportReminders({ now: at(minutes), tenantIds: [tt.tenantId] });
    const mine = () => inbox.filter((m) => m.to.some((to) => to.includes(tt.tag)));

    // The day before the deadline: three notifications in the app; two of those users have an address.
    expect(await run(-24 * 60 + 3)).toEqual({ sent: 3 });
    const jobs = await queued(tt.tenantId);
    expect(jobs).toHaveLength(2);
    // Nothing is sent inside the reminder run: the jobs send.
    expect(mine()).toHaveLength(0);
    for (const job of jobs) expect(await sendNotificationEmail(job)).toBe("sent");
    expect(mine().map((m) => m.to.join()).sort()).toEqual([`b1-${tt.tag}@example.cn`, `branch-${tt.tag}@example.cn`]);
    expect(mine().every((m) => m.from === "noreply@ljfl.example.org")).toBe(true);

    const toBranch = read(mine().find((m) => m.to[0].startsWith("branch-"))!);
    expect(toBranch.subject).toContain(`【测试区-${tt.tag}】`);
    expect(toBranch.subject).toContain("还剩 1天 截止");
    expect(toBranch.text).toContain("branch-reporter，您好");
    expect(toBranch.text).toContain("甲一小区党支部");
    expect(toBranch.text).toContain(`https://ljfl.example.org/reports/weekly_progress/${WEEK}/${tt.nodes.a1b.id}`);
    expect(toBranch.messageId).toMatch(/^<notification-[a-z0-9]+@ljfl\.example\.org>$/);

    // A job delivered again (pg-boss is at-least-once), a rerun of the reminder job: nothing more.
    for (const job of jobs) expect(await sendNotificationEmail(job)).toBe("already-sent");
    expect(await run(-24 * 60 + 8)).toEqual({ sent: 0 });
    expect(await queued(tt.tenantId)).toHaveLength(2);
    expect(mine()).toHaveLength(2);
    // Who filed, and who has no address, got no email; branchNoEmail still has the in-app notice.
    expect(mine().some((m) => m.to.includes(`a1-${tt.tag}@example.cn`))).toBe(false);
    expect(await db.notification.count({ where: { tenantId: tt.tenantId, userId: branchNoEmail.userId } })).toBe(1);

    // b1 files; two hours before the deadline only the branch's reporter is emailed again (the next step).
    await writeReport({ actor: b1, action: "submit", input: { type: "weekly_progress", period: WEEK, nodeId: tt.nodes.b1.id, data: minimalWeekly, baseVersion: 0 }, now: at(-20 * 60) });
    expect(await run(-120 + 2)).toEqual({ sent: 2 });
    const next = (await queued(tt.tenantId)).slice(2);
    expect(next).toHaveLength(1);
    expect(await sendNotificationEmail(next[0])).toBe("sent");
    expect(mine().slice(2).map((m) => m.to.join())).toEqual([`branch-${tt.tag}@example.cn`]);
    expect(read(mine()[2]).subject).toContain("还剩 2小时 截止");
  });

  it("queues nothing while the tenant's setting is off (the default) or the server has no SMTP_URL", async () => {
    const tt = await createTestTenant();
    await createWeeklyType(tt);
    const branch = await addUser(tt, tt.nodes.a1b.id, "REPORTER", "branch-reporter");
    await setMyEmail({ actor: branch, email: `off-${tt.tag}@example.cn` });
    expect(await run(tt, -24 * 60 + 3)).toEqual({ sent: 2 });
    expect(await queued(tt.tenantId)).toEqual([]);

    await emailOn(tt);
    const url = process.env.SMTP_URL;
    delete process.env.SMTP_URL;
    try {
      expect(await run(tt, -120 + 2)).toEqual({ sent: 2 });
      expect(await queued(tt.tenantId)).toEqual([]);
    } finally {
      process.env.SMTP_URL = url;
    }
    // With both on, the next step is emailed; turned off again before the job runs, the job sends nothing.
    expect((await run(tt, 4)).sent).toBeGreaterThan(0);
    const jobs = await queued(tt.tenantId);
    expect(jobs).toHaveLength(1);
    await updateTenantSettings({ actor: tt.actors.tenantAdmin, data: { emailReminders: false } });
    expect(await sendNotificationEmail(jobs[0])).toBe("skipped");
    expect(inbox.filter((m) => m.to.some((to) => to.includes(tt.tag)))).toEqual([]);
  });

  it("retries a failed send: nothing is recorded as sent until the server accepts it", async () => {
    const tt = await createTestTenant();
    await createWeeklyType(tt);
    const branch = await addUser(tt, tt.nodes.a1b.id, "REPORTER", "branch-reporter");
    await setMyEmail({ actor: branch, email: `retry-${tt.tag}@example.cn` });
    await emailOn(tt);
    await run(tt, -24 * 60 + 3);
    const [job] = await queued(tt.tenantId);
    const url = process.env.SMTP_URL!;
    process.env.SMTP_URL = url.replace("s3cret", "wrong");
    try {
      await expect(sendNotificationEmail(job)).rejects.toThrow(/auth|credentials|535/i);
    } finally {
      process.env.SMTP_URL = url;
    }
    expect(await db.jobLedger.count({ where: { queue: EMAIL_QUEUE, key: job.notificationId } })).toBe(0);
    expect(await sendNotificationEmail(job)).toBe("sent");
    expect(inbox.filter((m) => m.to.includes(`retry-${tt.tag}@example.cn`))).toHaveLength(1);
    // The queue retries with backoff.
    const [q] = await db.$queryRaw<{ retry_limit: number; retry_backoff: boolean }[]>`SELECT retry_limit, retry_backoff FROM pgboss.queue WHERE name = ${EMAIL_QUEUE}`;
    expect(q).toEqual({ retry_limit: 5, retry_backoff: true });
  });
});

function run(tt: TestTenant, minutes: number) {
  return runReportReminders({ now: at(minutes), tenantIds: [tt.tenantId] });
}

describe("an account's email address", () => {
  async function refused(res: Promise<{ ok: boolean; code?: string; fieldErrors?: Record<string, string[]> }>, key: string) {
    const r = await res;
    expect(r).toMatchObject({ ok: false, code: "VALIDATION", fieldErrors: { email: [key] } });
    expect(typeof lookup({ validation: zh }, key)).toBe("string");
    expect(typeof lookup({ validation: en }, key)).toBe("string");
  }

  it("is set and cleared by its owner: lowercased, refused when malformed or taken in the tenant, audited masked", async () => {
    const [tt, other] = await Promise.all([createTestTenant(), createTestTenant()]);
    session.actor = tt.actors.reporterA;
    try {
      for (const bad of ["not-an-email", "a@b", "x@y.cn\r\nBcc: z@evil.cn", "两个@例子", `${"a".repeat(250)}@x.cn`]) {
        await refused(saveMyEmailAction({ email: bad }), "validation.email");
      }
      expect((await db.user.findUniqueOrThrow({ where: { id: tt.userIds.reporterA } })).email).toBeNull();

      const address = `Zhang.San-${tt.tag}@Example.CN`;
      expect(await saveMyEmailAction({ email: `  ${address} ` })).toMatchObject({ ok: true });
      expect((await getMyAccount({ actor: tt.actors.reporterA })).email).toBe(address.toLowerCase());

      // Taken by another account of the tenant (in any case); free in another tenant.
      session.actor = tt.actors.unitAdminA;
      await refused(saveMyEmailAction({ email: address.toUpperCase() }), "validation.emailTaken");
      await setMyEmail({ actor: other.actors.unitAdminA, email: address.toLowerCase() });

      // The own-data export carries it; the audit log only masked.
      const mine = (await exportMyData({ actor: tt.actors.reporterA })) as { account: { email: string } };
      expect(mine.account.email).toBe(address.toLowerCase());
      session.actor = tt.actors.reporterA;
      expect(await saveMyEmailAction({ email: "" })).toMatchObject({ ok: true, data: { email: null } });
      expect((await db.user.findUniqueOrThrow({ where: { id: tt.userIds.reporterA } })).email).toBeNull();
      const audits = await db.auditLog.findMany({ where: { entityId: tt.userIds.reporterA }, orderBy: { createdAt: "asc" } });
      expect(audits.map((a) => a.action)).toEqual(["user.setEmail", "user.clearEmail"]);
      expect(JSON.stringify(audits.map((a) => [a.before, a.after]))).not.toContain(`san-${tt.tag}`);
      expect(audits[0].after).toEqual({ email: `z${"*".repeat(`zhang.san-${tt.tag}`.length - 1)}@example.cn` });
    } finally {
      session.actor = null;
    }
  });

  it("is edited by the admins who manage the account, shown in full only to them, and masked in lists", async () => {
    const tt = await createTestTenant();
    const target = tt.userIds.reporterA;
    const address = `rep-${tt.tag}@example.cn`;
    try {
      session.actor = tt.actors.tenantAdmin;
      await refused(updateUserAction({ userId: target, displayName: "reporterA", disabled: false, email: "rep@" }), "validation.email");
      expect(await updateUserAction({ userId: target, displayName: "reporterA", disabled: false, email: address })).toMatchObject({ ok: true });
      // Without the field the address stays (API clients that predate it).
      expect(await updateUserAction({ userId: target, displayName: "甲街道填报员", disabled: false })).toMatchObject({ ok: true });
      expect((await db.user.findUniqueOrThrow({ where: { id: target } })).email).toBe(address);

      // An admin of the sibling subtree cannot reach it: 404, nothing changed.
      session.actor = tt.actors.unitAdminB;
      expect(await updateUserAction({ userId: target, displayName: "x", disabled: false, email: `evil-${tt.tag}@example.cn` })).toMatchObject({ ok: false, code: "NOT_FOUND" });
      expect((await db.user.findUniqueOrThrow({ where: { id: target } })).email).toBe(address);

      expect((await getUser({ actor: tt.actors.tenantAdmin, userId: target })).email).toBe(address);
      expect((await getUser({ actor: tt.actors.leader, userId: target })).email).toBe("r***@example.cn".replace("***", "*".repeat(`rep-${tt.tag}`.length - 1)));
      const list = await listUsers({ actor: tt.actors.tenantAdmin, q: "reportera" });
      expect(list.rows.find((r) => r.id === target)?.email).not.toBe(address);
      expect(list.rows.find((r) => r.id === target)?.email).toMatch(/^r\*+@example\.cn$/);
    } finally {
      session.actor = null;
    }
  });

  it("may be given when the account is created: checked like any other, audited masked, nothing created when refused", async () => {
    const tt = await createTestTenant();
    const address = `New.Rep-${tt.tag}@Example.CN`;
    const base = { displayName: "新填报员", phone: "", personId: "", role: "REPORTER", nodeId: tt.nodes.a1.id };
    try {
      session.actor = tt.actors.tenantAdmin;
      await refused(createUserAction({ ...base, username: `nr1-${tt.tag}`, email: "new@" }), "validation.email");
      const created = await createUserAction({ ...base, username: `nr1-${tt.tag}`, email: ` ${address} ` });
      expect(created).toMatchObject({ ok: true });
      const id = (created as { data: { id: string } }).data.id;
      expect((await db.user.findUniqueOrThrow({ where: { id } })).email).toBe(address.toLowerCase());
      const audits = await db.auditLog.findMany({ where: { entityId: id }, orderBy: { createdAt: "asc" } });
      expect(audits.map((a) => a.action).sort()).toEqual(["user.create", "user.setEmail"]);
      expect(JSON.stringify(audits.map((a) => [a.before, a.after]))).not.toContain(`rep-${tt.tag}`);
      // Taken in the tenant: refused on the field, and no second account appears.
      await refused(createUserAction({ ...base, username: `nr2-${tt.tag}`, email: address.toUpperCase() }), "validation.emailTaken");
      expect(await db.user.count({ where: { tenantId: tt.tenantId, username: `nr2-${tt.tag}` } })).toBe(0);
      // Without it: no address, no email audit row.
      const plain = await createUserAction({ ...base, username: `nr3-${tt.tag}` });
      const plainId = (plain as { data: { id: string } }).data.id;
      expect((await db.user.findUniqueOrThrow({ where: { id: plainId } })).email).toBeNull();
      expect(await db.auditLog.count({ where: { entityId: plainId, action: "user.setEmail" } })).toBe(0);
    } finally {
      session.actor = null;
    }
  });
});
