import "server-only";
import crypto from "node:crypto";
import type { Actor } from "../access/actor";
import { AppError, invalid, notFound } from "../access/errors";
import { asPlatform } from "../access/tenant-tx";
import { audit } from "../audit/write-audit";
import { hashPassword } from "../auth/password";
import { newId } from "../ids";
import { log } from "../log";
import { kindsFor } from "../org/kind-templates";
import { childPath } from "../org/tree-rules";
import { temporaryPassword } from "../users/password-policy";
import type { CreateTenantInput } from "./schemas";

/** Every tenant with the size of its tree, roster and accounts (platform admins only). */
export async function listTenants({ actor }: { actor: Actor }) {
  return asPlatform(actor, async (tx) => {
    const rows = await tx.tenant.findMany({
      orderBy: [{ archived: "asc" }, { createdAt: "asc" }],
      select: {
        id: true,
        code: true,
        name: true,
        archived: true,
        createdAt: true,
        _count: { select: { nodes: true, people: true, users: true } },
      },
    });
    return rows.map(({ _count, ...t }) => ({ ...t, nodes: _count.nodes, people: _count.people, users: _count.users }));
  });
}

/**
 * A new tenant, ready to use: its node kinds from the template, the root node, and a first tenant admin with a
 * temporary password (shown once; changed at first sign-in). One transaction: a half-made tenant never exists.
 */
export async function createTenant({ actor, data }: { actor: Actor; data: CreateTenantInput }) {
  const temp = temporaryPassword(crypto.randomBytes);
  const passwordHash = await hashPassword(temp);
  return asPlatform(actor, async (tx) => {
    if (await tx.tenant.findFirst({ where: { code: data.code }, select: { id: true } })) {
      throw invalid("errors.validation", { code: ["validation.tenantCodeTaken"] });
    }
    const taken = await tx.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM auth_find_login(${data.adminUsername})`;
    if (taken[0].n > 0) throw invalid("errors.validation", { adminUsername: ["validation.usernameTaken"] });

    const tenantId = newId();
    await tx.tenant.create({ data: { id: tenantId, code: data.code, name: data.name } });
    // From here on the rows belong to the new tenant: row-level security checks them against app.tenant_id.
    await tx.$executeRaw`SELECT set_config('app.tenant_id', ${tenantId}, true)`;

    const kinds = kindsFor(data.template).map((k, i) => ({
      id: newId(),
      tenantId,
      code: k.code,
      name: k.name,
      nameEn: k.nameEn,
      parentCodes: k.parentCodes,
      allowRoot: !!k.allowRoot,
      holdsHouseholds: !!k.holdsHouseholds,
      isUnit: !!k.isUnit,
      sortOrder: i,
    }));
    await tx.orgKind.createMany({ data: kinds });
    const rootKind = kinds.find((k) => k.allowRoot)!;
    const rootId = newId();
    await tx.orgNode.createMany({
      data: [{ id: rootId, tenantId, kindId: rootKind.id, name: data.rootName, path: childPath(null, rootId), depth: 0 }],
    });
    const userId = newId();
    await tx.user.createMany({
      data: [{ id: userId, tenantId, username: data.adminUsername, displayName: data.adminDisplayName, passwordHash, mustChangePassword: true }],
    });
    await tx.roleAssignment.createMany({ data: [{ tenantId, userId, nodeId: rootId, role: "TENANT_ADMIN" }] });
    await audit(tx, actor, {
      action: "tenant.create",
      entityType: "Tenant",
      entityId: tenantId,
      after: { code: data.code, name: data.name, template: data.template, rootName: data.rootName, adminUsername: data.adminUsername },
    });
    return { tenantId, rootId, adminUserId: userId, adminUsername: data.adminUsername, temporaryPassword: temp };
  });
}

/** Archive (nobody of the tenant can sign in or keep a session) or restore a tenant. Its data stays. */
export async function setTenantArchived({ actor, data }: { actor: Actor; data: { tenantId: string; archived: boolean } }) {
  return asPlatform(actor, async (tx) => {
    const before = await tx.tenant.findFirst({ where: { id: data.tenantId }, select: { id: true, archived: true } });
    if (!before) throw notFound();
    if (before.archived === data.archived) return { id: before.id, archived: before.archived };
    await tx.tenant.update({ where: { id: before.id }, data: { archived: data.archived } });
    await audit(tx, actor, {
      action: data.archived ? "tenant.archive" : "tenant.restore",
      entityType: "Tenant",
      entityId: before.id,
      before: { archived: before.archived },
      after: { archived: data.archived },
    });
    return { id: before.id, archived: data.archived };
  });
}

/** A small health card: can the app reach the database, how long it takes, and how much is in it. */
export async function getPlatformHealth({ actor }: { actor: Actor }) {
  const t0 = performance.now();
  try {
    return await asPlatform(actor, async (tx) => {
      const [version] = await tx.$queryRaw<{ v: string }[]>`SELECT current_setting('server_version') AS v`;
      const latencyMs = Math.round(performance.now() - t0);
      const tenants = await tx.tenant.count({ where: { archived: false } });
      const users = await tx.user.count();
      const nodes = await tx.orgNode.count();
      const people = await tx.person.count();
      return { reachable: true as const, latencyMs, version: version.v, counts: { tenants, users, nodes, people } };
    });
  } catch (e) {
    if (e instanceof AppError) throw e;
    log.error({ err: e }, "platform health check failed");
    return { reachable: false as const, latencyMs: Math.round(performance.now() - t0), version: null, counts: null };
  }
}
