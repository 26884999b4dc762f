import { describe, expect, it } from "vitest";
import { loadActor } from "@/lib/auth/load-actor";
import { verifyCredentials } from "@/lib/auth/verify-credentials";
import { archiveNode } from "@/lib/org/write-nodes";
import { updateUser } from "@/lib/users/write-users";
import { createTestTenant, owner, TEST_PASSWORD } from "../factories/tenant";

const ip = () => `10.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`;

describe("sign-in", () => {
  it("accepts the right password by username or phone, and records the attempt", async () => {
    const t = await createTestTenant();
    const ok = await verifyCredentials({ login: t.usernames.tenantAdmin, password: TEST_PASSWORD, ip: ip(), userAgent: "vitest" });
    expect(ok).toMatchObject({ ok: true, user: { id: t.userIds.tenantAdmin, tenantId: t.tenantId, sessionVersion: 1 } });
    const upper = await verifyCredentials({ login: t.usernames.tenantAdmin.toUpperCase(), password: TEST_PASSWORD, ip: ip(), userAgent: null });
    expect(upper.ok).toBe(true);
    const db = owner();
    try {
      const phone = `1${Date.now().toString().slice(-10)}`;
      await db.user.update({ where: { id: t.userIds.leader }, data: { phone } });
      expect(await verifyCredentials({ login: phone, password: TEST_PASSWORD, ip: ip(), userAgent: null })).toMatchObject({ ok: true, user: { id: t.userIds.leader } });
      const events = await db.signInEvent.findMany({ where: { userId: t.userIds.tenantAdmin } });
      expect(events.map((e) => e.reason)).toEqual(["ok", "ok"]);
    } finally {
      await db.$disconnect();
    }
  });

  it("refuses a wrong password or unknown login with the same answer", async () => {
    const t = await createTestTenant();
    expect(await verifyCredentials({ login: t.usernames.leader, password: "wrong-Pass-1", ip: ip(), userAgent: null })).toEqual({ ok: false, reason: "invalid" });
    expect(await verifyCredentials({ login: `nobody-${t.tag}`, password: "wrong-Pass-1", ip: ip(), userAgent: null })).toEqual({ ok: false, reason: "invalid" });
  });

  it("blocks an account after 10 failures in 15 minutes, even with the right password, from any address", async () => {
    const t = await createTestTenant();
    for (let i = 0; i < 10; i++) {
      expect((await verifyCredentials({ login: t.usernames.reporterA, password: `bad-${i}`, ip: ip(), userAgent: null })).ok).toBe(false);
    }
    const blocked = await verifyCredentials({ login: t.usernames.reporterA, password: TEST_PASSWORD, ip: ip(), userAgent: null });
    expect(blocked).toMatchObject({ ok: false, reason: "throttled" });
    expect((blocked as { retryAfterS: number }).retryAfterS).toBeGreaterThan(60);
    // Other accounts are not affected.
    expect((await verifyCredentials({ login: t.usernames.leader, password: TEST_PASSWORD, ip: ip(), userAgent: null })).ok).toBe(true);
  });

  it("blocks an address after 10 failures across accounts", async () => {
    const t = await createTestTenant();
    const addr = ip();
    for (let i = 0; i < 10; i++) await verifyCredentials({ login: `nobody-${i}-${t.tag}`, password: "x-Bad-123", ip: addr, userAgent: null });
    expect(await verifyCredentials({ login: t.usernames.leader, password: TEST_PASSWORD, ip: addr, userAgent: null })).toMatchObject({ reason: "throttled" });
    expect((await verifyCredentials({ login: t.usernames.leader, password: TEST_PASSWORD, ip: ip(), userAgent: null })).ok).toBe(true);
  });

  it("refuses disabled accounts", async () => {
    const t = await createTestTenant();
    await updateUser({ actor: t.actors.tenantAdmin, data: { userId: t.userIds.reporterA, displayName: "reporterA", disabled: true } });
    expect(await verifyCredentials({ login: t.usernames.reporterA, password: TEST_PASSWORD, ip: ip(), userAgent: null })).toEqual({ ok: false, reason: "disabled" });
  });
});

describe("session → actor", () => {
  it("ends sessions at once when the user is disabled or the session version moves on", async () => {
    const t = await createTestTenant();
    const claims = { uid: t.userIds.reporterA, tid: t.tenantId, sv: 1 };
    expect((await loadActor(claims, { locale: "zh-CN" })).status).toBe("ok");
    await updateUser({ actor: t.actors.tenantAdmin, data: { userId: t.userIds.reporterA, displayName: "reporterA", disabled: true } });
    expect((await loadActor(claims, { locale: "zh-CN" })).status).toBe("anonymous");
    await updateUser({ actor: t.actors.tenantAdmin, data: { userId: t.userIds.reporterA, displayName: "reporterA", disabled: false } });
    // Re-enabling does not revive old sessions: the version moved on twice.
    expect((await loadActor(claims, { locale: "zh-CN" })).status).toBe("anonymous");
    expect((await loadActor({ ...claims, sv: 3 }, { locale: "zh-CN" })).status).toBe("ok");
  });

  it("never loads a user under another tenant's id", async () => {
    const t = await createTestTenant();
    const other = await createTestTenant();
    expect((await loadActor({ uid: t.userIds.tenantAdmin, tid: other.tenantId, sv: 1 }, { locale: "zh-CN" })).status).toBe("anonymous");
  });

  it("drops roles held on archived nodes", async () => {
    const t = await createTestTenant();
    await archiveNode({ actor: t.actors.tenantAdmin, data: { nodeId: t.nodes.a1.id } });
    const load = await loadActor({ uid: t.userIds.unitAdminA1, tid: t.tenantId, sv: 1 }, { locale: "zh-CN" });
    expect(load.status).toBe("ok");
    if (load.status === "ok") expect(load.actor.grants).toEqual([]);
  });

  it("reports a pending password change", async () => {
    const t = await createTestTenant();
    const db = owner();
    try {
      await db.user.update({ where: { id: t.userIds.leader }, data: { mustChangePassword: true } });
    } finally {
      await db.$disconnect();
    }
    expect((await loadActor({ uid: t.userIds.leader, tid: t.tenantId, sv: 1 }, { locale: "zh-CN" })).status).toBe("must-change-password");
  });
});
