// A small world for the dashboard tests, every figure of which is computed by hand in dashboards-indicators.test.ts.
// "Now" is Monday 15 March 2027, 10:00 in Beijing; the records lie in January–March 2027. Written with the owner
// connection (the triggers fire as they would for the app).
import crypto from "node:crypto";
import { newId } from "../../lib/ids";
import { createTestTenant, owner, type TestTenant } from "../factories/tenant";

export const NOW = new Date("2027-03-15T02:00:00Z");
/** A Beijing wall time as an instant: bj("2027-01-05 10:00"). */
export const bj = (s: string) => new Date(`${s.replace(" ", "T")}:00+08:00`);
const day = (s: string) => new Date(`${s}T00:00:00Z`);
const token = () => crypto.randomBytes(12).toString("hex");

export type World = Awaited<ReturnType<typeof buildWorld>>;

export async function buildWorld(tt?: TestTenant) {
  tt ??= await createTestTenant();
  const t = tt.tenantId;
  const db = owner();
  const ids: Record<string, string> = {};
  try {
    const creator = tt.userIds.tenantAdmin;
    // Four more party members in the branch a1b, on the roster since 2026; p4 leaves on 10 February 2027.
    for (const [k, left] of [["p1", null], ["p2", null], ["p3", null], ["p4", bj("2027-02-10 09:00")]] as const) {
      ids[k] = (await db.person.create({ data: { tenantId: t, nodeId: tt.nodes.a1b.id, name: `党员${k}`, isPartyMember: true, joinedAt: day("2026-01-01"), leftAt: left }, select: { id: true } })).id;
    }

    // Weekly report of communities and branches (a1, a1b, b1), due Wednesdays 17:00, expected from 2027.
    const type = await db.reportType.create({
      data: { tenantId: t, code: "weekly_progress", name: "周报", cadence: "WEEKLY", weekday: 3, dueTime: "17:00", periodOffset: 0, fields: [], filerKindCodes: ["community", "party_branch"], activeFrom: bj("2027-01-01 00:00") },
      select: { id: true },
    });
    const sub = (nodeId: string, periodKey: string, at: Date, onTime: boolean) => ({ tenantId: t, reportTypeId: type.id, nodeId, periodKey, status: "SUBMITTED" as const, submittedAt: at, firstSubmittedAt: at, onTime });
    await db.reportSubmission.createMany({
      data: [
        sub(tt.nodes.a1.id, "2027-W01", bj("2027-01-06 10:00"), true),
        sub(tt.nodes.a1.id, "2027-W02", bj("2027-01-14 09:00"), false),
        sub(tt.nodes.a1.id, "2027-W05", bj("2027-02-03 16:00"), true),
        sub(tt.nodes.a1b.id, "2027-W01", bj("2027-01-05 11:00"), true),
      ],
    });
    // A draft counts for nothing.
    await db.reportSubmission.create({ data: { tenantId: t, reportTypeId: type.id, nodeId: tt.nodes.b1.id, periodKey: "2027-W01", status: "DRAFT" } });

    // A campaign with pledges, activities and a knowledge contest.
    const campaign = await db.campaign.create({ data: { tenantId: t, nodeId: tt.nodes.root.id, title: "垃圾分类动员", startsOn: day("2027-01-01"), endsOn: day("2027-12-31"), status: "RUNNING", createdById: creator }, select: { id: true } });
    ids.campaign = campaign.id;
    await db.pledgeSignature.createMany({
      data: [
        { tenantId: t, campaignId: campaign.id, personId: ids.p1, nodeId: tt.nodes.a1b.id, channel: "APP", signedAt: bj("2027-01-05 12:00") },
        { tenantId: t, campaignId: campaign.id, personId: ids.p2, nodeId: tt.nodes.a1b.id, channel: "APP", signedAt: bj("2027-02-20 12:00") },
        { tenantId: t, campaignId: campaign.id, personId: ids.p4, nodeId: tt.nodes.a1b.id, channel: "PAPER", signedAt: bj("2027-01-10 12:00") },
        // A public signer who is not on the roster does not count.
        { tenantId: t, campaignId: campaign.id, personId: null, nodeId: tt.nodes.a1b.id, channel: "PUBLIC", signerName: "路人", phoneKey: "13800000000", signedAt: bj("2027-01-06 12:00") },
      ],
    });
    const activity = async (startsAt: Date, status: "HELD" | "CANCELLED", people: [string, boolean][]) => {
      const a = await db.activity.create({ data: { tenantId: t, campaignId: campaign.id, nodeId: tt.nodes.a1.id, kind: "TRAINING", title: "培训", startsAt, endsAt: new Date(startsAt.getTime() + 3600_000), status, checkinToken: token(), createdById: creator }, select: { id: true } });
      await db.activityParticipant.createMany({ data: people.map(([personId, checkedIn]) => ({ tenantId: t, activityId: a.id, personId, source: "ROSTER" as const, checkedInAt: checkedIn ? startsAt : null })) });
      return a.id;
    };
    await activity(bj("2027-01-15 09:00"), "HELD", [[ids.p1, true], [ids.p2, false], [tt.people.a1Person.id, true]]);
    await activity(bj("2027-02-12 09:00"), "HELD", [[ids.p1, true], [ids.p3, true]]);
    ids.cancelled = await activity(bj("2027-01-20 09:00"), "CANCELLED", [[ids.p3, true]]);
    const quiz = await db.quiz.create({ data: { tenantId: t, campaignId: campaign.id, title: "知识竞赛", questionCount: 10, timeLimitSec: 600, passPercent: 80, createdById: creator }, select: { id: true } });
    const attempt = (personId: string, no: number, submittedAt: Date, percent: number, late = false) => ({
      tenantId: t, quizId: quiz.id, personId, nodeId: tt.nodes.a1b.id, attemptNo: no, questionIds: [], startedAt: submittedAt, deadlineAt: submittedAt, submittedAt, total: 10, correct: percent / 10, percent, late,
    });
    await db.quizAttempt.createMany({
      data: [attempt(ids.p1, 1, bj("2027-01-20 10:00"), 90), attempt(ids.p2, 1, bj("2027-01-21 10:00"), 70), attempt(ids.p2, 2, bj("2027-02-03 10:00"), 85), attempt(ids.p3, 1, bj("2027-01-22 10:00"), 95, true)],
    });

    // A bin point of the compound a1c: ledgers, duty of the branch's members.
    const bp = await db.binPoint.create({ data: { tenantId: t, nodeId: tt.nodes.a1c.id, name: "1号桶站", qrToken: token() }, select: { id: true } });
    ids.binPoint = bp.id;
    const slot = await db.dutySlot.create({ data: { tenantId: t, binPointId: bp.id, startMinute: 390, endMinute: 510 }, select: { id: true } });
    await db.supervisionLedger.createMany({
      data: [
        { tenantId: t, binPointId: bp.id, slotId: slot.id, date: day("2027-01-10"), supervisorId: creator, observed: 100, correct: 80, corrected: 10 },
        { tenantId: t, binPointId: bp.id, slotId: slot.id, date: day("2027-01-11"), supervisorId: creator, observed: 50, correct: 45, corrected: 2 },
        { tenantId: t, binPointId: bp.id, slotId: slot.id, date: day("2027-02-01"), supervisorId: creator, observed: 40, correct: 30, corrected: 5 },
      ],
    });
    const duty = (personId: string, start: string, minutes: number, status: "VERIFIED" | "PENDING") => ({
      tenantId: t, personId, binPointId: bp.id, startAt: bj(start), endAt: new Date(bj(start).getTime() + minutes * 60_000), minutes, source: "RECORDED" as const, status, recordedById: creator,
    });
    await db.dutyRecord.createMany({
      data: [duty(ids.p1, "2027-01-10 06:30", 90, "VERIFIED"), duty(ids.p1, "2027-01-20 06:30", 40, "VERIFIED"), duty(ids.p2, "2027-01-12 18:00", 120, "VERIFIED"), duty(ids.p3, "2027-01-13 18:00", 200, "PENDING"), duty(ids.p1, "2027-02-05 06:30", 60, "VERIFIED")],
    });

    // Households of a1c: the factory's (linked to a1bMember) and one more without a link; b1c's one is not linked.
    ids.h3 = (await db.household.create({ data: { tenantId: t, nodeId: tt.nodes.a1c.id, building: "1号楼", room: "102", headName: "丙户主" }, select: { id: true } })).id;
    await db.householdVisit.createMany({
      data: [
        { tenantId: t, householdId: tt.households.a1c.id, visitorId: ids.p1, visitedOn: day("2027-01-08"), minutes: 30, explained: "讲解分类", createdById: creator },
        { tenantId: t, householdId: tt.households.b1c.id, visitorId: null, visitedOn: day("2027-02-02"), minutes: 20, explained: "入户宣传", createdById: creator },
      ],
    });

    // Points and the time bank of p1.
    const account = await db.pointsAccount.create({ data: { tenantId: t, personId: ids.p1 }, select: { id: true } });
    const entry = (currency: "POINTS" | "MINUTES", amount: number, kind: "AWARD" | "CLAIM" | "EXCHANGE" | "DEPOSIT" | "REVERSAL", at: string) => ({
      tenantId: t, accountId: account.id, currency, amount, kind, sourceType: "Test", sourceId: newId(), createdAt: bj(at),
    });
    await db.ledgerEntry.createMany({
      data: [
        entry("POINTS", 10, "AWARD", "2027-01-05 10:00"),
        entry("POINTS", 5, "CLAIM", "2027-01-06 10:00"),
        entry("POINTS", -8, "EXCHANGE", "2027-01-20 10:00"),
        entry("MINUTES", 90, "DEPOSIT", "2027-01-10 10:00"),
        entry("POINTS", 3, "AWARD", "2027-02-02 10:00"),
        entry("POINTS", -5, "REVERSAL", "2027-02-03 10:00"),
      ],
    });

    // Inspections and rectifications.
    const checklist = await db.checklist.create({ data: { tenantId: t, name: "月度检查表", items: [{ key: "sorting", text: "分类投放", maxScore: 100, photoRequired: false }], createdById: creator }, select: { id: true } });
    ids.checklist = checklist.id;
    const insp = (nodeId: string, kind: "MONTHLY" | "UNANNOUNCED" | "FOLLOW_UP", at: string, total: number, maxTotal: number, extra: { observed?: number; correct?: number } = {}) =>
      db.inspection.create({ data: { tenantId: t, kind, checklistId: checklist.id, nodeId, inspectorId: creator, occurredAt: bj(at), scores: [], total, maxTotal, ...extra }, select: { id: true } });
    const i1 = await insp(tt.nodes.a1c.id, "MONTHLY", "2027-01-15 10:00", 80, 100, { observed: 10, correct: 5 });
    await insp(tt.nodes.b1c.id, "UNANNOUNCED", "2027-02-10 10:00", 45, 50);
    await insp(tt.nodes.a1c.id, "FOLLOW_UP", "2027-03-01 10:00", 0, 0);
    ids.inspection = i1.id;
    const rect = (nodeId: string, deadline: string, status: "OPEN" | "DONE" | "VERIFIED", doneAt?: string) =>
      ({ tenantId: t, inspectionId: i1.id, description: "桶站脏乱", nodeId, deadline: bj(deadline), status, doneAt: doneAt ? bj(doneAt) : null });
    await db.rectification.createMany({
      data: [rect(tt.nodes.a1c.id, "2027-01-20 17:00", "DONE", "2027-01-18 10:00"), rect(tt.nodes.a1c.id, "2027-01-25 17:00", "OPEN"), rect(tt.nodes.b1c.id, "2027-03-20 17:00", "OPEN"), rect(tt.nodes.b1c.id, "2027-02-15 17:00", "VERIFIED", "2027-02-16 10:00")],
    });
  } finally {
    await db.$disconnect();
  }
  return { tt, ids };
}

/** The figures as the roll-up holds them: own (DashFact) or subtree (DashRollup), { indicator: [num, den] }. */
export async function figures(table: "DashFact" | "DashRollup", tenantId: string, nodeId: string, period: string): Promise<Record<string, [number, number]>> {
  const db = owner();
  try {
    const rows = await db.$queryRawUnsafe<{ indicator: string; num: number; den: number }[]>(
      `SELECT indicator, num, den FROM "${table}" WHERE "tenantId" = $1 AND "nodeId" = $2 AND "periodKey" = $3`,
      tenantId,
      nodeId,
      period,
    );
    return Object.fromEntries(rows.map((r) => [r.indicator, [r.num, r.den]]));
  } finally {
    await db.$disconnect();
  }
}
