import "server-only";
import type { Actor } from "../access/actor";
import { AppError, invalid } from "../access/errors";
import { inOwnTx } from "../access/tenant-tx";
import { audit } from "../audit/write-audit";
import { hashPassword, verifyPassword } from "../auth/password";
import { maskPhone } from "../people/mask";
import { checkPasswordPolicy } from "./password-policy";
import { writeUserEmail } from "./user-email";

const HISTORY = 5;

/**
 * Change one's own password: the current one must be right, the new one must pass the policy and differ from
 * the last five. Other sessions end (the session version moves on); the caller signs in again with the new one.
 */
export async function changeOwnPassword({ actor, data }: { actor: Actor; data: { currentPassword: string; newPassword: string } }) {
  const user = await inOwnTx(actor, (tx) =>
    tx.user.findFirst({ where: { id: actor.userId }, select: { id: true, username: true, passwordHash: true, previousHashes: true, tenant: { select: { settings: true } } } }),
  );
  if (!user) throw new AppError("UNAUTHENTICATED", "errors.unauthenticated");
  if (!(await verifyPassword(user.passwordHash, data.currentPassword))) {
    throw invalid("errors.validation", { currentPassword: ["validation.currentPasswordWrong"] });
  }
  const settings = (user.tenant?.settings ?? {}) as { passwordMinLength?: number };
  const policy = checkPasswordPolicy(data.newPassword, { login: user.username, minLength: settings.passwordMinLength });
  if (!policy.ok) throw invalid("errors.validation", { newPassword: [`validation.password.${policy.reason}`] });
  for (const old of [user.passwordHash, ...user.previousHashes]) {
    if (await verifyPassword(old, data.newPassword)) throw invalid("errors.validation", { newPassword: ["validation.password.reused"] });
  }
  const passwordHash = await hashPassword(data.newPassword);
  await inOwnTx(actor, async (tx) => {
    await tx.user.update({
      where: { id: user.id },
      data: {
        passwordHash,
        previousHashes: [user.passwordHash, ...user.previousHashes].slice(0, HISTORY),
        mustChangePassword: false,
        passwordChangedAt: new Date(),
        sessionVersion: { increment: 1 },
      },
    });
    await audit(tx, actor, { action: "user.changePassword", entityType: "User", entityId: user.id });
  });
  return { username: user.username };
}

export async function listMySignIns({ actor, limit = 20 }: { actor: Actor; limit?: number }) {
  return inOwnTx(actor, (tx) =>
    tx.signInEvent.findMany({
      where: { userId: actor.userId },
      orderBy: { createdAt: "desc" },
      take: limit,
      select: { id: true, success: true, reason: true, ip: true, userAgent: true, createdAt: true },
    }),
  );
}

export async function setMyLocale({ actor, locale }: { actor: Actor; locale: "zh-CN" | "en" }) {
  await inOwnTx(actor, (tx) => tx.user.update({ where: { id: actor.userId }, data: { locale } }));
}

/** Set or clear one's own reminder address (reminders by email go only to accounts that have one). */
export async function setMyEmail({ actor, email }: { actor: Actor; email: string | null }) {
  return inOwnTx(actor, async (tx) => {
    const me = await tx.user.findFirst({ where: { id: actor.userId }, select: { id: true, tenantId: true, email: true } });
    if (!me) throw new AppError("UNAUTHENTICATED", "errors.unauthenticated");
    await writeUserEmail(tx, actor, { ...me, nodeId: null }, email);
    return { email };
  });
}

/** End every session of one's own account (this one too: the caller signs out locally afterwards). */
export async function signOutEverywhere({ actor }: { actor: Actor }) {
  await inOwnTx(actor, async (tx) => {
    await tx.user.update({ where: { id: actor.userId }, data: { sessionVersion: { increment: 1 } } });
    await audit(tx, actor, { action: "user.signOutEverywhere", entityType: "User", entityId: actor.userId });
  });
  return { id: actor.userId };
}

/** The account page's profile: who I am, my roles and where, my language preference. */
export async function getMyAccount({ actor }: { actor: Actor }) {
  const row = await inOwnTx(actor, (tx) =>
    tx.user.findFirst({
      where: { id: actor.userId },
      select: {
        id: true,
        username: true,
        displayName: true,
        phone: true,
        email: true,
        locale: true,
        lastSignInAt: true,
        passwordChangedAt: true,
        createdAt: true,
        person: { select: { name: true, node: { select: { name: true } } } },
        roles: { select: { id: true, role: true, node: { select: { name: true, path: true } } } },
      },
    }),
  );
  if (!row) throw new AppError("UNAUTHENTICATED", "errors.unauthenticated");
  return { ...row, phone: maskPhone(row.phone) };
}
