import { afterAll, describe, expect, it } from "vitest";
import { listAuditEntityTypes, listAuditLog } from "@/lib/audit/read-audit";
import { auditFiltersSchema } from "@/lib/audit/schemas";
import { signOutEverywhere } from "@/lib/users/own-account";
import { createUser, updateUser } from "@/lib/users/write-users";
import { createTestTenant, owner } from "../factories/tenant";

const db = owner();
afterAll(() => db.$disconnect());

async function scenario() {
  const t = await createTestTenant();
  const other = await createTestTenant();
  const mk = (actor: typeof t.actors.unitAdminA, nodeId: string, username: string) =>
    createUser({ actor, data: { username, displayName: username, phone: null, personId: null, role: "REPORTER", nodeId } });
  const inA1 = await mk(t.actors.unitAdminA, t.nodes.a1.id, `in-a1-${t.tag}`);
  const onA = await mk(t.actors.unitAdminA, t.nodes.a.id, `on-a-${t.tag}`);
  const inB1 = await mk(t.actors.unitAdminB, t.nodes.b1.id, `in-b1-${t.tag}`);
  const atRoot = await mk(t.actors.tenantAdmin, t.nodes.root.id, `at-root-${t.tag}`);
  await signOutEverywhere({ actor: t.actors.tenantAdmin }); // an account-level row with no node
  const elsewhere = await mk(other.actors.unitAdminA, other.nodes.a1.id, `in-a1-${other.tag}`);
  return { t, other, ids: { inA1: inA1.id, onA: onA.id, inB1: inB1.id, atRoot: atRoot.id, elsewhere: elsewhere.id } };
}

describe("reading the audit log", () => {
  it("a unit admin sees their subtree's rows only: never a sibling's, never node-less rows, never another tenant's", async () => {
    const { t, ids } = await scenario();
    const res = await listAuditLog({ actor: t.actors.unitAdminA, page: 1, pageSize: 100 });
    expect(res.rows.map((r) => r.entityId).sort()).toEqual([ids.inA1, ids.onA].sort());
    expect(res.total).toBe(2);
    expect(res.rows.every((r) => r.nodeId === t.nodes.a.id || r.nodeId === t.nodes.a1.id)).toBe(true);
    const row = res.rows.find((r) => r.entityId === ids.inA1)!;
    expect(row).toMatchObject({ action: "user.create", actorUsername: t.usernames.unitAdminA, actorDisplayName: "unitAdminA", nodeName: "甲一社区" });

    const deeper = await listAuditLog({ actor: t.actors.unitAdminA1, page: 1 });
    expect(deeper.rows.map((r) => r.entityId)).toEqual([ids.inA1]);

    const sibling = await listAuditLog({ actor: t.actors.unitAdminB, page: 1 });
    expect(sibling.rows.map((r) => r.entityId)).toEqual([ids.inB1]);
  });

  it("the tenant admin and the leader see the whole tenant, node-less rows included, and nothing of another tenant", async () => {
    const { t, other, ids } = await scenario();
    for (const actor of [t.actors.tenantAdmin, t.actors.leader]) {
      const res = await listAuditLog({ actor, page: 1, pageSize: 100 });
      const entities = res.rows.map((r) => r.entityId);
      expect(entities.sort()).toEqual([ids.inA1, ids.onA, ids.inB1, ids.atRoot, t.userIds.tenantAdmin].sort());
      expect(entities).not.toContain(ids.elsewhere);
      expect(res.rows.find((r) => r.action === "user.signOutEverywhere")).toMatchObject({ nodeId: null, nodeName: null });
    }
    const theirs = await listAuditLog({ actor: other.actors.tenantAdmin, page: 1 });
    expect(theirs.rows.map((r) => r.entityId)).toEqual([ids.elsewhere]);
  });

  it("filters by entity, actor and date, and pages; refuses those without audit.read", async () => {
    const { t, ids } = await scenario();
    const admin = t.actors.tenantAdmin;
    expect((await listAuditLog({ actor: admin, entityType: "User", entityId: ids.inB1 })).rows.map((r) => r.entityId)).toEqual([ids.inB1]);
    expect((await listAuditLog({ actor: admin, entityType: "OrgNode" })).total).toBe(0);
    expect((await listAuditLog({ actor: admin, actorUserId: t.userIds.unitAdminB })).rows.map((r) => r.entityId)).toEqual([ids.inB1]);
    const today = new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);
    expect((await listAuditLog({ actor: admin, from: today, to: today })).total).toBe(5);
    expect((await listAuditLog({ actor: admin, to: "2000-01-01" })).total).toBe(0);
    expect((await listAuditLog({ actor: admin, from: "2999-01-01" })).total).toBe(0);
    const page2 = await listAuditLog({ actor: admin, page: 2, pageSize: 2 });
    expect(page2.rows).toHaveLength(2);
    expect(page2.total).toBe(5);
    // Newest first.
    const all = await listAuditLog({ actor: admin });
    const times = all.rows.map((r) => r.createdAt.getTime());
    expect([...times].sort((a, b) => b - a)).toEqual(times);
    expect(await listAuditEntityTypes({ actor: admin })).toEqual(["User"]);

    for (const actor of [t.actors.reporterA, t.actors.member, t.actors.representative]) {
      await expect(listAuditLog({ actor })).rejects.toMatchObject({ code: "FORBIDDEN" });
    }
  });

  it("account changes hang on the account's node, so the unit admin who manages it sees them", async () => {
    const t = await createTestTenant();
    await updateUser({ actor: t.actors.tenantAdmin, data: { userId: t.userIds.unitAdminA1, displayName: "改名", disabled: false } });
    const res = await listAuditLog({ actor: t.actors.unitAdminA, entityId: t.userIds.unitAdminA1 });
    expect(res.rows.map((r) => [r.action, r.nodeId])).toEqual([["user.update", t.nodes.a1.id]]);
    expect((await listAuditLog({ actor: t.actors.unitAdminB })).total).toBe(0);
  });

  it("parses its filters from a query string", () => {
    expect(auditFiltersSchema.parse({ entityType: "", from: "2026-01-01", to: "", page: "3" })).toMatchObject({ entityType: undefined, from: "2026-01-01", to: undefined, page: 3, pageSize: 30 });
    expect(auditFiltersSchema.safeParse({ from: "2026-02-01", to: "2026-01-01" }).success).toBe(false);
    expect(auditFiltersSchema.safeParse({ entityType: "User'; --" }).success).toBe(false);
    expect(auditFiltersSchema.safeParse({ from: "01/02/2026" }).success).toBe(false);
  });
});
