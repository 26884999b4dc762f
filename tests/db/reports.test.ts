import pg from "pg";
import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/access/errors";
import { getReportView, listReviewQueue, listMyFilings } from "@/lib/reports/read-submissions";
import { getReportState, reopenReport, reviewReport, writeReport } from "@/lib/reports/write-submissions";
import { createTestTenant, owner } from "../factories/tenant";
import { at, createWeeklyType, DUE, key, minimalWeekly, twoTenantsWithWeekly, WEEK } from "./reports-fixtures";

async function codeOf(p: Promise<unknown>): Promise<string> {
  try {
    await p;
    return "OK";
  } catch (e) {
    if (e instanceof AppError) return `${e.code}:${e.messageKey}`;
    throw e;
  }
}

const ref = (nodeId: string) => ({ type: "weekly_progress", period: WEEK, nodeId });

async function countRows(tenantId: string) {
  const db = owner();
  try {
    const [subs, revs] = await Promise.all([db.reportSubmission.findMany({ where: { tenantId } }), db.reportRevision.findMany({ where: { tenantId }, orderBy: { createdAt: "asc" } })]);
    return { subs, revs };
  } finally {
    await db.$disconnect();
  }
}

describe("filing a report", () => {
  it("walks every status: draft, submitted on time, returned with a comment, corrected, approved", async () => {
    const tt = await createTestTenant();
    const type = await createWeeklyType(tt);
    const { reporterA, tenantAdmin } = tt.actors;
    const a1 = tt.nodes.a1.id;

    let view = await getReportView({ actor: reporterA, ...ref(a1), now: at(-60) });
    expect(view.display).toBe("NOT_STARTED");
    expect(view.can.edit).toBe(true);

    const d1 = await writeReport({ actor: reporterA, action: "save", input: { ...ref(a1), data: { progress: "草稿" }, baseVersion: 0, idempotencyKey: key() }, now: at(-50) });
    expect(d1).toMatchObject({ status: "DRAFT", version: 1, unchanged: false });
    const same = await writeReport({ actor: reporterA, action: "save", input: { ...ref(a1), data: { progress: "草稿" }, baseVersion: 1, idempotencyKey: key() }, now: at(-49) });
    expect(same).toMatchObject({ version: 1, unchanged: true });
    // A submission needs the required fields.
    expect(await codeOf(writeReport({ actor: reporterA, action: "submit", input: { ...ref(a1), data: { progress: "草稿" }, baseVersion: 1 }, now: at(-40) }))).toBe(
      "VALIDATION:errors.validation",
    );
    const s1 = await writeReport({ actor: reporterA, action: "submit", input: { ...ref(a1), data: minimalWeekly, baseVersion: 1, idempotencyKey: key() }, now: at(-1) });
    expect(s1).toMatchObject({ status: "SUBMITTED", version: 2, onTime: true });
    view = await getReportView({ actor: reporterA, ...ref(a1), now: at(5) });
    expect(view.display).toBe("SUBMITTED_ON_TIME");
    expect(view.can.edit).toBe(false);
    expect(view.chain.map((c) => c.id)).toEqual([tt.nodes.root.id]);

    // The reporter cannot review; the tenant admin (the root level) returns it with a comment.
    expect(await codeOf(reviewReport({ actor: reporterA, input: { submissionId: s1.id, decision: "return", comment: "x", version: 2 }, now: at(10) }))).toBe("FORBIDDEN:errors.forbidden");
    expect(await codeOf(reviewReport({ actor: tenantAdmin, input: { submissionId: s1.id, decision: "return", comment: null, version: 2 }, now: at(10) }))).toBe("VALIDATION:errors.validation");
    const r = await reviewReport({ actor: tenantAdmin, input: { submissionId: s1.id, decision: "return", comment: "请补充参与人数", version: 2 }, now: at(10) });
    expect(r).toMatchObject({ status: "RETURNED", version: 3 });
    view = await getReportView({ actor: reporterA, ...ref(a1), now: at(20) });
    expect(view.display).toBe("RETURNED");
    expect(view.submission?.returnComment).toBe("请补充参与人数");
    expect(view.can.edit).toBe(true);

    const fix = await writeReport({ actor: reporterA, action: "save", input: { ...ref(a1), data: { ...minimalWeekly, participation: 30 }, baseVersion: 3, idempotencyKey: key() }, now: at(30) });
    expect(fix).toMatchObject({ status: "RETURNED", version: 4 });
    const again = await writeReport({ actor: reporterA, action: "submit", input: { ...ref(a1), data: { ...minimalWeekly, participation: 30 }, baseVersion: 4, idempotencyKey: key() }, now: at(40) });
    // Timeliness stays with the first submission.
    expect(again).toMatchObject({ status: "SUBMITTED", version: 5, onTime: true });
    const ok = await reviewReport({ actor: tenantAdmin, input: { submissionId: s1.id, decision: "approve", comment: null, version: 5 }, now: at(50) });
    expect(ok).toMatchObject({ status: "APPROVED", version: 6 });
    expect(await codeOf(writeReport({ actor: reporterA, action: "save", input: { ...ref(a1), data: minimalWeekly, baseVersion: 6 }, now: at(60) }))).toBe("CONFLICT:errors.report.approved");

    // Every change is a revision, with who and when; content snapshots on saves and submissions.
    const { subs, revs } = await countRows(tt.tenantId);
    expect(subs).toHaveLength(1);
    expect(revs.map((x) => `${x.version}:${x.action}:${x.status}`)).toEqual(["1:save:DRAFT", "2:submit:SUBMITTED", "3:return:RETURNED", "4:save:RETURNED", "5:submit:SUBMITTED", "6:approve:APPROVED"]);
    expect(revs[3].data).toMatchObject({ participation: 30 });
    expect(revs[2]).toMatchObject({ comment: "请补充参与人数", level: 1, actorUserId: tt.userIds.tenantAdmin, data: null });

    // The unit was told about the return and the approval.
    const db = owner();
    const notes = await db.notification.findMany({ where: { tenantId: tt.tenantId }, orderBy: { createdAt: "asc" } });
    const audits = await db.auditLog.findMany({ where: { tenantId: tt.tenantId, entityType: "ReportSubmission" }, orderBy: { id: "asc" } });
    await db.$disconnect();
    // a1's own admin hears of the return and the approval.
    expect(notes.map((n) => `${n.kind}:${n.userId === tt.userIds.unitAdminA1}`)).toEqual(["report.returned:true", "report.approved:true"]);
    expect(notes[0].body).toContain("请补充参与人数");
    expect(audits.map((x) => x.action)).toEqual(["report.save", "report.submit", "report.return", "report.save", "report.submit", "report.approve"]);
  });

  it("marks a submission at 16:59 on time and one at 17:01 late", async () => {
    const tt = await createTestTenant();
    await createWeeklyType(tt);
    const early = await writeReport({ actor: tt.actors.reporterA, action: "submit", input: { ...ref(tt.nodes.a1.id), data: minimalWeekly, baseVersion: 0 }, now: at(-1) });
    const late = await writeReport({ actor: tt.actors.unitAdminB, action: "submit", input: { ...ref(tt.nodes.b1.id), data: minimalWeekly, baseVersion: 0 }, now: at(1) });
    expect([early.onTime, late.onTime]).toEqual([true, false]);
    const lateView = await getReportView({ actor: tt.actors.leader, ...ref(tt.nodes.b1.id), now: at(2) });
    expect(lateView.display).toBe("SUBMITTED_LATE");
    const missing = await getReportView({ actor: tt.actors.leader, ...ref(tt.nodes.a1b.id), now: at(2) });
    expect(missing.display).toBe("MISSING");
    expect(DUE.toISOString()).toBe("2027-03-10T09:00:00.000Z");
  });
});

describe("idempotent submission", () => {
  it("turns a double click, a retry and parallel requests with one key into one submission", async () => {
    const tt = await createTestTenant();
    await createWeeklyType(tt);
    const k = key();
    const input = { ...ref(tt.nodes.a1.id), data: minimalWeekly, baseVersion: 0, idempotencyKey: k };
    const results = await Promise.all(Array.from({ length: 12 }, () => writeReport({ actor: tt.actors.reporterA, action: "submit", input, now: at(-5) })));
    expect(new Set(results.map((r) => `${r.id}:${r.version}:${r.status}`)).size).toBe(1);
    expect(results.filter((r) => !r.replayed)).toHaveLength(1);
    // A retry after a lost response answers the first result.
    const retry = await writeReport({ actor: tt.actors.reporterA, action: "submit", input, now: at(3) });
    expect(retry).toMatchObject({ id: results[0].id, version: 1, replayed: true, onTime: true });
    const { subs, revs } = await countRows(tt.tenantId);
    expect(subs).toHaveLength(1);
    expect(revs.filter((r) => r.action === "submit")).toHaveLength(1);
  });

  it("lets exactly one of two tabs win and refuses the other with the newer content to look at", async () => {
    const tt = await createTestTenant();
    await createWeeklyType(tt);
    const a1 = ref(tt.nodes.a1.id);
    const tabs = await Promise.allSettled(
      ["甲", "乙", "丙", "丁", "戊"].map((who) =>
        writeReport({ actor: tt.actors.reporterA, action: "submit", input: { ...a1, data: { ...minimalWeekly, progress: who }, baseVersion: 0, idempotencyKey: key() }, now: at(-5) }),
      ),
    );
    const won = tabs.filter((t) => t.status === "fulfilled");
    expect(won).toHaveLength(1);
    for (const t of tabs.filter((x) => x.status === "rejected")) {
      expect((t as PromiseRejectedResult).reason).toMatchObject({ code: "CONFLICT" });
    }
    const { subs } = await countRows(tt.tenantId);
    expect(subs).toHaveLength(1);
    const state = await getReportState({ actor: tt.actors.reporterA, ...{ type: a1.type, period: a1.period, nodeId: a1.nodeId } });
    expect(state?.version).toBe(1);
    expect(state?.status).toBe("SUBMITTED");

    // Two drafts from the same version: the second is refused, never silently overwrites the first.
    const b1 = ref(tt.nodes.b1.id);
    await writeReport({ actor: tt.actors.unitAdminB, action: "save", input: { ...b1, data: { progress: "第一个窗口" }, baseVersion: 0 }, now: at(-30) });
    expect(await codeOf(writeReport({ actor: tt.actors.unitAdminB, action: "save", input: { ...b1, data: { progress: "第二个窗口" }, baseVersion: 0 }, now: at(-29) }))).toBe(
      "CONFLICT:errors.report.stale",
    );
    const b1State = await getReportState({ actor: tt.actors.unitAdminB, type: b1.type, period: b1.period, nodeId: b1.nodeId });
    expect(b1State?.data).toEqual({ progress: "第一个窗口" });
  });
});

describe("lock and reopen", () => {
  it("locks entry after the lock day, and lets a higher level reopen one unit's period (logged)", async () => {
    const tt = await createTestTenant();
    await createWeeklyType(tt);
    const after = at(7 * 24 * 60 + 1);
    const a1 = ref(tt.nodes.a1.id);
    const a1b = ref(tt.nodes.a1b.id);
    expect(await codeOf(writeReport({ actor: tt.actors.reporterA, action: "submit", input: { ...a1, data: minimalWeekly, baseVersion: 0 }, now: after }))).toBe("CONFLICT:errors.report.locked");
    // Filing before the period opens is refused too.
    expect(await codeOf(writeReport({ actor: tt.actors.reporterA, action: "save", input: { ...a1, data: {}, baseVersion: 0 }, now: new Date("2027-03-07T15:00:00Z") }))).toBe("CONFLICT:errors.report.notOpen");
    const view = await getReportView({ actor: tt.actors.tenantAdmin, ...a1, now: after });
    expect(view).toMatchObject({ locked: true, display: "MISSING" });
    expect(view.can.reopen).toBe(true);

    // Reopening needs a level strictly above the unit: not the reporter, not the unit's own admin.
    expect(await codeOf(reopenReport({ actor: tt.actors.reporterA, input: { ...a1, days: 3, reason: "补报" }, now: after }))).toBe("FORBIDDEN:errors.forbidden");
    expect(await codeOf(reopenReport({ actor: tt.actors.unitAdminA1, input: { ...a1, days: 3, reason: "补报" }, now: after }))).toBe("FORBIDDEN:errors.forbidden");
    expect(await codeOf(reopenReport({ actor: tt.actors.unitAdminB, input: { ...a1, days: 3, reason: "补报" }, now: after }))).toBe("NOT_FOUND:errors.notFound");
    const re = await reopenReport({ actor: tt.actors.tenantAdmin, input: { ...a1, days: 3, reason: "系统故障补报" }, now: after });
    expect(re.reopenedUntil.toISOString()).toBe(new Date(after.getTime() + 3 * 86_400_000).toISOString());
    // unitAdminA1 may reopen the branch below its community.
    await reopenReport({ actor: tt.actors.unitAdminA1, input: { ...a1b, days: 1, reason: "补报" }, now: after });

    const state = await getReportState({ actor: tt.actors.reporterA, type: a1.type, period: a1.period, nodeId: a1.nodeId });
    const late = await writeReport({ actor: tt.actors.reporterA, action: "submit", input: { ...a1, data: minimalWeekly, baseVersion: state!.version }, now: at(8 * 24 * 60) });
    expect(late).toMatchObject({ status: "SUBMITTED", onTime: false });
    // After the reopening ends, the branch is locked again.
    expect(await codeOf(writeReport({ actor: tt.actors.reporterA, action: "save", input: { ...a1b, data: { progress: "x" }, baseVersion: 1 }, now: at(9 * 24 * 60) }))).toBe("CONFLICT:errors.report.locked");

    const db = owner();
    const audits = await db.auditLog.findMany({ where: { tenantId: tt.tenantId, action: "report.reopen" } });
    await db.$disconnect();
    expect(audits).toHaveLength(2);
    expect(audits.find((x) => x.actorUserId === tt.userIds.tenantAdmin)?.after).toMatchObject({ reason: "系统故障补报", periodKey: WEEK });
  });
});

describe("review order", () => {
  it("approves level by level: the community before the district, and shows each reviewer only their turn", async () => {
    const tt = await createTestTenant();
    await createWeeklyType(tt);
    const { reporterA, unitAdminA1, tenantAdmin, leader, unitAdminB } = tt.actors;
    const s = await writeReport({ actor: reporterA, action: "submit", input: { ...ref(tt.nodes.a1b.id), data: minimalWeekly, baseVersion: 0 }, now: at(-10) });
    const view = await getReportView({ actor: tenantAdmin, ...ref(tt.nodes.a1b.id), now: at(0) });
    expect(view.chain.map((c) => c.id)).toEqual([tt.nodes.a1.id, tt.nodes.root.id]);

    expect((await listReviewQueue({ actor: unitAdminA1 })).map((r) => r.id)).toEqual([s.id]);
    expect(await listReviewQueue({ actor: tenantAdmin })).toEqual([]);
    expect(await codeOf(reviewReport({ actor: tenantAdmin, input: { submissionId: s.id, decision: "approve", comment: null, version: 1 }, now: at(1) }))).toBe("CONFLICT:errors.report.wrongLevel");
    expect(await codeOf(reviewReport({ actor: unitAdminB, input: { submissionId: s.id, decision: "approve", comment: null, version: 1 }, now: at(1) }))).toBe("NOT_FOUND:errors.notFound");

    const l1 = await reviewReport({ actor: unitAdminA1, input: { submissionId: s.id, decision: "approve", comment: null, version: 1 }, now: at(2) });
    expect(l1).toMatchObject({ status: "SUBMITTED", approvedLevel: 1, levels: 2 });
    expect(await listReviewQueue({ actor: unitAdminA1 })).toEqual([]);
    expect((await listReviewQueue({ actor: leader })).map((r) => r.id)).toEqual([s.id]);
    expect(await codeOf(reviewReport({ actor: unitAdminA1, input: { submissionId: s.id, decision: "approve", comment: null, version: 2 }, now: at(3) }))).toBe("CONFLICT:errors.report.wrongLevel");
    // A stale version (somebody else acted meanwhile) is refused.
    expect(await codeOf(reviewReport({ actor: leader, input: { submissionId: s.id, decision: "approve", comment: null, version: 1 }, now: at(3) }))).toBe("CONFLICT:errors.report.stale");
    const done = await reviewReport({ actor: leader, input: { submissionId: s.id, decision: "approve", comment: null, version: 2 }, now: at(4) });
    expect(done).toMatchObject({ status: "APPROVED", approvedLevel: 2 });
    const after = await getReportView({ actor: reporterA, ...ref(tt.nodes.a1b.id), now: at(5) });
    expect(after.chain.every((c) => c.approved)).toBe(true);
  });

  it("takes the review levels from the configured kinds, skipping levels nobody can review at", async () => {
    const tt = await createTestTenant();
    // Streets approve first (both have a unit admin); compounds are configured too but have no reviewer.
    await createWeeklyType(tt, { reviewKindCodes: ["street", "compound"] });
    const a1b = await writeReport({ actor: tt.actors.reporterA, action: "submit", input: { ...ref(tt.nodes.a1b.id), data: minimalWeekly, baseVersion: 0 }, now: at(-10) });
    const b1 = await writeReport({ actor: tt.actors.unitAdminB, action: "submit", input: { ...ref(tt.nodes.b1.id), data: minimalWeekly, baseVersion: 0 }, now: at(-10) });
    const chainOf = async (nodeId: string) => (await getReportView({ actor: tt.actors.tenantAdmin, ...ref(nodeId), now: at(0) })).chain.map((c) => c.id);
    expect(await chainOf(tt.nodes.a1b.id)).toEqual([tt.nodes.a.id, tt.nodes.root.id]);
    expect(await chainOf(tt.nodes.b1.id)).toEqual([tt.nodes.b.id, tt.nodes.root.id]);
    expect((await listReviewQueue({ actor: tt.actors.unitAdminA })).map((r) => r.id)).toEqual([a1b.id]);
    expect((await listReviewQueue({ actor: tt.actors.unitAdminB })).map((r) => r.id)).toEqual([b1.id]);
    // unitAdminA1 sits below the street level: not a reviewer of this chain.
    expect(await codeOf(reviewReport({ actor: tt.actors.unitAdminA1, input: { submissionId: a1b.id, decision: "approve", comment: null, version: 1 }, now: at(1) }))).toBe("FORBIDDEN:errors.forbidden");
  });
});

describe("report scope", () => {
  it("never lets a unit read or write a sibling's report, nor another tenant's", async () => {
    const { tt, other } = await twoTenantsWithWeekly();
    const b1 = ref(tt.nodes.b1.id);
    await writeReport({ actor: tt.actors.unitAdminB, action: "save", input: { ...b1, data: { progress: "乙的草稿" }, baseVersion: 0 }, now: at(-100) });

    // reporterA (street a) against b1 (under street b): 404 for reading, saving, submitting; nothing changes.
    expect(await codeOf(getReportView({ actor: tt.actors.reporterA, ...b1, now: at(-90) }))).toBe("NOT_FOUND:errors.notFound");
    expect(await codeOf(writeReport({ actor: tt.actors.reporterA, action: "save", input: { ...b1, data: { progress: "篡改" }, baseVersion: 1 }, now: at(-90) }))).toBe("NOT_FOUND:errors.notFound");
    expect(await codeOf(writeReport({ actor: tt.actors.reporterA, action: "submit", input: { ...b1, data: minimalWeekly, baseVersion: 1 }, now: at(-90) }))).toBe("NOT_FOUND:errors.notFound");
    expect(await codeOf(getReportState({ actor: tt.actors.reporterA, type: b1.type, period: b1.period, nodeId: b1.nodeId }))).toBe("NOT_FOUND:errors.notFound");
    // The parent's node does not file, and another tenant's unit does not exist here.
    expect(await codeOf(writeReport({ actor: tt.actors.reporterA, action: "save", input: { ...ref(tt.nodes.a.id), data: {}, baseVersion: 0 }, now: at(-90) }))).toBe("NOT_FOUND:errors.notFound");
    expect(await codeOf(writeReport({ actor: tt.actors.tenantAdmin, action: "save", input: { ...ref(other.nodes.a1.id), data: {}, baseVersion: 0 }, now: at(-90) }))).toBe("NOT_FOUND:errors.notFound");
    expect(await codeOf(getReportView({ actor: other.actors.tenantAdmin, ...b1, now: at(-90) }))).toBe("NOT_FOUND:errors.notFound");
    // A representative reads the units they follow (a1 and below), not the others, and files nothing.
    expect((await getReportView({ actor: tt.actors.representative, ...ref(tt.nodes.a1b.id), now: at(-90) })).can.edit).toBe(false);
    expect(await codeOf(getReportView({ actor: tt.actors.representative, ...b1, now: at(-90) }))).toBe("NOT_FOUND:errors.notFound");
    expect(await codeOf(writeReport({ actor: tt.actors.representative, action: "save", input: { ...ref(tt.nodes.a1.id), data: {}, baseVersion: 0 }, now: at(-90) }))).toBe("FORBIDDEN:errors.forbidden");
    // Members have no reports at all.
    expect(await codeOf(getReportView({ actor: tt.actors.member, ...ref(tt.nodes.a1b.id), now: at(-90) }))).toBe("FORBIDDEN:errors.forbidden");

    const { subs } = await countRows(tt.tenantId);
    expect(subs.map((s) => s.data)).toEqual([{ progress: "乙的草稿" }]);
    expect((await countRows(other.tenantId)).subs).toEqual([]);

    // My filings list only what I file for.
    const mine = await listMyFilings({ actor: tt.actors.unitAdminB, now: at(-90) });
    expect(mine[0].units.map((u) => u.id)).toEqual([tt.nodes.b1.id]);
    expect(mine[0].units[0].periods[0]).toMatchObject({ key: WEEK, status: "DRAFT" });
  });

  it("keeps revisions append-only for the app role", async () => {
    const tt = await createTestTenant();
    await createWeeklyType(tt);
    await writeReport({ actor: tt.actors.reporterA, action: "submit", input: { ...ref(tt.nodes.a1.id), data: minimalWeekly, baseVersion: 0 }, now: at(-3) });
    const app = new pg.Client({ connectionString: process.env.APP_DATABASE_URL });
    await app.connect();
    try {
      await app.query("BEGIN");
      await app.query("SELECT set_config('app.tenant_id', $1, true)", [tt.tenantId]);
      await expect(app.query(`UPDATE "ReportRevision" SET data = '{}'`)).rejects.toThrow(/permission denied/);
      await app.query("ROLLBACK");
      await app.query("BEGIN");
      await app.query("SELECT set_config('app.tenant_id', $1, true)", [tt.tenantId]);
      await expect(app.query(`DELETE FROM "ReportRevision"`)).rejects.toThrow(/permission denied/);
      await app.query("ROLLBACK");
    } finally {
      await app.end();
    }
  });
});
