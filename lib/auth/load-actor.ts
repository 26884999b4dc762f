// Token claims → Actor, checked against the database on every request: a disabled user, a bumped session
// version (sign out everywhere, role change, password change), an archived node or an archived tenant takes effect
// at once.
import { getDb, type Tx } from "../db";
import type { Actor, Grant } from "../access/actor";
import { readTenantSettings } from "../tenants/settings";

export type ActorLoad =
  | { status: "anonymous" }
  | { status: "must-change-password"; actor: Actor }
  | { status: "must-enroll-2fa"; actor: Actor }
  | { status: "ok"; actor: Actor };

// Never a real path (real ones are /id/…/): platform admins reach tenants through asPlatform, not paths.
const PLATFORM_PATH = "!platform";

async function inSessionTx<T>(tenantId: string | null, userId: string, fn: (tx: Tx) => Promise<T>) {
  return getDb().$transaction(async (tx) => {
    if (tenantId) await tx.$executeRaw`SELECT set_config('app.tenant_id', ${tenantId}, true)`;
    else await tx.$executeRaw`SELECT set_config('app.platform', 'on', true)`;
    await tx.$executeRaw`SELECT set_config('app.user_id', ${userId}, true)`;
    return fn(tx);
  });
}

export async function loadActor(
  claims: { uid: string; tid: string | null; sv: number },
  ctx: { ip?: string | null; requestId?: string; locale: Actor["locale"] },
): Promise<ActorLoad> {
  const user = await inSessionTx(claims.tid, claims.uid, (tx) =>
    tx.user.findFirst({
      where: { id: claims.uid, tenantId: claims.tid },
      select: {
        id: true,
        tenantId: true,
        personId: true,
        displayName: true,
        disabled: true,
        platformAdmin: true,
        sessionVersion: true,
        mustChangePassword: true,
        totpEnabled: true,
        tenant: { select: { settings: true, archived: true } },
        roles: { select: { role: true, nodeId: true, node: { select: { path: true, archived: true } } } },
        follows: { select: { nodeId: true, node: { select: { path: true, archived: true } } } },
      },
    }),
  );
  if (!user || user.disabled || user.sessionVersion !== claims.sv || user.tenant?.archived) return { status: "anonymous" };

  const grants: Grant[] = user.roles
    .filter((r) => !r.node.archived)
    .map((r) => ({ role: r.role, nodeId: r.nodeId, path: r.node.path }));
  if (user.platformAdmin && !user.tenantId) grants.push({ role: "PLATFORM_ADMIN", nodeId: "", path: PLATFORM_PATH });

  const actor: Actor = {
    userId: user.id,
    tenantId: user.tenantId,
    personId: user.personId,
    displayName: user.displayName,
    grants,
    followed: user.follows.filter((f) => !f.node.archived).map((f) => ({ nodeId: f.nodeId, path: f.node.path })),
    locale: ctx.locale,
    ip: ctx.ip ?? null,
    requestId: ctx.requestId,
  };
  if (user.mustChangePassword) return { status: "must-change-password", actor };
  // Two-factor sign-in required for tenant admins when the tenant says so, for platform admins when the platform does.
  const needs2fa =
    (user.tenant && readTenantSettings(user.tenant.settings).require2faForAdmins && grants.some((g) => g.role === "TENANT_ADMIN")) ||
    (user.platformAdmin && process.env.PLATFORM_REQUIRE_2FA === "1");
  if (needs2fa && !user.totpEnabled) return { status: "must-enroll-2fa", actor };
  return { status: "ok", actor };
}
