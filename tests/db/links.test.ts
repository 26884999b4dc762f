import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { startImport } from "@/lib/imports/run-import";
import { linkMemberToHousehold } from "@/lib/households/write-households";
import { getCoverage } from "@/lib/links/read-coverage";
import { addOrgLink, removeOrgLink } from "@/lib/links/org-links";
import { listMyHouseholds, listVisits, recordVisit } from "@/lib/links/visits";
import { createTestTenant, type TestTenant } from "../factories/tenant";
import { addActor, addNode, addPerson, setTenantSettings, withOwner } from "../factories/participation";

async function households(t: TestTenant, nodeId: string, rows: [string, string, string][]) {
  return withOwner((db) =>
    Promise.all(rows.map(([building, room, headName]) => db.household.create({ data: { tenantId: t.tenantId, nodeId, building, room, headName }, select: { id: true } }))),
  );
}

async function xlsx(rows: unknown[][]): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("党员联户");
  ws.addRow(["住户所在单位编码", "楼栋", "单元", "房号", "户主姓名", "党员姓名", "党员手机号"]);
  for (const r of rows) ws.addRow(r);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

describe("three links coverage", () => {
  it("shows households without a member, members with too few or too many, the rate, and closes a gap when linked", async () => {
    const t = await createTestTenant();
    await setTenantSettings(t, { householdLinkMin: 2, householdLinkMax: 3 });
    const group = await addNode(t, t.nodes.a1b, "party_group", "1号楼党小组");
    const [h1, h2, h3, h4] = await households(t, group.id, [["1号楼", "101", "甲"], ["1号楼", "102", "乙"], ["1号楼", "201", "丙"], ["1号楼", "202", "丁"]]);
    const busy = await addPerson(t, group.id, "多户党员");
    const idle = await addPerson(t, group.id, "未联户党员");
    for (const h of [h1, h2, h3, h4]) await linkMemberToHousehold({ actor: t.actors.unitAdminA, data: { personId: busy.id, householdId: h.id } });
    const [gap] = await households(t, group.id, [["1号楼", "301", "戊"]]);

    const c = await getCoverage({ actor: t.actors.unitAdminA, nodeId: t.nodes.a1c.id });
    // The compound: the factory's household (linked), four linked ones and one gap.
    expect(c).toMatchObject({ total: 6, covered: 5, gapCount: 1, range: { min: 2, max: 3 } });
    expect(c.rate).toBeCloseTo(5 / 6);
    expect(c.gaps.map((g) => g.id)).toEqual([gap.id]);
    const load = Object.fromEntries(c.members.map((m) => [m.name, m.load]));
    expect(load).toMatchObject({ 多户党员: "many", 未联户党员: "none", 甲一党员: "few" });
    expect(c.buildings.find((b) => b.building === "1号楼")).toMatchObject({ total: 6, covered: 5, groups: ["1号楼党小组"] });
    expect(c.areas).toEqual([{ id: t.nodes.a1c.id, name: "甲一小区", kindName: expect.any(String), branches: ["甲一小区党支部"] }]);

    // One building alone, then the gap closes after a link.
    const building = await getCoverage({ actor: t.actors.unitAdminA, nodeId: t.nodes.a1c.id, building: "1号楼" });
    expect(building.gapCount).toBe(1);
    await linkMemberToHousehold({ actor: t.actors.unitAdminA, data: { personId: idle.id, householdId: gap.id } });
    const after = await getCoverage({ actor: t.actors.unitAdminA, nodeId: t.nodes.a1c.id });
    expect(after).toMatchObject({ covered: 6, gapCount: 0, rate: 1 });

    // Scope: a sibling unit and another tenant see nothing.
    await expect(getCoverage({ actor: t.actors.unitAdminB, nodeId: t.nodes.a1c.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    const other = await createTestTenant();
    await expect(getCoverage({ actor: other.actors.tenantAdmin, nodeId: t.nodes.a1c.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("links a branch to further areas and a group to a building where the tree does not say it", async () => {
    const t = await createTestTenant();
    const enterprise = await addNode(t, t.nodes.a1, "enterprise", "甲一合作社");
    const link = await addOrgLink({ actor: t.actors.unitAdminA, data: { kind: "BRANCH_AREA", orgNodeId: t.nodes.a1b.id, areaNodeId: enterprise.id, building: "" } });
    const c = await getCoverage({ actor: t.actors.unitAdminA, nodeId: t.nodes.a1.id });
    expect(c.areas.find((a) => a.id === enterprise.id)?.branches).toEqual(["甲一小区党支部"]);
    await expect(addOrgLink({ actor: t.actors.unitAdminA, data: { kind: "BRANCH_AREA", orgNodeId: t.nodes.a1c.id, areaNodeId: enterprise.id, building: "" } })).rejects.toMatchObject({ code: "VALIDATION" });
    await expect(addOrgLink({ actor: t.actors.unitAdminB, data: { kind: "BRANCH_AREA", orgNodeId: t.nodes.a1b.id, areaNodeId: enterprise.id, building: "" } })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(removeOrgLink({ actor: t.actors.unitAdminB, linkId: link.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await removeOrgLink({ actor: t.actors.unitAdminA, linkId: link.id });
    expect(await withOwner((db) => db.orgLink.count({ where: { tenantId: t.tenantId } }))).toBe(0);
  });

  it("imports links from Excel: a bad row rejects the file with row errors, a good file links", async () => {
    const t = await createTestTenant();
    const code = `A1C-${t.tag}`;
    const member = await addPerson(t, t.nodes.a1b.id, "王党员");
    const [h] = await households(t, t.nodes.a1c.id, [["5号楼", "501", "赵户"]]);
    const bad = await startImport({
      actor: t.actors.unitAdminA,
      kind: "HOUSEHOLD_LINKS",
      nodeId: t.nodes.a.id,
      fileName: "联户.xlsx",
      bytes: await xlsx([
        [code, "5号楼", "", "501", "", "王党员", ""],
        [code, "9号楼", "", "999", "", "王党员", ""],
        ["NOPE", "5号楼", "", "501", "", "王党员", ""],
        [code, "5号楼", "", "501", "", "不存在的人", ""],
      ]),
    });
    expect(bad.status).toBe("REJECTED");
    expect(bad.errors.map((e) => [e.row, e.message])).toEqual([
      [3, "imports.errors.linkHouseholdNotFound"],
      [4, "imports.errors.unitNotFound"],
      [5, "imports.errors.linkMemberNotFound"],
    ]);
    expect(await withOwner((db) => db.householdLink.count({ where: { householdId: h.id } }))).toBe(0);

    const good = await startImport({ actor: t.actors.unitAdminA, kind: "HOUSEHOLD_LINKS", nodeId: t.nodes.a.id, fileName: "联户.xlsx", bytes: await xlsx([[code, "5号楼", "", "501", "", "王党员", ""]]) });
    expect(good).toMatchObject({ status: "DONE", created: 1 });
    expect(await withOwner((db) => db.householdLink.count({ where: { householdId: h.id, personId: member.id } }))).toBe(1);
    // A unit admin of the sibling street cannot import links under a.
    await expect(startImport({ actor: t.actors.unitAdminB, kind: "HOUSEHOLD_LINKS", nodeId: t.nodes.a.id, fileName: "x.xlsx", bytes: await xlsx([[code, "5号楼", "", "501", "", "王党员", ""]]) })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});

describe("door-to-door visits", () => {
  it("are logged by a member for their own households only, deposit time, and show in the history", async () => {
    const t = await createTestTenant();
    const today = new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);
    const v = { visitedOn: today, minutes: 40, explained: "讲解厨余垃圾沥水后投放", problems: "楼道有堆物", photoIds: [], visitorId: null };
    await recordVisit({ actor: t.actors.member, data: { ...v, householdId: t.households.a1c.id } });
    // Not a household of theirs: 404, nothing written.
    await expect(recordVisit({ actor: t.actors.member, data: { ...v, householdId: t.households.b1c.id } })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(recordVisit({ actor: t.actors.unitAdminB, data: { ...v, householdId: t.households.a1c.id } })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(recordVisit({ actor: t.actors.member, data: { ...v, householdId: t.households.a1c.id, visitedOn: "2099-01-01" } })).rejects.toMatchObject({ code: "VALIDATION" });
    const mine = await listMyHouseholds({ actor: t.actors.member });
    expect(mine).toMatchObject([{ id: t.households.a1c.id, lastVisit: today, visitCount: 1 }]);
    const history = await listVisits({ actor: t.actors.unitAdminA1, householdId: t.households.a1c.id });
    expect(history.visits).toMatchObject([{ explained: "讲解厨余垃圾沥水后投放", minutes: 40, visitor: { id: t.people.a1bMember.id } }]);
    await expect(listVisits({ actor: t.actors.unitAdminB, householdId: t.households.a1c.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    // Staff log a visit a member made (acting for them).
    const branch = await addActor(t, "UNIT_ADMIN", t.nodes.a1b.id);
    await expect(recordVisit({ actor: branch, data: { ...v, householdId: t.households.a1c.id, visitorId: t.people.a1bMember.id } })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await recordVisit({ actor: t.actors.unitAdminA, data: { ...v, minutes: null, householdId: t.households.a1c.id, visitorId: t.people.a1bMember.id } });
    const account = await withOwner((db) => db.pointsAccount.findFirstOrThrow({ where: { personId: t.people.a1bMember.id } }));
    expect(account.minutes).toBe(40 + 30);
  });
});
