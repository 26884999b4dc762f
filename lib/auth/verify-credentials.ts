import { getDb } from "../db";
import { inTenantId, inUserTx } from "../access/tenant-tx";
import { checkTotp, hashRecoveryCode, openSecret, RECOVERY_CODE } from "./totp";
import { dummyVerify, verifyPassword } from "./password";
import { checkLoginThrottle, clearLoginFailures, recordLoginFailure } from "./throttle";

export type SignedInUser = { id: string; tenantId: string | null; sessionVersion: number; mustChangePassword: boolean };

export type SignInOutcome =
  | { ok: true; user: SignedInUser }
  | { ok: false; reason: "invalid" | "disabled" | "totp_required" | "totp_invalid" }
  | { ok: false; reason: "throttled"; retryAfterS: number };

type LoginRow = SignedInUser & { passwordHash: string; disabled: boolean; totpEnabled: boolean };

/** A TOTP code (never one already used) or an unused recovery code, which is then spent. */
async function checkSecondFactor(user: LoginRow, code: string): Promise<boolean> {
  return inUserTx(user.tenantId, async (tx) => {
    const row = await tx.user.findFirst({ where: { id: user.id }, select: { totpSecretEnc: true, totpLastStep: true, recoveryCodeHashes: true } });
    if (!row?.totpSecretEnc) return false;
    const trimmed = code.trim().toLowerCase();
    if (RECOVERY_CODE.test(trimmed)) {
      const h = hashRecoveryCode(trimmed);
      if (!row.recoveryCodeHashes.includes(h)) return false;
      await tx.user.update({ where: { id: user.id }, data: { recoveryCodeHashes: row.recoveryCodeHashes.filter((x) => x !== h) } });
      return true;
    }
    const r = await checkTotp(openSecret(row.totpSecretEnc), trimmed, row.totpLastStep);
    if (!r.ok) return false;
    // Conditional update: two requests racing with the same code cannot both pass.
    const { count } = await tx.user.updateMany({
      where: { id: user.id, OR: [{ totpLastStep: null }, { totpLastStep: { lt: r.step } }] },
      data: { totpLastStep: r.step },
    });
    return count === 1;
  });
}

async function recordEvent(e: { tenantId: string | null; userId: string | null; login: string; success: boolean; reason: string; ip: string; userAgent: string | null }) {
  const data = { ...e, login: e.login.slice(0, 100), userAgent: e.userAgent?.slice(0, 300) ?? null };
  // createMany: no RETURNING, so rows outside the caller's visibility (unknown users) can still be written.
  if (e.tenantId) {
    await inTenantId(e.tenantId, async (tx) => {
      await tx.signInEvent.createMany({ data: [data] });
      // The account list shows when each account last signed in.
      if (e.success && e.userId) await tx.user.updateMany({ where: { id: e.userId, tenantId: e.tenantId! }, data: { lastSignInAt: new Date() } });
    });
  } else await getDb().signInEvent.createMany({ data: [data] });
}

async function tenantArchived(tenantId: string) {
  const t = await inTenantId(tenantId, (tx) => tx.tenant.findFirst({ where: { id: tenantId }, select: { archived: true } }));
  return !t || t.archived;
}

export async function verifyCredentials(input: { login: string; password: string; totp?: string; ip: string; userAgent: string | null }): Promise<SignInOutcome> {
  const login = input.login.trim();
  const { ip, userAgent } = input;
  if (!login || !input.password || login.length > 64 || input.password.length > 256) {
    return { ok: false, reason: "invalid" };
  }

  const throttle = await checkLoginThrottle(login, ip);
  if (throttle.blocked) {
    await recordEvent({ tenantId: null, userId: null, login, success: false, reason: "throttled", ip, userAgent });
    return { ok: false, reason: "throttled", retryAfterS: throttle.retryAfterS };
  }

  const rows = await getDb().$queryRaw<LoginRow[]>`SELECT * FROM auth_find_login(${login})`;
  const user = rows[0];
  if (!user) {
    await dummyVerify(input.password);
    await recordLoginFailure(login, ip);
    await recordEvent({ tenantId: null, userId: null, login, success: false, reason: "unknown_user", ip, userAgent });
    return { ok: false, reason: "invalid" };
  }
  if (!(await verifyPassword(user.passwordHash, input.password))) {
    await recordLoginFailure(login, ip);
    await recordEvent({ tenantId: user.tenantId, userId: user.id, login, success: false, reason: "bad_password", ip, userAgent });
    return { ok: false, reason: "invalid" };
  }
  if (user.disabled) {
    await recordEvent({ tenantId: user.tenantId, userId: user.id, login, success: false, reason: "disabled", ip, userAgent });
    return { ok: false, reason: "disabled" };
  }
  if (user.tenantId && (await tenantArchived(user.tenantId))) {
    await recordEvent({ tenantId: user.tenantId, userId: user.id, login, success: false, reason: "tenant_archived", ip, userAgent });
    return { ok: false, reason: "disabled" };
  }
  if (user.totpEnabled) {
    // The password was right: asking for the second factor is not a failure.
    if (!input.totp) return { ok: false, reason: "totp_required" };
    if (!(await checkSecondFactor(user, input.totp))) {
      await recordLoginFailure(login, ip);
      await recordEvent({ tenantId: user.tenantId, userId: user.id, login, success: false, reason: "totp_failed", ip, userAgent });
      return { ok: false, reason: "totp_invalid" };
    }
  }
  await clearLoginFailures(login);
  await recordEvent({ tenantId: user.tenantId, userId: user.id, login, success: true, reason: "ok", ip, userAgent });
  return {
    ok: true,
    user: { id: user.id, tenantId: user.tenantId, sessionVersion: user.sessionVersion, mustChangePassword: user.mustChangePassword },
  };
}
