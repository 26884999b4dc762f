import crypto from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/access/actor";
import { loadActor } from "@/lib/auth/load-actor";
import { verifyCredentials } from "@/lib/auth/verify-credentials";
import { newId } from "@/lib/ids";
import { listChildren, listScopeRoots, searchNodes } from "@/lib/org/read-nodes";
import { createTenantSchema } from "@/lib/platform/schemas";
import { createTenant, getPlatformHealth, listTenants, setTenantArchived } from "@/lib/platform/tenants";
import { listUsers } from "@/lib/users/read-users";
import { createTestTenant, owner } from "../factories/tenant";

const db = owner();
let root: Actor;

beforeAll(async () => {
  const id = newId();
  await db.user.create({ data: { id, username: `root-${id.slice(0, 8)}`, displayName: "平台管理员", passwordHash: "x", platformAdmin: true } });
  const load = await loadActor({ uid: id, tid: null, sv: 1 }, { locale: "zh-CN" });
  if (load.status !== "ok") throw new Error("platform admin did not load");
  root = load.actor;
});
afterAll(() => db.$disconnect());

const input = (tag = crypto.randomBytes(3).toString("hex")) =>
  createTenantSchema.parse({
    code: `New-${tag}`,
    name: `新区总工会${tag}`,
    template: "union",
    rootName: `新区总工会${tag}`,
    adminUsername: `admin-${tag}`,
    adminDisplayName: "新管理员",
  });

describe("platform tenants", () => {
  it("creates a tenant whose first admin loads with a pending password change and sees only the new tenant", async () => {
    const existing = await createTestTenant();
    const data = input();
    expect(data.code).toBe(data.code.toLowerCase());
    const res = await createTenant({ actor: root, data });

    const tenant = await db.tenant.findUniqueOrThrow({ where: { id: res.tenantId }, include: { kinds: true, nodes: true, users: { include: { roles: true } } } });
    expect(tenant.kinds.map((k) => k.code).sort()).toEqual(["district_union", "grassroots_union", "leading_group", "party_branch", "pilot_unit", "workplace"]);
    expect(tenant.nodes).toHaveLength(1);
    expect(tenant.nodes[0]).toMatchObject({ name: data.rootName, parentId: null, depth: 0, path: `/${res.rootId}/` });
    expect(tenant.users).toHaveLength(1);
    expect(tenant.users[0]).toMatchObject({ username: data.adminUsername, mustChangePassword: true });
    expect(tenant.users[0].roles.map((r) => [r.role, r.nodeId])).toEqual([["TENANT_ADMIN", res.rootId]]);

    const load = await loadActor({ uid: res.adminUserId, tid: res.tenantId, sv: 1 }, { locale: "zh-CN" });
    expect(load.status).toBe("must-change-password");
    if (load.status === "anonymous") return;
    const admin = load.actor;
    expect(admin.tenantId).toBe(res.tenantId);
    expect((await listScopeRoots({ actor: admin })).map((n) => n.id)).toEqual([res.rootId]);
    expect((await searchNodes({ actor: admin, q: "" })).map((n) => n.id)).toEqual([res.rootId]);
    expect((await listUsers({ actor: admin })).rows.map((u) => u.id)).toEqual([res.adminUserId]);
    await expect(listChildren({ actor: admin, nodeId: existing.nodes.root.id })).rejects.toMatchObject({ code: "NOT_FOUND" });

    // The temporary password signs in (and records the time of it).
    const signIn = await verifyCredentials({ login: data.adminUsername, password: res.temporaryPassword, ip: "127.0.0.1", userAgent: "vitest" });
    expect(signIn).toMatchObject({ ok: true, user: { id: res.adminUserId, tenantId: res.tenantId, mustChangePassword: true } });
    expect((await db.user.findUniqueOrThrow({ where: { id: res.adminUserId } })).lastSignInAt).not.toBeNull();

    const audit = await db.auditLog.findFirstOrThrow({ where: { entityId: res.tenantId } });
    expect(audit).toMatchObject({ tenantId: null, action: "tenant.create", actorUserId: root.userId });
    expect(JSON.stringify(audit.after)).not.toContain(res.temporaryPassword);

    const listed = (await listTenants({ actor: root })).find((t) => t.id === res.tenantId);
    expect(listed).toMatchObject({ nodes: 1, people: 0, users: 1, archived: false });
    const theirs = (await listTenants({ actor: root })).find((t) => t.id === existing.tenantId);
    expect(theirs).toMatchObject({ nodes: 8, people: 6, users: 8 });
  });

  it("refuses a taken code or username and leaves nothing half made", async () => {
    const first = input();
    await createTenant({ actor: root, data: first });
    const second = input();
    const third = input();
    await expect(createTenant({ actor: root, data: { ...second, code: first.code } })).rejects.toMatchObject({ code: "VALIDATION", fieldErrors: { code: ["validation.tenantCodeTaken"] } });
    await expect(createTenant({ actor: root, data: { ...third, adminUsername: first.adminUsername } })).rejects.toMatchObject({ code: "VALIDATION", fieldErrors: { adminUsername: ["validation.usernameTaken"] } });
    expect(await db.tenant.count({ where: { OR: [{ name: second.name }, { code: third.code }] } })).toBe(0);
    expect(await db.user.count({ where: { username: second.adminUsername } })).toBe(0);
    expect(await db.tenant.count({ where: { code: first.code } })).toBe(1);
    expect(createTenantSchema.safeParse({ ...first, code: "1abc" }).success).toBe(false);
    expect(createTenantSchema.safeParse({ ...first, template: "galaxy" }).success).toBe(false);
  });

  it("is the platform admin's alone", async () => {
    const t = await createTestTenant();
    const data = input();
    await expect(createTenant({ actor: t.actors.tenantAdmin, data })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(listTenants({ actor: t.actors.tenantAdmin })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(setTenantArchived({ actor: t.actors.tenantAdmin, data: { tenantId: t.tenantId, archived: true } })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(getPlatformHealth({ actor: t.actors.tenantAdmin })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await db.tenant.count({ where: { code: data.code } })).toBe(0);
    expect((await db.tenant.findUniqueOrThrow({ where: { id: t.tenantId } })).archived).toBe(false);
  });

  it("archiving a tenant ends its sessions and refuses sign-in until it is restored", async () => {
    const t = await createTestTenant();
    const claims = { uid: t.userIds.unitAdminA, tid: t.tenantId, sv: 1 };
    await setTenantArchived({ actor: root, data: { tenantId: t.tenantId, archived: true } });
    expect((await loadActor(claims, { locale: "zh-CN" })).status).toBe("anonymous");
    const refused = await verifyCredentials({ login: t.usernames.unitAdminA, password: "test-Pass-123!", ip: "127.0.0.2", userAgent: null });
    expect(refused).toEqual({ ok: false, reason: "disabled" });
    expect(await db.signInEvent.findFirst({ where: { userId: claims.uid }, orderBy: { id: "desc" } })).toMatchObject({ success: false, reason: "tenant_archived" });
    await setTenantArchived({ actor: root, data: { tenantId: t.tenantId, archived: false } });
    expect((await loadActor(claims, { locale: "zh-CN" })).status).toBe("ok");
    expect((await db.auditLog.findMany({ where: { entityId: t.tenantId }, orderBy: { id: "asc" } })).map((a) => [a.action, a.tenantId])).toEqual([
      ["tenant.archive", null],
      ["tenant.restore", null],
    ]);
    await expect(setTenantArchived({ actor: root, data: { tenantId: "nosuchtenant", archived: true } })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("reports the database as reachable with counts", async () => {
    const h = await getPlatformHealth({ actor: root });
    expect(h.reachable).toBe(true);
    expect(h.counts!.tenants).toBeGreaterThan(0);
    expect(h.counts!.users).toBeGreaterThan(0);
  });
});
