// Token claims → Actor, checked against the database on every request: a disabled user, a bumped session
// version (sign out everywhere, role change, password change), an archived node or an archived tenant takes effect
// at once.
import { hotBatch, hotQuery } from "../db";
import type { Actor, Grant } from "../access/actor";
import { readTenantSettings } from "../tenants/settings";

export type ActorLoad =
  | { status: "anonymous" }
  | { status: "must-change-password"; actor: Actor }
  | { status: "must-enroll-2fa"; actor: Actor }
  | { status: "ok"; actor: Actor };

// Never a real path (real ones are /id/…/): platform admins reach tenants through asPlatform, not paths.
const PLATFORM_PATH = "!platform";

type SessionRow = {
  id: string;
  tenantId: string | null;
  personId: string | null;
  displayName: string;
  disabled: boolean;
  platformAdmin: boolean;
  sessionVersion: number;
  mustChangePassword: boolean;
  totpEnabled: boolean;
  tenant: { settings: unknown; archived: boolean } | null;
  roles: { role: Grant["role"]; nodeId: string; path: string; archived: boolean }[];
  follows: { nodeId: string; path: string; archived: boolean }[];
};

/**
 * Every request makes this check, so it is one round trip: app_load_sessions() (migration *_hot_path_batches)
 * sets the tenant (or the platform path) for its own statement and reads the user, roles and followed units
 * under row-level security. The checks of requests arriving together go as one call (lib/db/group-commit.ts),
 * one tenant per call.
 */
const loadSession = hotBatch<{ uid: string; tid: string | null }, SessionRow | null>({
  group: (k) => k.tid ?? "",
  run: async (batch) => {
    const uids = [...new Set(batch.map((k) => k.uid))];
    const rows = await hotQuery<{ uid: string; s: SessionRow }>("app_load_sessions", "SELECT uid, s FROM app_load_sessions($1::text, $2::text[])", [batch[0].tid, uids]);
    const byUid = new Map(rows.map((r) => [r.uid, r.s]));
    return batch.map((k) => byUid.get(k.uid) ?? null);
  },
});

export async function loadActor(
  claims: { uid: string; tid: string | null; sv: number },
  ctx: { ip?: string | null; requestId?: string; locale: Actor["locale"] },
): Promise<ActorLoad> {
  const user = await loadSession({ uid: claims.uid, tid: claims.tid });
  if (!user || user.disabled || user.sessionVersion !== claims.sv || user.tenant?.archived) return { status: "anonymous" };

  const grants: Grant[] = user.roles
    .filter((r) => !r.archived)
    .map((r) => ({ role: r.role, nodeId: r.nodeId, path: r.path }));
  if (user.platformAdmin && !user.tenantId) grants.push({ role: "PLATFORM_ADMIN", nodeId: "", path: PLATFORM_PATH });

  const actor: Actor = {
    userId: user.id,
    tenantId: user.tenantId,
    personId: user.personId,
    displayName: user.displayName,
    grants,
    followed: user.follows.filter((f) => !f.archived).map((f) => ({ nodeId: f.nodeId, path: f.path })),
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
