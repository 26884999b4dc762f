import { describe, expect, it } from "vitest";
import { getDoublePerformance } from "@/lib/double-reporting/performance";
import { decideRegistration, listRatingsOfPerson, listRegistrations, rateRegistration, registerWithCommunity } from "@/lib/double-reporting/registrations";
import { createBinPoint } from "@/lib/duty/bin-points";
import { checkIn, checkOut, verifyRecord } from "@/lib/duty/records";
import { createTestTenant } from "../factories/tenant";
import { addActor, addNode, withOwner } from "../factories/participation";

describe("double reporting", () => {
  it("shows a member's ratings to their own unit and to no other unit", async () => {
    const t = await createTestTenant();
    const other = await createTestTenant();
    // The member of branch a1b lives in community b1 (the sibling street) and reports there.
    const reg = await registerWithCommunity({ actor: t.actors.unitAdminA, data: { kind: "MEMBER", unitNodeId: t.nodes.a1b.id, personId: t.people.a1bMember.id, communityNodeId: t.nodes.b1.id, note: null } });
    const unitReg = await registerWithCommunity({ actor: t.actors.unitAdminA, data: { kind: "UNIT", unitNodeId: t.nodes.a1b.id, personId: null, communityNodeId: t.nodes.b1.id, note: null } });
    await expect(registerWithCommunity({ actor: t.actors.unitAdminA, data: { kind: "MEMBER", unitNodeId: t.nodes.a1b.id, personId: t.people.a1bMember.id, communityNodeId: t.nodes.b1.id, note: null } })).rejects.toMatchObject({ code: "CONFLICT" });
    // A compound is not a community; a person of another unit cannot be registered by this one.
    await expect(registerWithCommunity({ actor: t.actors.unitAdminA, data: { kind: "UNIT", unitNodeId: t.nodes.a1b.id, personId: null, communityNodeId: t.nodes.b1c.id, note: null } })).rejects.toMatchObject({ code: "VALIDATION" });
    await expect(registerWithCommunity({ actor: t.actors.unitAdminA, data: { kind: "MEMBER", unitNodeId: t.nodes.a1b.id, personId: t.people.bStaff.id, communityNodeId: t.nodes.b1.id, note: null } })).rejects.toMatchObject({ code: "NOT_FOUND" });

    // Only the community accepts and rates.
    await expect(decideRegistration({ actor: t.actors.unitAdminA, registrationId: reg.id, accept: true })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await decideRegistration({ actor: t.actors.unitAdminB, registrationId: reg.id, accept: true });
    await decideRegistration({ actor: t.actors.unitAdminB, registrationId: unitReg.id, accept: true });

    // What the member did in the community is counted from the records: verified duty at its bin points.
    const { id: bpId } = await createBinPoint({ actor: t.actors.unitAdminB, data: { nodeId: t.nodes.b1c.id, name: "乙一投放点", location: null, kitchen: 1, recyclable: 1, hazardous: 0, other: 1, chiefId: null, chiefArea: null, responsibleMemberId: null } });
    // The member checks in and out at the community's bin point (the QR code works anywhere in the tenant).
    const token = (await withOwner((db) => db.binPoint.findUniqueOrThrow({ where: { id: bpId } }))).qrToken;
    const start = new Date("2026-11-05T10:00:00Z");
    await checkIn({ actor: t.actors.member, token, now: start });
    await checkOut({ actor: t.actors.member, token, now: new Date(start.getTime() + 120 * 60_000) });
    const { id: recId } = await withOwner((db) => db.dutyRecord.findFirstOrThrow({ where: { tenantId: t.tenantId, binPointId: bpId } }));
    // Verified by the member's own branch or, as here, by the community whose bin point it is.
    await verifyRecord({ actor: t.actors.unitAdminB, recordId: recId });

    await rateRegistration({ actor: t.actors.unitAdminB, data: { registrationId: reg.id, quarter: "2026Q4", grade: "EXCELLENT", comment: "每周桶前值守" } });
    await rateRegistration({ actor: t.actors.unitAdminB, data: { registrationId: unitReg.id, quarter: "2026Q4", grade: "GOOD", comment: null } });
    await expect(rateRegistration({ actor: t.actors.unitAdminA, data: { registrationId: reg.id, quarter: "2026Q4", grade: "POOR", comment: null } })).rejects.toMatchObject({ code: "NOT_FOUND" });

    // The member's own unit (and those above it) reads the rating; the community reads what it gave.
    const byUnit = await listRegistrations({ actor: t.actors.unitAdminA1, side: "unit", quarter: "2026Q4" });
    expect(byUnit.find((r) => r.id === reg.id)).toMatchObject({ rating: { grade: "EXCELLENT" }, activity: { dutyMinutes: 120, dutyRecords: 1 } });
    expect(byUnit.find((r) => r.id === unitReg.id)).toMatchObject({ rating: { grade: "GOOD" }, activity: { dutyMinutes: 120 } });
    expect((await listRatingsOfPerson({ actor: t.actors.unitAdminA, personId: t.people.a1bMember.id })).map((r) => r.grade)).toEqual(["EXCELLENT"]);
    expect((await listRegistrations({ actor: t.actors.unitAdminB, side: "community", quarter: "2026Q4" })).map((r) => r.id).sort()).toEqual([reg.id, unitReg.id].sort());

    // Another unit (a sibling of the member's branch), and another tenant, see none of it.
    const sibling = await addNode(t, t.nodes.a1c, "party_branch", "甲一小区第二党支部");
    const siblingAdmin = await addActor(t, "UNIT_ADMIN", sibling.id);
    expect(await listRegistrations({ actor: siblingAdmin, side: "unit", quarter: "2026Q4" })).toEqual([]);
    expect(await listRegistrations({ actor: siblingAdmin, side: "community", quarter: "2026Q4" })).toEqual([]);
    expect(await listRatingsOfPerson({ actor: siblingAdmin, personId: t.people.a1bMember.id })).toEqual([]);
    expect(await listRatingsOfPerson({ actor: other.actors.tenantAdmin, personId: t.people.a1bMember.id })).toEqual([]);

    // The district's table of every unit's performance.
    const table = await getDoublePerformance({ actor: t.actors.tenantAdmin, quarter: "2026Q4" });
    expect(table).toEqual([
      expect.objectContaining({ unitId: t.nodes.a1b.id, members: 1, accepted: 1, dutyHours: 2, memberGrades: { EXCELLENT: 1, GOOD: 0, FAIR: 0, POOR: 0 }, unitGrades: [{ community: "乙一社区", grade: "GOOD" }] }),
    ]);
    expect(await getDoublePerformance({ actor: siblingAdmin, quarter: "2026Q4" })).toEqual([]);
  });
});
