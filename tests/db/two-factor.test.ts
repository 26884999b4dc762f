import { describe, expect, it } from "vitest";
import { currentCode } from "@/lib/auth/totp";
import { loadActor } from "@/lib/auth/load-actor";
import { verifyCredentials } from "@/lib/auth/verify-credentials";
import { beginTotpEnrolment, confirmTotpEnrolment, disableOwnTotp, resetUserTotp } from "@/lib/users/two-factor";
import { createTestTenant, owner, TEST_PASSWORD } from "../factories/tenant";

const ip = () => `10.9.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`;

describe("two-factor sign-in", () => {
  it("enrols with a QR and a first code, then asks for a code at sign-in and never accepts one twice", async () => {
    const t = await createTestTenant();
    const actor = t.actors.unitAdminA;
    const { secret, svg, uri } = await beginTotpEnrolment({ actor });
    expect(svg).toContain("<svg");
    expect(uri).toMatch(/^otpauth:\/\/totp\//);
    await expect(confirmTotpEnrolment({ actor, code: "000000" })).rejects.toMatchObject({ fieldErrors: { code: ["validation.totpWrong"] } });
    const { recoveryCodes } = await confirmTotpEnrolment({ actor, code: await currentCode(secret, Math.floor(Date.now() / 1000) - 30) });
    expect(recoveryCodes).toHaveLength(10);

    const login = t.usernames.unitAdminA;
    expect(await verifyCredentials({ login, password: TEST_PASSWORD, ip: ip(), userAgent: null })).toEqual({ ok: false, reason: "totp_required" });
    expect(await verifyCredentials({ login, password: TEST_PASSWORD, totp: "123456", ip: ip(), userAgent: null })).toEqual({ ok: false, reason: "totp_invalid" });
    const code = await currentCode(secret);
    expect((await verifyCredentials({ login, password: TEST_PASSWORD, totp: code, ip: ip(), userAgent: null })).ok).toBe(true);
    // The same code again (a replay) is refused.
    expect(await verifyCredentials({ login, password: TEST_PASSWORD, totp: code, ip: ip(), userAgent: null })).toEqual({ ok: false, reason: "totp_invalid" });
    // A recovery code works once.
    expect((await verifyCredentials({ login, password: TEST_PASSWORD, totp: recoveryCodes[0], ip: ip(), userAgent: null })).ok).toBe(true);
    expect((await verifyCredentials({ login, password: TEST_PASSWORD, totp: recoveryCodes[0], ip: ip(), userAgent: null })).ok).toBe(false);

    const db = owner();
    try {
      const row = await db.user.findUnique({ where: { id: t.userIds.unitAdminA } });
      // The secret is stored sealed, never in the clear.
      expect(row!.totpSecretEnc).not.toContain(secret);
      expect(row!.recoveryCodeHashes).toHaveLength(9);
    } finally {
      await db.$disconnect();
    }
    await expect(disableOwnTotp({ actor, password: "wrong" })).rejects.toMatchObject({ code: "VALIDATION" });
    await disableOwnTotp({ actor, password: TEST_PASSWORD });
    expect((await verifyCredentials({ login, password: TEST_PASSWORD, ip: ip(), userAgent: null })).ok).toBe(true);
  });

  it("is required of tenant admins when the tenant turns it on, and an admin can reset a user's factor", async () => {
    const t = await createTestTenant();
    const db = owner();
    try {
      await db.tenant.update({ where: { id: t.tenantId }, data: { settings: { require2faForAdmins: true } } });
    } finally {
      await db.$disconnect();
    }
    expect((await loadActor({ uid: t.userIds.tenantAdmin, tid: t.tenantId, sv: 1 }, { locale: "zh-CN" })).status).toBe("must-enroll-2fa");
    expect((await loadActor({ uid: t.userIds.unitAdminA, tid: t.tenantId, sv: 1 }, { locale: "zh-CN" })).status).toBe("ok");

    const { secret } = await beginTotpEnrolment({ actor: t.actors.unitAdminA1 });
    await confirmTotpEnrolment({ actor: t.actors.unitAdminA1, code: await currentCode(secret) });
    await expect(resetUserTotp({ actor: t.actors.unitAdminB, data: { userId: t.userIds.unitAdminA1 } })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await resetUserTotp({ actor: t.actors.unitAdminA, data: { userId: t.userIds.unitAdminA1 } });
    expect((await loadActor({ uid: t.userIds.unitAdminA1, tid: t.tenantId, sv: 1 }, { locale: "zh-CN" })).status).toBe("anonymous");
    expect((await verifyCredentials({ login: t.usernames.unitAdminA1, password: TEST_PASSWORD, ip: ip(), userAgent: null })).ok).toBe(true);
  });
});
