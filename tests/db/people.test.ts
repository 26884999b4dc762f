import { describe, expect, it } from "vitest";
import { getHousehold, listHouseholds } from "@/lib/households/read-households";
import { createHousehold, deleteHousehold, linkMemberToHousehold, unlinkMemberFromHousehold, updateHousehold } from "@/lib/households/write-households";
import { getPerson, listPeople, revealPersonPhone } from "@/lib/people/read-people";
import { createPerson, deletePerson, markPersonLeft, updatePerson } from "@/lib/people/write-people";
import { createTestTenant, owner } from "../factories/tenant";

async function audit(tenantId: string, action: string) {
  const db = owner();
  try {
    return await db.auditLog.findMany({ where: { tenantId, action } });
  } finally {
    await db.$disconnect();
  }
}

describe("roster", () => {
  it("lists a subtree with masked phones, filters, counts and pagination", async () => {
    const t = await createTestTenant();
    const all = await listPeople({ actor: t.actors.tenantAdmin });
    expect(all.total).toBe(6);
    expect(all.counts.all).toBe(6);
    for (const p of all.rows) expect(p.phone).toMatch(/^\d{3}\*{4}\d{4}$/);
    const a = await listPeople({ actor: t.actors.tenantAdmin, nodeId: t.nodes.a.id });
    expect(a.rows.map((p) => p.name).sort()).toEqual(["甲一党员", "甲一居民", "甲街道干部"].sort());
    const page2 = await listPeople({ actor: t.actors.tenantAdmin, pageSize: 4, page: 2 });
    expect(page2.rows).toHaveLength(2);
    const byName = await listPeople({ actor: t.actors.tenantAdmin, q: "乙一" });
    expect(byName.rows.map((p) => p.name)).toEqual(["乙一居民"]);
    const last4 = t.people.b1Person.phone!.slice(-4);
    expect((await listPeople({ actor: t.actors.tenantAdmin, q: last4 })).rows.map((p) => p.id)).toContain(t.people.b1Person.id);
    await markPersonLeft({ actor: t.actors.tenantAdmin, data: { personId: t.people.b1Person.id } });
    expect((await listPeople({ actor: t.actors.tenantAdmin })).total).toBe(5);
    expect((await listPeople({ actor: t.actors.tenantAdmin, status: "left" })).rows.map((p) => p.id)).toEqual([t.people.b1Person.id]);
  });

  it("keeps each role to its scope: siblings, parents and other tenants answer 404", async () => {
    const t = await createTestTenant();
    const other = await createTestTenant();
    const listed = await listPeople({ actor: t.actors.unitAdminA });
    expect(listed.rows.map((p) => p.name).sort()).toEqual(["甲一党员", "甲一居民", "甲街道干部"].sort());
    for (const personId of [t.people.bStaff.id, t.people.rootStaff.id, other.people.aStaff.id]) {
      await expect(getPerson({ actor: t.actors.unitAdminA, personId })).rejects.toMatchObject({ code: "NOT_FOUND" });
      await expect(updatePerson({ actor: t.actors.unitAdminA, data: { personId, name: "改" } })).rejects.toMatchObject({ code: "NOT_FOUND" });
      await expect(deletePerson({ actor: t.actors.unitAdminA, data: { personId } })).rejects.toMatchObject({ code: "NOT_FOUND" });
    }
    await expect(listPeople({ actor: t.actors.unitAdminA, nodeId: t.nodes.b.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    // A representative sees the unit they follow and nothing else.
    expect((await listPeople({ actor: t.actors.representative })).rows.map((p) => p.name).sort()).toEqual(["甲一党员", "甲一居民"].sort());
    // A member sees their own record only.
    expect((await getPerson({ actor: t.actors.member, personId: t.people.a1bMember.id })).name).toBe("甲一党员");
    await expect(getPerson({ actor: t.actors.member, personId: t.people.a1Person.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(listPeople({ actor: t.actors.member })).rejects.toMatchObject({ code: "FORBIDDEN" });
    const db = owner();
    try {
      expect((await db.person.findUnique({ where: { id: t.people.bStaff.id } }))!.name).toBe("乙街道干部");
    } finally {
      await db.$disconnect();
    }
  });

  it("creates, updates (keeping the phone when left empty), and deletes with audit rows", async () => {
    const t = await createTestTenant();
    const { id } = await createPerson({ actor: t.actors.unitAdminA, data: { nodeId: t.nodes.a1.id, name: "新人", phone: "13900001234", isVolunteer: true } });
    await updatePerson({ actor: t.actors.unitAdminA, data: { personId: id, name: "新人甲", phone: undefined } });
    const db = owner();
    try {
      expect(await db.person.findUnique({ where: { id } })).toMatchObject({ name: "新人甲", phone: "13900001234", isVolunteer: true });
    } finally {
      await db.$disconnect();
    }
    await expect(updatePerson({ actor: t.actors.unitAdminA, data: { personId: id, name: "x", nodeId: t.nodes.b.id } })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await deletePerson({ actor: t.actors.unitAdminA, data: { personId: id } });
    expect(await audit(t.tenantId, "person.create")).toHaveLength(1);
    const [upd] = await audit(t.tenantId, "person.update");
    expect(upd.before).toMatchObject({ name: "新人", phone: "139****1234" });
    expect(JSON.stringify([upd.before, upd.after])).not.toContain("13900001234");
    expect(await audit(t.tenantId, "person.delete")).toHaveLength(1);
    await expect(createPerson({ actor: t.actors.reporterA, data: { nodeId: t.nodes.a1.id, name: "x" } })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("reveals a full phone only with the permission, and audits each reveal", async () => {
    const t = await createTestTenant();
    const { phone } = await revealPersonPhone({ actor: t.actors.unitAdminA, personId: t.people.a1Person.id });
    expect(phone).toBe(t.people.a1Person.phone);
    expect(await audit(t.tenantId, "person.revealPhone")).toHaveLength(1);
    await expect(revealPersonPhone({ actor: t.actors.reporterA, personId: t.people.a1Person.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(revealPersonPhone({ actor: t.actors.unitAdminB, personId: t.people.a1Person.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await audit(t.tenantId, "person.revealPhone")).toHaveLength(1);
  });
});

describe("households", () => {
  it("are kept on compounds, linked to members in scope, and listed with their gaps", async () => {
    const t = await createTestTenant();
    await expect(
      createHousehold({ actor: t.actors.unitAdminA, data: { nodeId: t.nodes.a1.id, building: null, unit: null, room: null, headName: "x", phone: null, note: null } }),
    ).rejects.toMatchObject({ fieldErrors: { nodeId: ["validation.nodeHoldsNoHouseholds"] } });
    const { id } = await createHousehold({ actor: t.actors.unitAdminA, data: { nodeId: t.nodes.a1c.id, building: "3号楼", unit: "1单元", room: "302", headName: "新户", phone: null, note: null } });
    expect((await listHouseholds({ actor: t.actors.unitAdminA, unlinked: true })).rows.map((h) => h.id)).toEqual([id]);
    await linkMemberToHousehold({ actor: t.actors.unitAdminA, data: { personId: t.people.a1bMember.id, householdId: id } });
    await linkMemberToHousehold({ actor: t.actors.unitAdminA, data: { personId: t.people.a1bMember.id, householdId: id } });
    expect((await getHousehold({ actor: t.actors.unitAdminA, householdId: id })).links).toHaveLength(1);
    expect((await listHouseholds({ actor: t.actors.unitAdminA, unlinked: true })).rows).toHaveLength(0);
    // A person from the sibling subtree cannot be linked; a household of the sibling cannot be touched.
    await expect(linkMemberToHousehold({ actor: t.actors.unitAdminA, data: { personId: t.people.b1Person.id, householdId: id } })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(updateHousehold({ actor: t.actors.unitAdminA, data: { householdId: t.households.b1c.id, building: null, unit: null, room: null, headName: "改", note: null } })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(deleteHousehold({ actor: t.actors.unitAdminA, data: { householdId: t.households.b1c.id } })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await unlinkMemberFromHousehold({ actor: t.actors.unitAdminA, data: { personId: t.people.a1bMember.id, householdId: id } });
    await deleteHousehold({ actor: t.actors.unitAdminA, data: { householdId: id } });
    expect((await audit(t.tenantId, "household.link")).length).toBe(1);
    expect((await audit(t.tenantId, "household.unlink")).length).toBe(1);
    expect((await audit(t.tenantId, "household.delete")).length).toBe(1);
  });
});

describe("personal information", () => {
  it("lets a member export their own data, and only theirs", async () => {
    const { exportMyData } = await import("@/lib/people/personal-data");
    const t = await createTestTenant();
    const data = (await exportMyData({ actor: t.actors.member })) as { person: { name: string; phone: string }; households: unknown[]; account: { username: string } };
    expect(data.person.name).toBe("甲一党员");
    expect(data.person.phone).toBe(t.people.a1bMember.phone);
    expect(data.households).toHaveLength(1);
    expect(data.account.username).toBe(t.usernames.member);
    expect(JSON.stringify(data)).not.toContain("甲一居民");
    // Every domain that keeps records about a person has its section, filled from that person's rows only.
    for (const section of ["memberRoles", "doubleReporting", "duty", "visits", "pointsLedger", "pledges", "activities", "quizzes", "suggestions", "votes"]) {
      expect(data, section).toHaveProperty(section);
    }
    const db = owner();
    await db.memberRole.create({ data: { tenantId: t.tenantId, personId: t.people.a1bMember.id, role: "SUPERVISOR" } });
    await db.memberRole.create({ data: { tenantId: t.tenantId, personId: t.people.a1Person.id, role: "PIONEER" } });
    const again = (await exportMyData({ actor: t.actors.member })) as { memberRoles: { role: string }[] };
    expect(again.memberRoles.map((r) => r.role)).toEqual(["SUPERVISOR"]);
  });

  it("anonymises a person who has left while the counts stay", async () => {
    const { anonymisePerson } = await import("@/lib/people/personal-data");
    const t = await createTestTenant();
    const target = t.people.a1bMember;
    await expect(anonymisePerson({ actor: t.actors.unitAdminA, data: { personId: target.id } })).rejects.toMatchObject({ code: "CONFLICT" });
    await markPersonLeft({ actor: t.actors.unitAdminA, data: { personId: target.id } });
    await expect(anonymisePerson({ actor: t.actors.unitAdminB, data: { personId: target.id } })).rejects.toMatchObject({ code: "NOT_FOUND" });
    const before = await listPeople({ actor: t.actors.tenantAdmin, status: "all" });
    await anonymisePerson({ actor: t.actors.unitAdminA, data: { personId: target.id } });
    const after = await listPeople({ actor: t.actors.tenantAdmin, status: "all" });
    expect(after.total).toBe(before.total);
    const db = owner();
    try {
      const row = await db.person.findUnique({ where: { id: target.id } });
      expect(row).toMatchObject({ phone: null, note: null });
      expect(row!.name).toMatch(/^已匿名-/);
      expect(await db.householdLink.count({ where: { personId: target.id } })).toBe(1);
      const user = await db.user.findUnique({ where: { id: t.userIds.member } });
      expect(user).toMatchObject({ disabled: true, phone: null });
      expect(user!.username).toMatch(/^anon-/);
      const rows = await db.auditLog.findMany({ where: { tenantId: t.tenantId, action: "person.anonymise" } });
      expect(rows).toHaveLength(1);
      expect(JSON.stringify(rows[0].before ?? null)).not.toContain("甲一党员");
    } finally {
      await db.$disconnect();
    }
  });
});
