import { getDb } from "../db";
import { inTenantId } from "../access/tenant-tx";
import { dummyVerify, verifyPassword } from "./password";
import { checkLoginThrottle, clearLoginFailures, recordLoginFailure } from "./throttle";

export type SignedInUser = { id: string; tenantId: string | null; sessionVersion: number; mustChangePassword: boolean };

export type SignInOutcome =
  | { ok: true; user: SignedInUser }
  | { ok: false; reason: "invalid" | "disabled" }
  | { ok: false; reason: "throttled"; retryAfterS: number };

type LoginRow = SignedInUser & { passwordHash: string; disabled: boolean };

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

export async function verifyCredentials(input: { login: string; password: string; ip: string; userAgent: string | null }): Promise<SignInOutcome> {
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
  await clearLoginFailures(login);
  await recordEvent({ tenantId: user.tenantId, userId: user.id, login, success: true, reason: "ok", ip, userAgent });
  return {
    ok: true,
    user: { id: user.id, tenantId: user.tenantId, sessionVersion: user.sessionVersion, mustChangePassword: user.mustChangePassword },
  };
}
