import { afterAll, describe, expect, it } from "vitest";
import { loadActor } from "@/lib/auth/load-actor";
import { verifyPassword } from "@/lib/auth/password";
import { getUser, listUsers } from "@/lib/users/read-users";
import {
  assignRole,
  createUser,
  deleteUser,
  grantableRoles,
  removeRole,
  resetUserPassword,
  setFollowedUnits,
  signOutUserEverywhere,
  updateUser,
} from "@/lib/users/write-users";
import { checkPasswordPolicy } from "@/lib/users/password-policy";
import { createTestTenant, owner, type TestTenant } from "../factories/tenant";

const db = owner();
afterAll(() => db.$disconnect());

const auditOf = (entityId: string) => db.auditLog.findMany({ where: { entityId }, orderBy: { id: "asc" } });
const reload = async (t: TestTenant, key: keyof TestTenant["actors"]) => {
  const u = await db.user.findUniqueOrThrow({ where: { id: t.userIds[key] }, select: { sessionVersion: true } });
  const load = await loadActor({ uid: t.userIds[key], tid: t.tenantId, sv: u.sessionVersion }, { locale: "zh-CN" });
  if (load.status === "anonymous") throw new Error("anonymous");
  return load.actor;
};

describe("creating accounts", () => {
  it("creates an account with a temporary password that must be changed, and audits it on the node", async () => {
    const t = await createTestTenant();
    const res = await createUser({
      actor: t.actors.unitAdminA,
      data: { username: `new-${t.tag}`, displayName: "新填报员", phone: null, personId: null, role: "REPORTER", nodeId: t.nodes.a1.id },
    });
    expect(checkPasswordPolicy(res.temporaryPassword)).toEqual({ ok: true });
    const row = await db.user.findUniqueOrThrow({ where: { id: res.id }, include: { roles: true } });
    expect(row).toMatchObject({ tenantId: t.tenantId, mustChangePassword: true, username: `new-${t.tag}` });
    expect(await verifyPassword(row.passwordHash, res.temporaryPassword)).toBe(true);
    expect(row.roles.map((r) => [r.role, r.nodeId])).toEqual([["REPORTER", t.nodes.a1.id]]);
    const load = await loadActor({ uid: res.id, tid: t.tenantId, sv: 1 }, { locale: "zh-CN" });
    expect(load.status).toBe("must-change-password");
    const audits = await auditOf(res.id);
    expect(audits).toHaveLength(1);
    expect(audits[0]).toMatchObject({ action: "user.create", nodeId: t.nodes.a1.id, actorUserId: t.userIds.unitAdminA, tenantId: t.tenantId });
    expect(JSON.stringify(audits[0].after)).not.toContain(res.temporaryPassword);
  });

  it("a unit admin may not grant TENANT_ADMIN or LEADER, nor grant outside their subtree", async () => {
    const t = await createTestTenant();
    expect(grantableRoles(t.actors.unitAdminA).sort()).toEqual(["MEMBER", "REPORTER", "STATION_OPERATOR", "SUPERVISOR", "UNIT_ADMIN"]);
    for (const role of ["TENANT_ADMIN", "LEADER", "REPRESENTATIVE"] as const) {
      await expect(
        createUser({ actor: t.actors.unitAdminA, data: { username: `x-${role.toLowerCase()}-${t.tag}`, displayName: "x", phone: null, personId: null, role, nodeId: t.nodes.a.id } }),
      ).rejects.toMatchObject({ code: "FORBIDDEN", messageKey: "errors.cannotGrantRole" });
    }
    // Beside (b) and above (root): not even visible.
    for (const nodeId of [t.nodes.b.id, t.nodes.root.id]) {
      await expect(
        createUser({ actor: t.actors.unitAdminA, data: { username: `y-${t.tag}`, displayName: "y", phone: null, personId: null, role: "REPORTER", nodeId } }),
      ).rejects.toMatchObject({ code: "NOT_FOUND" });
    }
    // Granting an existing account a role it may not hand out.
    await expect(
      assignRole({ actor: t.actors.unitAdminA, data: { userId: t.userIds.unitAdminA1, nodeId: t.nodes.a1.id, role: "LEADER" } }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await db.user.count({ where: { tenantId: t.tenantId } })).toBe(8);
    expect(await db.roleAssignment.count({ where: { userId: t.userIds.unitAdminA1 } })).toBe(1);
  });
});

describe("scope of account management", () => {
  it("a unit admin neither sees nor manages accounts above or beside their subtree", async () => {
    const t = await createTestTenant();
    const other = await createTestTenant();
    const a1 = t.actors.unitAdminA1;
    for (const key of ["unitAdminA", "unitAdminB", "tenantAdmin", "leader"] as const) {
      await expect(getUser({ actor: a1, userId: t.userIds[key] })).rejects.toMatchObject({ code: "NOT_FOUND" });
      await expect(updateUser({ actor: a1, data: { userId: t.userIds[key], displayName: "改名", disabled: true } })).rejects.toMatchObject({ code: "NOT_FOUND" });
      await expect(resetUserPassword({ actor: a1, data: { userId: t.userIds[key] } })).rejects.toMatchObject({ code: "NOT_FOUND" });
      await expect(signOutUserEverywhere({ actor: a1, data: { userId: t.userIds[key] } })).rejects.toMatchObject({ code: "NOT_FOUND" });
      await expect(deleteUser({ actor: a1, data: { userId: t.userIds[key] } })).rejects.toMatchObject({ code: "NOT_FOUND" });
    }
    await expect(getUser({ actor: t.actors.tenantAdmin, userId: other.userIds.member })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(deleteUser({ actor: t.actors.tenantAdmin, data: { userId: other.userIds.member } })).rejects.toMatchObject({ code: "NOT_FOUND" });

    const untouched = await db.user.findMany({ where: { id: { in: [t.userIds.unitAdminA, t.userIds.unitAdminB, other.userIds.member] } } });
    expect(untouched.map((u) => [u.displayName === "改名", u.disabled, u.sessionVersion])).toEqual(untouched.map(() => [false, false, 1]));
    expect(await db.auditLog.count({ where: { tenantId: { in: [t.tenantId, other.tenantId] } } })).toBe(0);

    const list = await listUsers({ actor: a1 });
    const ids = list.rows.map((r) => r.id);
    expect(ids).toContain(t.userIds.member);
    expect(ids).toContain(t.userIds.unitAdminA1);
    expect(ids).not.toContain(t.userIds.unitAdminA);
    expect(ids).not.toContain(t.userIds.unitAdminB);
  });

  it("a unit admin manages an account inside their subtree; a leader may read but not manage", async () => {
    const t = await createTestTenant();
    const view = await getUser({ actor: t.actors.unitAdminA, userId: t.userIds.unitAdminA1 });
    expect(view.canManage).toBe(true);
    await updateUser({ actor: t.actors.unitAdminA, data: { userId: t.userIds.unitAdminA1, displayName: "甲一管理员", disabled: false } });
    expect((await db.user.findUniqueOrThrow({ where: { id: t.userIds.unitAdminA1 } })).displayName).toBe("甲一管理员");
    const audits = await auditOf(t.userIds.unitAdminA1);
    expect(audits.map((a) => a.action)).toEqual(["user.update"]);
    expect(audits[0]).toMatchObject({ nodeId: t.nodes.a1.id, before: { displayName: "unitAdminA1", disabled: false }, after: { displayName: "甲一管理员", disabled: false } });

    const leaderView = await getUser({ actor: t.actors.leader, userId: t.userIds.unitAdminA1 });
    expect(leaderView.canManage).toBe(false);
    await expect(updateUser({ actor: t.actors.leader, data: { userId: t.userIds.unitAdminA1, displayName: "x", disabled: false } })).rejects.toMatchObject({ code: "FORBIDDEN" });
    // A phone number never leaves the data layer unmasked.
    await db.user.update({ where: { id: t.userIds.unitAdminA1 }, data: { phone: "13812345678" } });
    expect((await getUser({ actor: t.actors.unitAdminA, userId: t.userIds.unitAdminA1 })).phone).toBe("138****5678");
  });
});

describe("sessions, roles and follows", () => {
  it("disabling bumps the session version so the old session is anonymous; enabling does not revive it", async () => {
    const t = await createTestTenant();
    const claims = { uid: t.userIds.unitAdminA1, tid: t.tenantId, sv: 1 };
    expect((await loadActor(claims, { locale: "zh-CN" })).status).toBe("ok");
    await updateUser({ actor: t.actors.unitAdminA, data: { userId: claims.uid, displayName: "unitAdminA1", disabled: true } });
    const row = await db.user.findUniqueOrThrow({ where: { id: claims.uid } });
    expect(row).toMatchObject({ disabled: true, sessionVersion: 2 });
    expect((await loadActor(claims, { locale: "zh-CN" })).status).toBe("anonymous");
    expect((await loadActor({ ...claims, sv: 2 }, { locale: "zh-CN" })).status).toBe("anonymous");
    await updateUser({ actor: t.actors.unitAdminA, data: { userId: claims.uid, displayName: "unitAdminA1", disabled: false } });
    expect((await loadActor(claims, { locale: "zh-CN" })).status).toBe("anonymous");
    expect((await loadActor({ ...claims, sv: 3 }, { locale: "zh-CN" })).status).toBe("ok");
    expect((await auditOf(claims.uid)).map((a) => a.action)).toEqual(["user.disable", "user.enable"]);
    await expect(updateUser({ actor: t.actors.unitAdminA, data: { userId: t.userIds.unitAdminA, displayName: "x", disabled: true } })).rejects.toMatchObject({ code: "CONFLICT" });
  });

  it("resetting a password and signing out everywhere end the sessions and are audited", async () => {
    const t = await createTestTenant();
    const uid = t.userIds.reporterA;
    const { temporaryPassword } = await resetUserPassword({ actor: t.actors.unitAdminA, data: { userId: uid } });
    let row = await db.user.findUniqueOrThrow({ where: { id: uid } });
    expect(row).toMatchObject({ mustChangePassword: true, sessionVersion: 2 });
    expect(await verifyPassword(row.passwordHash, temporaryPassword)).toBe(true);
    await signOutUserEverywhere({ actor: t.actors.unitAdminA, data: { userId: uid } });
    row = await db.user.findUniqueOrThrow({ where: { id: uid } });
    expect(row.sessionVersion).toBe(3);
    expect((await auditOf(uid)).map((a) => [a.action, a.nodeId])).toEqual([
      ["user.resetPassword", t.nodes.a.id],
      ["user.signOutEverywhere", t.nodes.a.id],
    ]);
  });

  it("assigns and removes roles inside the scope, refusing roles the actor could not grant", async () => {
    const t = await createTestTenant();
    const uid = t.userIds.unitAdminA1;
    const { id } = await assignRole({ actor: t.actors.unitAdminA, data: { userId: uid, nodeId: t.nodes.a1c.id, role: "REPORTER" } });
    expect((await loadActor({ uid, tid: t.tenantId, sv: 1 }, { locale: "zh-CN" })).status).toBe("ok");
    await removeRole({ actor: t.actors.unitAdminA, data: { userId: uid, assignmentId: id } });
    expect(await db.roleAssignment.findUnique({ where: { id } })).toBeNull();
    const audits = await db.auditLog.findMany({ where: { entityId: id }, orderBy: { id: "asc" } });
    expect(audits.map((a) => [a.action, a.nodeId])).toEqual([
      ["role.assign", t.nodes.a1c.id],
      ["role.remove", t.nodes.a1c.id],
    ]);
    // The tenant admin's role on the root may not be removed by a unit admin (not even visible to them).
    const adminRole = await db.roleAssignment.findFirstOrThrow({ where: { userId: t.userIds.tenantAdmin } });
    await expect(removeRole({ actor: t.actors.unitAdminA, data: { userId: t.userIds.tenantAdmin, assignmentId: adminRole.id } })).rejects.toMatchObject({ code: "NOT_FOUND" });
    // Nor its own TENANT_ADMIN role by the tenant admin.
    await expect(removeRole({ actor: t.actors.tenantAdmin, data: { userId: t.userIds.tenantAdmin, assignmentId: adminRole.id } })).rejects.toMatchObject({ code: "CONFLICT" });
    expect(await db.roleAssignment.findUnique({ where: { id: adminRole.id } })).not.toBeNull();
  });

  it("sets a representative's followed units only with nodes in the actor's scope", async () => {
    const t = await createTestTenant();
    const other = await createTestTenant();
    const rep = t.userIds.representative;
    await setFollowedUnits({ actor: t.actors.tenantAdmin, data: { userId: rep, nodeIds: [t.nodes.a1.id, t.nodes.b1.id] } });
    const follows = async (uid: string) => (await db.representativeFollow.findMany({ where: { userId: uid } })).map((f) => f.nodeId).sort();
    expect(await follows(rep)).toEqual([t.nodes.a1.id, t.nodes.b1.id].sort());
    const repActor = await reload(t, "representative");
    expect(repActor.followed.map((f) => f.nodeId).sort()).toEqual([t.nodes.a1.id, t.nodes.b1.id].sort());

    await expect(setFollowedUnits({ actor: t.actors.tenantAdmin, data: { userId: rep, nodeIds: [t.nodes.a1.id, other.nodes.a.id] } })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await follows(rep)).toEqual([t.nodes.a1.id, t.nodes.b1.id].sort());

    // A representative whose role sits inside a: the unit admin of a manages them, but only with a's units.
    const created = await createUser({ actor: t.actors.tenantAdmin, data: { username: `rep2-${t.tag}`, displayName: "代表二", phone: null, personId: null, role: "REPRESENTATIVE", nodeId: t.nodes.a.id } });
    await expect(setFollowedUnits({ actor: t.actors.unitAdminA, data: { userId: created.id, nodeIds: [t.nodes.b1.id] } })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(setFollowedUnits({ actor: t.actors.unitAdminA, data: { userId: rep, nodeIds: [t.nodes.a1.id] } })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await setFollowedUnits({ actor: t.actors.unitAdminA, data: { userId: created.id, nodeIds: [t.nodes.a1.id, t.nodes.a1c.id] } });
    expect(await follows(created.id)).toEqual([t.nodes.a1.id, t.nodes.a1c.id].sort());
    expect(await follows(rep)).toEqual([t.nodes.a1.id, t.nodes.b1.id].sort());
    // Only representatives follow units.
    await expect(setFollowedUnits({ actor: t.actors.unitAdminA, data: { userId: t.userIds.unitAdminA1, nodeIds: [t.nodes.a1.id] } })).rejects.toMatchObject({ code: "VALIDATION" });

    const audits = await db.auditLog.findMany({ where: { action: "user.follows", tenantId: t.tenantId }, orderBy: { id: "asc" } });
    expect(audits.map((a) => [a.entityId, a.before, a.after])).toEqual([
      [rep, [t.nodes.a1.id], [t.nodes.a1.id, t.nodes.b1.id]], // the factory's representative follows a1
      [created.id, [], [t.nodes.a1.id, t.nodes.a1c.id]],
    ]);
  });

  it("deletes an account inside the scope (never one's own) and audits it", async () => {
    const t = await createTestTenant();
    await expect(deleteUser({ actor: t.actors.unitAdminA, data: { userId: t.userIds.unitAdminA } })).rejects.toMatchObject({ code: "CONFLICT" });
    await deleteUser({ actor: t.actors.unitAdminA, data: { userId: t.userIds.reporterA } });
    expect(await db.user.findUnique({ where: { id: t.userIds.reporterA } })).toBeNull();
    const [row] = await auditOf(t.userIds.reporterA);
    expect(row).toMatchObject({ action: "user.delete", nodeId: t.nodes.a.id, before: { username: t.usernames.reporterA, roles: ["REPORTER"] } });
  });
});
