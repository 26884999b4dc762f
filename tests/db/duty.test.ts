import { describe, expect, it } from "vitest";
import { createBinPoint, getBinPoint, listBinPoints } from "@/lib/duty/bin-points";
import { summarizeDutyForUnits } from "@/lib/duty/monthly-summary";
import { listMembersAgainstNorm } from "@/lib/duty/hours";
import { cancelCheckIn, checkIn, checkOut, getMyDutyMonth, listDutyRecords, recordHours, rejectRecord, verifyRecord } from "@/lib/duty/records";
import { cancelSignup, listMySlots, signUp } from "@/lib/duty/signups";
import { recordHoursSchema } from "@/lib/duty/schemas";
import { atChinaTime } from "@/lib/duty/time";
import { inTenantId } from "@/lib/access/tenant-tx";
import { createTestTenant, type TestTenant } from "../factories/tenant";
import { addActor, addNode, addPerson, withOwner } from "../factories/participation";

const bins = { kitchen: 2, recyclable: 1, hazardous: 0, other: 1 };

async function binPoint(t: TestTenant, nodeId = t.nodes.a1c.id) {
  const { id } = await createBinPoint({ actor: t.actors.unitAdminA, data: { nodeId, name: "1号投放点", location: "1号楼东侧", chiefId: null, chiefArea: null, responsibleMemberId: t.people.a1bMember.id, ...bins } });
  return withOwner((db) => db.binPoint.findUniqueOrThrow({ where: { id }, select: { id: true, qrToken: true } }));
}

const records = (t: TestTenant) => withOwner((db) => db.dutyRecord.findMany({ where: { tenantId: t.tenantId }, orderBy: { startAt: "asc" } }));

describe("bin points and slots", () => {
  it("belong to a compound, start with the tenant's slots, and are managed only in scope", async () => {
    const t = await createTestTenant();
    const bp = await binPoint(t);
    const got = await getBinPoint({ actor: t.actors.unitAdminA1, binPointId: bp.id });
    expect(got.slots.map((s) => [s.startMinute, s.endMinute])).toEqual([[390, 510], [1080, 1200]]);
    expect(got.responsibleMember?.id).toBe(t.people.a1bMember.id);
    await expect(getBinPoint({ actor: t.actors.unitAdminB, binPointId: bp.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(createBinPoint({ actor: t.actors.unitAdminB, data: { nodeId: t.nodes.a1c.id, name: "x", location: null, chiefId: null, chiefArea: null, responsibleMemberId: null, ...bins } })).rejects.toMatchObject({ code: "NOT_FOUND" });
    // A party branch sits below the compound: it works with the compound's bin points.
    const branchAdmin = await addActor(t, "UNIT_ADMIN", t.nodes.a1b.id);
    expect((await listBinPoints({ actor: branchAdmin })).rows.map((r) => r.id)).toEqual([bp.id]);
    const other = await createTestTenant();
    await expect(getBinPoint({ actor: other.actors.tenantAdmin, binPointId: bp.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("keep a compound's staff to the compound: the community's and sibling compounds' bin points stay out of reach", async () => {
    const t = await createTestTenant();
    const own = await binPoint(t);
    const community = await binPoint(t, t.nodes.a1.id);
    const sibling = await binPoint(t, (await addNode(t, t.nodes.a1, "compound", "甲二小区")).id);
    const supervisor = await addActor(t, "SUPERVISOR", t.nodes.a1c.id);
    expect((await listBinPoints({ actor: supervisor })).rows.map((r) => r.id)).toEqual([own.id]);
    for (const bp of [community, sibling]) await expect(getBinPoint({ actor: supervisor, binPointId: bp.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    // The community's staff see all three.
    expect((await listBinPoints({ actor: t.actors.unitAdminA1 })).rows.map((r) => r.id).sort()).toEqual([own.id, community.id, sibling.id].sort());
  });
});

describe("sign-up, check-in and check-out", () => {
  it("lets a member sign up for a slot, check in and out by the QR token, and the branch verify the hours", async () => {
    const t = await createTestTenant();
    const bp = await binPoint(t);
    const slots = await listMySlots({ actor: t.actors.member, today: "2026-11-02" });
    expect(slots.points.map((p) => p.id)).toEqual([bp.id]);
    const morning = slots.points[0].slots[0];
    await signUp({ actor: t.actors.member, slotId: morning.id, date: "2026-11-03", today: "2026-11-02" });
    await expect(signUp({ actor: t.actors.member, slotId: morning.id, date: "2026-10-30", today: "2026-11-02" })).rejects.toMatchObject({ code: "VALIDATION" });
    expect((await listMySlots({ actor: t.actors.member, today: "2026-11-02" })).mine).toHaveLength(1);

    const inAt = atChinaTime("2026-11-03", 6 * 60 + 35);
    await checkIn({ actor: t.actors.member, token: bp.qrToken, now: inAt });
    // Checking in twice, or out before in, is refused and changes nothing.
    await expect(checkIn({ actor: t.actors.member, token: bp.qrToken, now: new Date(inAt.getTime() + 60_000) })).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(checkOut({ actor: t.actors.member, token: bp.qrToken, now: new Date(inAt.getTime() - 60_000) })).rejects.toMatchObject({ code: "VALIDATION", messageKey: "duty.errors.checkOutBeforeCheckIn" });
    expect(await records(t)).toHaveLength(1);
    const out = await checkOut({ actor: t.actors.member, token: bp.qrToken, now: new Date(inAt.getTime() + 125 * 60_000) });
    expect(out.minutes).toBe(125);
    const [rec] = await records(t);
    expect(rec).toMatchObject({ status: "PENDING", minutes: 125, source: "CHECKIN" });
    expect(rec.slotId).toBe(morning.id);

    // A sibling unit and another tenant cannot verify it (404, nothing changed).
    await expect(verifyRecord({ actor: t.actors.unitAdminB, recordId: rec.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    const other = await createTestTenant();
    await expect(verifyRecord({ actor: other.actors.tenantAdmin, recordId: rec.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await records(t))[0].status).toBe("PENDING");

    await verifyRecord({ actor: t.actors.unitAdminA1, recordId: rec.id });
    await expect(verifyRecord({ actor: t.actors.unitAdminA1, recordId: rec.id })).rejects.toMatchObject({ code: "CONFLICT" });
    const month = await getMyDutyMonth({ actor: t.actors.member, month: "2026-11", normMinutes: 120 });
    expect(month).toMatchObject({ verified: 125, pending: 0 });
    // Verified minutes went into the time bank, once.
    const account = await withOwner((db) => db.pointsAccount.findFirstOrThrow({ where: { personId: t.people.a1bMember.id }, include: { entries: true } }));
    expect(account.minutes).toBe(125);
    expect(account.entries.map((e) => [e.kind, e.currency, e.amount])).toEqual([["DEPOSIT", "MINUTES", 125]]);

    const below = await listMembersAgainstNorm({ actor: t.actors.unitAdminA1, nodeId: t.nodes.a1.id, month: "2026-11" });
    expect(below.rows.find((r) => r.personId === t.people.a1bMember.id)).toMatchObject({ minutes: 125, below: false });
    expect(below.rows.find((r) => r.personId === t.people.a1Person.id)).toMatchObject({ minutes: 0, below: true });
  });

  it("refuses an unknown or foreign QR code, and lets a member withdraw an open check-in", async () => {
    const t = await createTestTenant();
    const other = await createTestTenant();
    const foreign = await binPoint(other);
    await expect(checkIn({ actor: t.actors.member, token: foreign.qrToken })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(checkIn({ actor: t.actors.member, token: "unknown-token-0000000000" })).rejects.toMatchObject({ code: "NOT_FOUND" });
    const bp = await binPoint(t);
    await checkIn({ actor: t.actors.member, token: bp.qrToken });
    await cancelCheckIn({ actor: t.actors.member });
    expect(await records(t)).toHaveLength(0);
    expect((await withOwner((db) => db.dutyRecord.count({ where: { tenantId: other.tenantId } })))).toBe(0);
  });
});

describe("hours recorded by staff", () => {
  it("are audited as acting for the member, and bad input is refused with nothing written", async () => {
    const t = await createTestTenant();
    const bp = await binPoint(t);
    const base = { personId: t.people.a1bMember.id, binPointId: bp.id, date: "2026-10-20", note: null };
    await recordHours({ actor: t.actors.unitAdminA, data: { ...base, start: 18 * 60, end: 20 * 60 } });
    const audit = await withOwner((db) => db.auditLog.findFirstOrThrow({ where: { tenantId: t.tenantId, action: "duty.record" } }));
    expect(audit.actingForPersonId).toBe(t.people.a1bMember.id);

    // Overlapping hours, end before start, more than 12 hours, the future: refused, nothing written.
    await expect(recordHours({ actor: t.actors.unitAdminA, data: { ...base, start: 19 * 60, end: 21 * 60 } })).rejects.toMatchObject({ code: "CONFLICT", messageKey: "duty.errors.overlap" });
    await expect(recordHours({ actor: t.actors.unitAdminA, data: { ...base, start: 9 * 60, end: 8 * 60 } })).rejects.toMatchObject({ code: "VALIDATION" });
    await expect(recordHours({ actor: t.actors.unitAdminA, data: { ...base, date: "2026-10-21", start: 0, end: 13 * 60 } })).rejects.toMatchObject({ code: "VALIDATION" });
    await expect(recordHours({ actor: t.actors.unitAdminA, data: { ...base, date: "2099-01-01", start: 60, end: 120 } })).rejects.toMatchObject({ code: "VALIDATION" });
    const parsed = recordHoursSchema.safeParse({ ...base, note: "", start: "20:00", end: "18:00" });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]).toMatchObject({ path: ["end"], message: "duty.validation.endAfterStart" });
    // A sibling unit's admin cannot record for this member; another tenant cannot either.
    await expect(recordHours({ actor: t.actors.unitAdminB, data: { ...base, date: "2026-10-22", start: 60, end: 120 } })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await records(t)).toHaveLength(1);

    // The database itself refuses overlaps even without the check (two requests at once).
    await expect(
      withOwner((db) =>
        db.dutyRecord.create({ data: { tenantId: t.tenantId, personId: t.people.a1bMember.id, binPointId: bp.id, startAt: atChinaTime("2026-10-20", 19 * 60), endAt: atChinaTime("2026-10-20", 19 * 60 + 30), minutes: 30, source: "RECORDED", status: "PENDING", recordedById: "x" } }),
      ),
    ).rejects.toThrow(/x_DutyRecord_no_overlap|exclusion/);

    // Rejection needs a reason and keeps the hours out of the norm.
    const [rec] = await records(t);
    await rejectRecord({ actor: t.actors.unitAdminA1, recordId: rec.id, reason: "当天未到岗" });
    expect((await records(t))[0]).toMatchObject({ status: "REJECTED", rejectReason: "当天未到岗" });
    const listed = await listDutyRecords({ actor: t.actors.unitAdminA1, status: "REJECTED" });
    expect(listed.rows.map((r) => r.id)).toEqual([rec.id]);
    expect((await listDutyRecords({ actor: t.actors.unitAdminB })).rows).toHaveLength(0);
  });
});

describe("monthly hours", () => {
  async function seedMonthEdge(t: TestTenant) {
    const bp = await binPoint(t);
    const second = await addPerson(t, t.nodes.a1b.id, "乙党员");
    const worker = await addPerson(t, t.nodes.a1.id, "社区职工", { isPartyMember: false });
    const rows = [
      // 23:00 on 31 October to 01:00 on 1 November (China): counts in October, by its start.
      { personId: t.people.a1bMember.id, start: atChinaTime("2026-10-31", 23 * 60), minutes: 120, status: "VERIFIED" },
      // 01:30 on 1 November China is still 31 October in UTC and in New York.
      { personId: t.people.a1bMember.id, start: atChinaTime("2026-11-01", 90), minutes: 45, status: "VERIFIED" },
      { personId: t.people.a1bMember.id, start: atChinaTime("2026-11-15", 18 * 60), minutes: 90, status: "VERIFIED" },
      { personId: second.id, start: atChinaTime("2026-11-30", 23 * 60 + 30), minutes: 60, status: "VERIFIED" },
      { personId: second.id, start: atChinaTime("2026-11-10", 7 * 60), minutes: 60, status: "PENDING" },
      { personId: worker.id, start: atChinaTime("2026-11-12", 7 * 60), minutes: 150, status: "VERIFIED" },
      { personId: worker.id, start: atChinaTime("2026-11-13", 7 * 60), minutes: 100, status: "REJECTED" },
      { personId: t.people.b1Person.id, start: atChinaTime("2026-11-13", 7 * 60), minutes: 100, status: "VERIFIED" },
    ] as const;
    await withOwner((db) =>
      db.dutyRecord.createMany({
        data: rows.map((r) => ({ tenantId: t.tenantId, personId: r.personId, binPointId: bp.id, startAt: r.start, endAt: new Date(r.start.getTime() + r.minutes * 60_000), minutes: r.minutes, source: "RECORDED" as const, status: r.status, recordedById: "seed" })),
      }),
    );
    return { rows, second, worker };
  }

  it("sum verified minutes per unit by China month boundaries, whatever the server's zone", async () => {
    const t = await createTestTenant();
    const { rows, second, worker } = await seedMonthEdge(t);
    const zones = ["UTC", "America/New_York", "Asia/Shanghai"];
    const results = [];
    for (const tz of zones) {
      process.env.TZ = tz;
      results.push(
        await inTenantId(t.tenantId, (tx) => summarizeDutyForUnits({ tx, tenantId: t.tenantId, nodeIds: [t.nodes.a1.id, t.nodes.a1b.id, t.nodes.root.id], monthKey: "2026-11" })),
      );
    }
    process.env.TZ = "UTC";
    expect(results[1]).toEqual(results[0]);
    expect(results[2]).toEqual(results[0]);
    const [a1, a1b, root] = results[0];
    // Hand-computed from the verified November rows: member 45 + 90, second 60, worker 150 (a1); b1Person 100 (root only).
    expect(a1b).toMatchObject({ peopleOnDuty: 2, totalMinutes: 195, totalHours: 3.25, peopleReaching2h: 1, partyMembersAmong: 2 });
    expect(a1).toMatchObject({ peopleOnDuty: 3, totalMinutes: 345, totalHours: 5.75, peopleReaching2h: 2, partyMembersAmong: 2 });
    expect(root).toMatchObject({ peopleOnDuty: 4, totalMinutes: 445, peopleReaching2h: 2 });
    expect(a1.people.map((p) => [p.personId, p.minutes]).sort()).toEqual(
      [[t.people.a1bMember.id, 135], [second.id, 60], [worker.id, 150]].sort(),
    );
    // The prefill equals the verified records, computed by hand in JavaScript.
    const { start, end } = { start: atChinaTime("2026-11-01", 0), end: atChinaTime("2026-12-01", 0) };
    const inA1 = new Set([t.people.a1bMember.id, second.id, worker.id]);
    const expected = rows.filter((r) => r.status === "VERIFIED" && r.start >= start && r.start < end && inA1.has(r.personId)).reduce((a, r) => a + r.minutes, 0);
    expect(a1.totalMinutes).toBe(expected);
    const october = await inTenantId(t.tenantId, (tx) => summarizeDutyForUnits({ tx, tenantId: t.tenantId, nodeIds: [t.nodes.a1.id], monthKey: "2026-10" }));
    expect(october[0]).toMatchObject({ peopleOnDuty: 1, totalMinutes: 120, peopleReaching2h: 1 });
  });

  it("keeps a member's month to their own records", async () => {
    const t = await createTestTenant();
    await seedMonthEdge(t);
    const m = await getMyDutyMonth({ actor: t.actors.member, month: "2026-11", normMinutes: 120 });
    expect(m).toMatchObject({ verified: 135, pending: 0 });
    expect(m!.rows.every((r) => r.personId === t.people.a1bMember.id)).toBe(true);
  });

  it("cancels only the member's own future sign-ups", async () => {
    const t = await createTestTenant();
    await binPoint(t);
    const slots = await listMySlots({ actor: t.actors.member, today: "2026-11-02" });
    const s = await signUp({ actor: t.actors.member, slotId: slots.points[0].slots[1].id, date: "2026-11-04", today: "2026-11-02" });
    const otherMember = await addActor(t, "MEMBER", t.nodes.a1b.id, (await addPerson(t, t.nodes.a1b.id, "另一党员")).id);
    await expect(cancelSignup({ actor: otherMember, signupId: s.id, today: "2026-11-02" })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await cancelSignup({ actor: t.actors.member, signupId: s.id, today: "2026-11-02" });
    expect(await withOwner((db) => db.dutySignup.count({ where: { tenantId: t.tenantId } }))).toBe(0);
  });
});
