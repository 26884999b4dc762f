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
  if (e.tenantId) await inTenantId(e.tenantId, (tx) => tx.signInEvent.createMany({ data: [data] }));
  else await getDb().signInEvent.createMany({ data: [data] });
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
  await clearLoginFailures(login);
  await recordEvent({ tenantId: user.tenantId, userId: user.id, login, success: true, reason: "ok", ip, userAgent });
  return {
    ok: true,
    user: { id: user.id, tenantId: user.tenantId, sessionVersion: user.sessionVersion, mustChangePassword: user.mustChangePassword },
  };
}
