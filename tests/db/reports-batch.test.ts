// Filings that arrive together go to the database as one call (lib/db/group-commit.ts → report_write_many()).
// A batch must answer every request exactly as it would be answered alone: its own unit, scope, version, lock and
// tenant, a revision and an audit row for each write and none for a refusal.
import { describe, expect, it } from "vitest";
import type { Actor } from "@/lib/access/actor";
import { AppError } from "@/lib/access/errors";
import { likePatterns } from "@/lib/reports/filers";
import { periodOf } from "@/lib/reports/calendar";
import { fastId, rowsByItem, WRITE_MANY_SQL, writeItem, writeManyValues, type WriteAction, type WriteRow } from "@/lib/reports/write-sql";
import { filingBatchStats, reopenReport, writeReport } from "@/lib/reports/write-submissions";
import { hotQuery } from "@/lib/db";
import { createTestTenant, owner, type TestTenant } from "../factories/tenant";
import { createWeeklyType, key, minimalWeekly, twoTenantsWithWeekly } from "./reports-fixtures";

const RULE = { cadence: "WEEKLY" as const, weekday: 3, dueTime: "17:00", periodOffset: 0, lockAfterDays: 7 };
const week = (n: number) => `2027-W${String(n).padStart(2, "0")}`;
/** An instant `minutes` after the deadline of week n (negative: before it). */
const atWeek = (n: number, minutes: number) => new Date(periodOf(RULE, week(n), "Asia/Shanghai").deadline.getTime() + minutes * 60_000);

async function typeOf(tt: TestTenant) {
  const db = owner();
  try {
    return await db.reportType.findFirstOrThrow({ where: { tenantId: tt.tenantId, code: "weekly_progress" } });
  } finally {
    await db.$disconnect();
  }
}

describe("filing in batches", () => {
  it("answers each request of one call as it would be answered alone", async () => {
    const { tt, other } = await twoTenantsWithWeekly();
    const admin = tt.actors.tenantAdmin;
    const { a1, a1b, a1c, b1 } = tt.nodes;
    const file = (actor: Actor, nodeId: string, n: number, action: WriteAction, data: Record<string, unknown>, baseVersion: number, minutes = -60) =>
      writeReport({ actor, action, input: { type: "weekly_progress", period: week(n), nodeId, data, baseVersion, idempotencyKey: key() }, now: atWeek(n, minutes) });
    // Before the batch: drafts of weeks 1, 2 and 9, a submission of week 3, a draft of week 8 reopened after its lock.
    await file(admin, a1.id, 1, "save", { progress: "草稿一" }, 0);
    await file(admin, a1.id, 2, "save", { progress: "草稿二" }, 0);
    await file(admin, a1b.id, 3, "submit", minimalWeekly, 0);
    await file(admin, a1b.id, 8, "save", { progress: "草稿八" }, 0);
    await file(admin, a1.id, 9, "save", { progress: "不变" }, 0);
    const afterLock = atWeek(8, 8 * 24 * 60);
    await reopenReport({ actor: admin, input: { type: "weekly_progress", period: week(8), nodeId: a1b.id, days: 3, reason: "补报" }, now: afterLock });

    const type = await typeOf(tt);
    const otherType = await typeOf(other);
    const item = (o: { nodeId: string; n: number; action: WriteAction; data: Record<string, unknown>; base: number; scope?: string[]; locked?: boolean; now?: Date; t?: typeof type; tenant?: TestTenant }) =>
      writeItem(
        {
          tenantId: (o.tenant ?? tt).tenantId,
          typeId: (o.t ?? type).id,
          typeCode: "weekly_progress",
          typeUpdatedAt: (o.t ?? type).updatedAt,
          nodeId: o.nodeId,
          periodKey: week(o.n),
          data: o.data,
          baseVersion: o.base,
          now: o.now ?? atWeek(o.n, -30),
          userId: admin.userId,
          onTime: !o.locked,
          scopePatterns: o.scope ?? likePatterns([tt.nodes.root.path]),
          filerKindCodes: ["community", "party_branch"],
          filerRootPattern: "%",
          reviewKindCodes: [],
          locked: o.locked ?? false,
          submissionId: fastId(),
          revisionId: fastId(),
          idempotencyKey: key(),
          ip: "10.0.0.1",
          requestId: `req-${o.n}`,
        },
        o.action,
      );
    const items = [
      item({ nodeId: a1.id, n: 1, action: "submit", data: minimalWeekly, base: 1 }), // 0: the draft submitted
      item({ nodeId: a1.id, n: 2, action: "save", data: { progress: "新" }, base: 0 }), // 1: stale version
      item({ nodeId: a1b.id, n: 3, action: "save", data: { progress: "改" }, base: 1 }), // 2: already submitted
      item({ nodeId: b1.id, n: 4, action: "submit", data: minimalWeekly, base: 0, scope: likePatterns([tt.nodes.a.path]) }), // 3: a sibling, out of scope
      item({ nodeId: a1.id, n: 5, action: "save", data: { progress: "新草稿" }, base: 0 }), // 4: a new draft
      item({ nodeId: a1c.id, n: 6, action: "submit", data: minimalWeekly, base: 0 }), // 5: not a filing kind
      item({ nodeId: a1.id, n: 7, action: "submit", data: minimalWeekly, base: 0, locked: true, now: atWeek(7, 8 * 24 * 60) }), // 6: locked, nothing to reopen
      item({ nodeId: a1b.id, n: 8, action: "submit", data: minimalWeekly, base: 2, locked: true, now: afterLock }), // 7: locked but reopened (the reopening was version 2)
      item({ nodeId: other.nodes.a1.id, n: 10, action: "submit", data: minimalWeekly, base: 0, t: otherType }), // 8: another tenant's unit
      item({ nodeId: a1.id, n: 9, action: "save", data: { progress: "不变" }, base: 1 }), // 9: a save that changes nothing
    ];
    const rows = rowsByItem(await hotQuery<WriteRow & { ord: number }>("report_write_many", WRITE_MANY_SQL, writeManyValues(tt.tenantId, items)), items.length);
    expect(rows.map((r) => (r ? `${r.status}:${r.version}` : null))).toEqual(["SUBMITTED:2", null, null, null, "DRAFT:1", null, null, "SUBMITTED:3", null, null]);
    expect(rows[0]?.onTime).toBe(true);
    expect(rows[7]?.onTime).toBe(false);

    const db = owner();
    try {
      const subs = await db.reportSubmission.findMany({ where: { tenantId: tt.tenantId }, orderBy: { periodKey: "asc" }, select: { periodKey: true, nodeId: true, status: true, version: true } });
      expect(subs.map((s) => `${s.periodKey}:${s.status}:${s.version}`)).toEqual([
        "2027-W01:SUBMITTED:2",
        "2027-W02:DRAFT:1",
        "2027-W03:SUBMITTED:1",
        "2027-W05:DRAFT:1",
        "2027-W08:SUBMITTED:3",
        "2027-W09:DRAFT:1",
      ]);
      // A revision and an audit row for each of the three writes, with the request's own id; nothing for a refusal.
      const revs = await db.reportRevision.findMany({ where: { tenantId: tt.tenantId, idempotencyKey: { in: items.map((i) => i.key!) } }, select: { idempotencyKey: true, version: true, action: true } });
      expect(revs.map((r) => items.findIndex((i) => i.key === r.idempotencyKey)).sort()).toEqual([0, 4, 7]);
      const audits = await db.auditLog.findMany({ where: { tenantId: tt.tenantId, requestId: { in: items.map((i) => i.request!) } }, select: { requestId: true, action: true } });
      expect(audits.map((a) => `${a.requestId}:${a.action}`).sort()).toEqual(["req-1:report.submit", "req-5:report.save", "req-8:report.submit"]);
      expect(await db.reportSubmission.count({ where: { tenantId: other.tenantId } })).toBe(0);
    } finally {
      await db.$disconnect();
    }
  });

  it("gathers concurrent filings into shared calls, each answered as alone: one winner per report, replays replayed", async () => {
    const tt = await createTestTenant();
    await createWeeklyType(tt);
    const admin = tt.actors.tenantAdmin;
    const nodes = [tt.nodes.a1, tt.nodes.a1b, tt.nodes.b1];
    const before = filingBatchStats();
    // 3 units × 20 weeks, each submitted by two tabs at once with different keys (one must lose), and the
    // first tab's click sent twice (the same key: the second is a replay of the first's answer).
    const jobs = nodes.flatMap((node) =>
      Array.from({ length: 20 }, (_, w) => {
        const n = w + 11;
        const input = { type: "weekly_progress", period: week(n), nodeId: node.id, data: minimalWeekly, baseVersion: 0 };
        const k1 = key();
        return [
          { node: node.id, n, tab: 1, input: { ...input, idempotencyKey: k1 } },
          { node: node.id, n, tab: 1, input: { ...input, idempotencyKey: k1 } },
          { node: node.id, n, tab: 2, input: { ...input, idempotencyKey: key() } },
        ];
      }),
    ).flat();
    const out = await Promise.all(
      jobs.map((j) =>
        writeReport({ actor: admin, action: "submit", input: j.input, now: atWeek(j.n, -5) }).then(
          (r) => ({ ok: true as const, r }),
          (e: unknown) => ({ ok: false as const, code: e instanceof AppError ? `${e.code}:${e.messageKey}` : String(e) }),
        ),
      ),
    );
    const after = filingBatchStats();
    expect(after.items - before.items).toBeGreaterThanOrEqual(jobs.length);
    // Shared calls happened: fewer calls than requests.
    expect(after.batches - before.batches).toBeLessThan(after.items - before.items);
    expect(after.largest).toBeGreaterThan(1);

    const db = owner();
    try {
      for (const node of nodes) {
        for (let w = 0; w < 20; w++) {
          const n = w + 11;
          const mine = jobs.map((j, i) => ({ j, o: out[i] })).filter(({ j }) => j.node === node.id && j.n === n);
          const wins = mine.filter(({ o }) => o.ok && !o.r.replayed);
          expect(wins).toHaveLength(1);
          const refused = mine.filter(({ o }) => !o.ok);
          for (const { o } of refused) expect(o.ok ? "" : o.code).toBe("CONFLICT:errors.report.alreadySubmitted");
          // The tab that won got its own answer twice (the second click a replay); the other tab was refused.
          const winTab = wins[0].j.tab;
          for (const { j, o } of mine) {
            if (j.tab === winTab) expect(o.ok && o.r.version).toBe(1);
            else expect(o.ok).toBe(false);
          }
        }
      }
      expect(await db.reportSubmission.count({ where: { tenantId: tt.tenantId } })).toBe(60);
      expect(await db.reportRevision.count({ where: { tenantId: tt.tenantId } })).toBe(60);
      expect(await db.auditLog.count({ where: { tenantId: tt.tenantId, action: "report.submit" } })).toBe(60);
    } finally {
      await db.$disconnect();
    }
  });
});
