import "server-only";
import type { Actor } from "../access/actor";
import { conflict, invalid } from "../access/errors";
import { tenantOf } from "../access/scope";
import { inOwnTx, inTenant } from "../access/tenant-tx";
import { audit } from "../audit/write-audit";
import { verifyPassword } from "../auth/password";
import { checkTotp, enrolmentQr, hashRecoveryCode, newRecoveryCodes, newTotpSecret, openSecret, sealSecret } from "../auth/totp";
import { readTenantSettings } from "../tenants/settings";
import { findUserInScope } from "./read-users";

/** Step 1: a new secret, kept pending until a code from the authenticator confirms it. */
export async function beginTotpEnrolment({ actor }: { actor: Actor }) {
  const secret = newTotpSecret();
  const user = await inOwnTx(actor, async (tx) => {
    const u = await tx.user.update({ where: { id: actor.userId }, data: { totpPendingEnc: sealSecret(secret) }, select: { username: true, totpEnabled: true } });
    return u;
  });
  if (user.totpEnabled) throw conflict("errors.twoFactorAlreadyOn");
  const qr = await enrolmentQr(secret, user.username);
  return { secret, uri: qr.uri, svg: qr.svg };
}

/** Step 2: the first code proves the authenticator works; recovery codes are shown once. */
export async function confirmTotpEnrolment({ actor, code }: { actor: Actor; code: string }) {
  const codes = newRecoveryCodes();
  await inOwnTx(actor, async (tx) => {
    const u = await tx.user.findFirst({ where: { id: actor.userId }, select: { totpPendingEnc: true } });
    if (!u?.totpPendingEnc) throw conflict("errors.twoFactorNotStarted");
    const r = await checkTotp(openSecret(u.totpPendingEnc), code, null);
    if (!r.ok) throw invalid("errors.validation", { code: ["validation.totpWrong"] });
    await tx.user.update({
      where: { id: actor.userId },
      data: { totpEnabled: true, totpSecretEnc: u.totpPendingEnc, totpPendingEnc: null, totpLastStep: r.step, recoveryCodeHashes: codes.map(hashRecoveryCode) },
    });
    await audit(tx, actor, { action: "user.enable2fa", entityType: "User", entityId: actor.userId });
  });
  return { recoveryCodes: codes };
}

/** Turn it off (password needed), unless the tenant requires it for this user. */
export async function disableOwnTotp({ actor, password }: { actor: Actor; password: string }) {
  await inOwnTx(actor, async (tx) => {
    const u = await tx.user.findFirst({ where: { id: actor.userId }, select: { passwordHash: true, tenant: { select: { settings: true } } } });
    if (!u || !(await verifyPassword(u.passwordHash, password))) throw invalid("errors.validation", { password: ["validation.currentPasswordWrong"] });
    const required = u.tenant && readTenantSettings(u.tenant.settings).require2faForAdmins && actor.grants.some((g) => g.role === "TENANT_ADMIN");
    if (required) throw conflict("errors.twoFactorRequiredByTenant");
    await tx.user.update({ where: { id: actor.userId }, data: { totpEnabled: false, totpSecretEnc: null, totpPendingEnc: null, totpLastStep: null, recoveryCodeHashes: [] } });
    await audit(tx, actor, { action: "user.disable2fa", entityType: "User", entityId: actor.userId });
  });
}

/** An admin clears a user's second factor (lost phone); their sessions end and they enrol again. */
export async function resetUserTotp({ actor, data }: { actor: Actor; data: { userId: string } }) {
  return inTenant(actor, async (tx) => {
    const row = await findUserInScope(tx, actor, data.userId, "users.write");
    await tx.user.update({
      where: { id: row.id, tenantId: tenantOf(actor) },
      data: { totpEnabled: false, totpSecretEnc: null, totpPendingEnc: null, totpLastStep: null, recoveryCodeHashes: [], sessionVersion: { increment: 1 } },
    });
    await audit(tx, actor, { action: "user.reset2fa", entityType: "User", entityId: row.id });
    return { id: row.id };
  });
}

export async function getOwnTwoFactorState({ actor }: { actor: Actor }) {
  return inOwnTx(actor, async (tx) => {
    const u = await tx.user.findFirst({ where: { id: actor.userId }, select: { totpEnabled: true, recoveryCodeHashes: true } });
    return { enabled: !!u?.totpEnabled, recoveryCodesLeft: u?.recoveryCodeHashes.length ?? 0 };
  });
}
