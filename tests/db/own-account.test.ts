import { afterAll, describe, expect, it } from "vitest";
import zh from "@/lib/i18n/messages/zh-CN/validation.json";
import en from "@/lib/i18n/messages/en/validation.json";
import { loadActor } from "@/lib/auth/load-actor";
import { verifyPassword } from "@/lib/auth/password";
import { changeOwnPassword, getMyAccount, listMySignIns, setMyLocale, signOutEverywhere } from "@/lib/users/own-account";
import { verifyCredentials } from "@/lib/auth/verify-credentials";
import { createTestTenant, owner, TEST_PASSWORD } from "../factories/tenant";

const db = owner();
afterAll(() => db.$disconnect());

const lookup = (messages: unknown, key: string) => key.split(".").reduce<unknown>((o, k) => (o as Record<string, unknown> | undefined)?.[k], messages);

async function refusal(p: Promise<unknown>, field: string) {
  const err = (await p.then(() => null, (e) => e)) as { code: string; fieldErrors: Record<string, string[]> } | null;
  expect(err?.code).toBe("VALIDATION");
  const [key] = err!.fieldErrors[field];
  // Every refusal is a sentence in both languages.
  expect(typeof lookup({ validation: zh }, key)).toBe("string");
  expect(typeof lookup({ validation: en }, key)).toBe("string");
  return key;
}

describe("one's own account", () => {
  it("refuses passwords against the policy with a message per reason, and a wrong current password", async () => {
    const t = await createTestTenant();
    const actor = t.actors.member;
    const change = (currentPassword: string, newPassword: string) => changeOwnPassword({ actor, data: { currentPassword, newPassword } });
    expect(await refusal(change("wrong-Pass-1!", "Fresh-Orchid-72!"), "currentPassword")).toBe("validation.currentPasswordWrong");
    expect(await refusal(change(TEST_PASSWORD, "Ab1!x"), "newPassword")).toBe("validation.password.short");
    expect(await refusal(change(TEST_PASSWORD, "orchidlake7"), "newPassword")).toBe("validation.password.kinds");
    expect(await refusal(change(TEST_PASSWORD, `Q9!${t.usernames.member}`), "newPassword")).toBe("validation.password.containsLogin");
    expect(await refusal(change(TEST_PASSWORD, "Password123!"), "newPassword")).toBe("validation.password.common");
    expect(await refusal(change(TEST_PASSWORD, TEST_PASSWORD), "newPassword")).toBe("validation.password.reused");
    const row = await db.user.findUniqueOrThrow({ where: { id: t.userIds.member } });
    expect(row.sessionVersion).toBe(1);
    expect(await verifyPassword(row.passwordHash, TEST_PASSWORD)).toBe(true);
    expect(await db.auditLog.count({ where: { entityId: t.userIds.member } })).toBe(0);
  });

  it("changes the password, ends the other sessions, and refuses any of the last five again", async () => {
    const t = await createTestTenant();
    const uid = t.userIds.reporterA;
    const claims = { uid, tid: t.tenantId, sv: 1 };
    const actor = t.actors.reporterA;
    const passwords = ["Violet-Harbor-41!", "Copper-Meadow-52!", "Silent-Forest-63!", "Amber-Canyon-74!", "Lunar-Thicket-85!"];
    let current = TEST_PASSWORD;
    for (const next of passwords) {
      await changeOwnPassword({ actor, data: { currentPassword: current, newPassword: next } });
      current = next;
    }
    const row = await db.user.findUniqueOrThrow({ where: { id: uid } });
    expect(row).toMatchObject({ sessionVersion: 6, mustChangePassword: false });
    expect(row.previousHashes).toHaveLength(5);
    expect((await loadActor(claims, { locale: "zh-CN" })).status).toBe("anonymous");
    expect((await loadActor({ ...claims, sv: 6 }, { locale: "zh-CN" })).status).toBe("ok");
    // The original and each of the four in between are all still in the history.
    for (const old of [TEST_PASSWORD, ...passwords.slice(0, 4)]) {
      expect(await refusal(changeOwnPassword({ actor, data: { currentPassword: current, newPassword: old } }), "newPassword")).toBe("validation.password.reused");
    }
    // One more change pushes the original out of the last five.
    await changeOwnPassword({ actor, data: { currentPassword: current, newPassword: "Cobalt-Summit-96!" } });
    await changeOwnPassword({ actor, data: { currentPassword: "Cobalt-Summit-96!", newPassword: TEST_PASSWORD } });
    const audits = await db.auditLog.findMany({ where: { entityId: uid } });
    expect(audits.map((a) => a.action)).toEqual(Array(7).fill("user.changePassword"));
    expect(audits.every((a) => a.after === null && a.before === null)).toBe(true);
  });

  it("clears the forced change, signs out everywhere, keeps a language and shows the sign-in history", async () => {
    const t = await createTestTenant();
    const uid = t.userIds.unitAdminB;
    await db.user.update({ where: { id: uid }, data: { mustChangePassword: true } });
    await verifyCredentials({ login: t.usernames.unitAdminB, password: "nope-Nope-1!", ip: "10.0.0.1", userAgent: "UA-1" });
    await verifyCredentials({ login: t.usernames.unitAdminB, password: TEST_PASSWORD, ip: "10.0.0.2", userAgent: "UA-2" });
    const load = await loadActor({ uid, tid: t.tenantId, sv: 1 }, { locale: "zh-CN" });
    expect(load.status).toBe("must-change-password");
    if (load.status === "anonymous") return;
    await changeOwnPassword({ actor: load.actor, data: { currentPassword: TEST_PASSWORD, newPassword: "Granite-Willow-27!" } });
    const actor = (await loadActor({ uid, tid: t.tenantId, sv: 2 }, { locale: "zh-CN" }));
    expect(actor.status).toBe("ok");
    if (actor.status !== "ok") return;

    const history = await listMySignIns({ actor: actor.actor });
    expect(history.map((h) => [h.success, h.reason, h.ip, h.userAgent])).toEqual([
      [true, "ok", "10.0.0.2", "UA-2"],
      [false, "bad_password", "10.0.0.1", "UA-1"],
    ]);
    // Someone else's history never shows.
    expect(await listMySignIns({ actor: t.actors.unitAdminA })).toEqual([]);

    await setMyLocale({ actor: actor.actor, locale: "en" });
    const me = await getMyAccount({ actor: actor.actor });
    expect(me).toMatchObject({ username: t.usernames.unitAdminB, locale: "en" });
    expect(me.roles.map((r) => [r.role, r.node.name])).toEqual([["UNIT_ADMIN", "乙街道"]]);

    await signOutEverywhere({ actor: actor.actor });
    expect((await loadActor({ uid, tid: t.tenantId, sv: 2 }, { locale: "zh-CN" })).status).toBe("anonymous");
    expect((await db.auditLog.findMany({ where: { entityId: uid }, orderBy: { id: "asc" } })).map((a) => a.action)).toEqual([
      "user.changePassword",
      "user.signOutEverywhere",
    ]);
  });

  it("works for the platform admin, who has no tenant", async () => {
    const id = `p${Date.now().toString(36)}`;
    const { hashPassword } = await import("@/lib/auth/password");
    await db.user.create({ data: { id, username: `root-${id}`, displayName: "平台", passwordHash: await hashPassword(TEST_PASSWORD), platformAdmin: true } });
    const load = await loadActor({ uid: id, tid: null, sv: 1 }, { locale: "zh-CN" });
    if (load.status !== "ok") throw new Error("no platform actor");
    expect((await getMyAccount({ actor: load.actor })).roles).toEqual([]);
    await changeOwnPassword({ actor: load.actor, data: { currentPassword: TEST_PASSWORD, newPassword: "Harbor-Lantern-38!" } });
    await signOutEverywhere({ actor: load.actor });
    expect((await db.user.findUniqueOrThrow({ where: { id } })).sessionVersion).toBe(3);
    expect(await db.auditLog.count({ where: { entityId: id, tenantId: null } })).toBe(2);
  });
});
