import pg from "pg";
import { describe, expect, it } from "vitest";
import { createCampaign, setCampaignStatus } from "@/lib/campaigns/campaigns";
import { archiveQuestion, createQuestion, importStarterBank, listQuestions } from "@/lib/campaigns/contests/questions";
import { createQuiz, getAttempt, getContest, listMemberQuizzes, startAttempt, submitAttempt } from "@/lib/campaigns/contests/quizzes";
import { STARTER_BANK } from "@/lib/campaigns/contests/starter-bank";
import { getCampaignOverview } from "@/lib/campaigns/overview";
import { castVote, createSelection, getSelection, getSelectionForMember, nominate, publishResults, reviewNomination } from "@/lib/campaigns/selections/selections";
import { answerSuggestion, hideSuggestion, listSuggestions, listSuggestionsForMember, restoreSuggestion, submitSuggestion, supportSuggestion } from "@/lib/campaigns/suggestions/suggestions";
import { loadActor } from "@/lib/auth/load-actor";
import { newId } from "@/lib/ids";
import { createTestTenant, owner, type TestTenant } from "../factories/tenant";

async function withOwner<T>(fn: (db: ReturnType<typeof owner>) => Promise<T>): Promise<T> {
  const db = owner();
  try {
    return await fn(db);
  } finally {
    await db.$disconnect();
  }
}

async function campaign(t: TestTenant) {
  const { id } = await createCampaign({
    actor: t.actors.tenantAdmin,
    data: { title: "动员", description: null, startsOn: "2026-11-01", endsOn: "2027-01-31", nodeId: t.nodes.root.id, scopeKind: "SUBTREE", unitIds: [], template: "blank" },
  });
  await setCampaignStatus({ actor: t.actors.tenantAdmin, data: { campaignId: id, status: "RUNNING" } });
  return id;
}

/** A member account for a roster person (another voter / quiz taker). */
async function memberFor(t: TestTenant, personId: string, nodeId: string) {
  const userId = newId();
  await withOwner(async (db) => {
    await db.user.create({ data: { id: userId, tenantId: t.tenantId, username: `m-${userId}`, displayName: "成员", passwordHash: "x", personId } });
    await db.roleAssignment.create({ data: { id: newId(), tenantId: t.tenantId, userId, nodeId, role: "MEMBER" } });
  });
  const load = await loadActor({ uid: userId, tid: t.tenantId, sv: 1 }, { locale: "zh-CN" });
  if (load.status === "anonymous") throw new Error("no actor");
  return load.actor;
}

async function answerKey(attemptId: string) {
  return withOwner(async (db) => {
    const a = await db.quizAttempt.findUnique({ where: { id: attemptId } });
    const qs = await db.question.findMany({ where: { id: { in: a!.questionIds } } });
    return Object.fromEntries(qs.map((q) => [q.id, q.answer]));
  });
}

describe("knowledge contest", () => {
  it("copies the starter bank, times and grades on the server, ranks units and reports awareness", async () => {
    const t = await createTestTenant();
    const id = await campaign(t);
    const { id: quizId } = await createQuiz({ actor: t.actors.tenantAdmin, data: { campaignId: id, title: "知识竞赛", questionCount: 5, timeLimitMin: 5, passPercent: 80, attemptsPerMember: 1, categories: [] } });
    expect((await listQuestions({ actor: t.actors.tenantAdmin })).total).toBe(STARTER_BANK.length);

    const t0 = new Date("2026-12-01T02:00:00Z");
    const { id: attemptId } = await startAttempt({ actor: t.actors.member, data: { quizId }, now: t0 });
    // A second tap resumes the same attempt.
    expect(await startAttempt({ actor: t.actors.member, data: { quizId }, now: t0 })).toEqual({ id: attemptId, resumed: true });
    const running = await getAttempt({ actor: t.actors.member, attemptId, now: t0 });
    expect(running.questions).toHaveLength(5);
    expect(running.questions[0]).not.toHaveProperty("answer");
    // Nobody else reads or submits it.
    await expect(getAttempt({ actor: t.actors.tenantAdmin, attemptId })).rejects.toMatchObject({ code: "NOT_FOUND" });
    const key = await answerKey(attemptId);
    // Four right, one wrong: 80 % passes.
    const ids = Object.keys(key);
    const answers = Object.fromEntries(ids.map((q, i) => [q, i === 0 ? [9] : key[q]]));
    const result = await submitAttempt({ actor: t.actors.member, data: { attemptId, answers }, now: new Date(t0.getTime() + 60_000) });
    expect(result).toMatchObject({ correct: 4, total: 5, percent: 80, late: false, passed: true });
    await expect(submitAttempt({ actor: t.actors.member, data: { attemptId, answers }, now: new Date(t0.getTime() + 61_000) })).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(startAttempt({ actor: t.actors.member, data: { quizId }, now: t0 })).rejects.toMatchObject({ code: "CONFLICT" });
    const done = await getAttempt({ actor: t.actors.member, attemptId });
    expect(done.questions[0]).toHaveProperty("answer");

    // A second member answers everything right, but too late: kept, scored 0.
    const b1 = await memberFor(t, t.people.b1Person.id, t.nodes.b1.id);
    const { id: lateId } = await startAttempt({ actor: b1, data: { quizId }, now: t0 });
    const lateKey = await answerKey(lateId);
    expect(await submitAttempt({ actor: b1, data: { attemptId: lateId, answers: lateKey }, now: new Date(t0.getTime() + 6 * 60_000) })).toMatchObject({ percent: 0, late: true, passed: false });
    // A third starts and never submits: closed as late when next looked at.
    const a1 = await memberFor(t, t.people.a1Person.id, t.nodes.a1.id);
    await startAttempt({ actor: a1, data: { quizId }, now: t0 });
    const mine = await listMemberQuizzes({ actor: a1, campaignId: id, now: new Date(t0.getTime() + 10 * 60_000) });
    expect(mine.quizzes[0].attempts[0]).toMatchObject({ late: true, percent: 0 });

    // Awareness = takers who passed ÷ takers: 1 of 3. Ranking per unit, best first.
    const contest = await getContest({ actor: t.actors.tenantAdmin, campaignId: id });
    expect(contest.ranking.all).toMatchObject({ total: 3, hit: 1 });
    expect(contest.ranking.rows.map((r) => [r.id, r.hit, r.total, r.average])).toEqual([
      [t.nodes.a.id, 1, 2, 40],
      [t.nodes.b.id, 0, 1, 0],
    ]);
    expect(contest.top.map((x) => x.percent)).toEqual([80]);
    expect((await getCampaignOverview({ actor: t.actors.tenantAdmin, campaignId: id })).kpis.awareness).toMatchObject({ total: 3, hit: 1 });
    // B's admin sees B's takers only.
    expect((await getContest({ actor: t.actors.unitAdminB, campaignId: id })).ranking.all).toMatchObject({ total: 1, hit: 0 });
  });

  it("keeps the bank to tenant-level managers and draws only active questions", async () => {
    const t = await createTestTenant();
    const id = await campaign(t);
    await expect(importStarterBank({ actor: t.actors.unitAdminA })).rejects.toMatchObject({ code: "FORBIDDEN" });
    const q = { kind: "SINGLE" as const, category: "OTHER" as const, text: "烟头属于哪类垃圾？", options: ["厨余垃圾", "其他垃圾"], answer: [1], explanation: null };
    await expect(createQuestion({ actor: t.actors.unitAdminA, data: q })).rejects.toMatchObject({ code: "FORBIDDEN" });
    const { id: qid } = await createQuestion({ actor: t.actors.tenantAdmin, data: q });
    await createQuestion({ actor: t.actors.tenantAdmin, data: { ...q, text: "用过的纸巾属于哪类？" } });
    await createQuestion({ actor: t.actors.tenantAdmin, data: { ...q, text: "大骨头属于哪类？" } });
    await archiveQuestion({ actor: t.actors.tenantAdmin, data: { questionId: qid, archived: true } });
    // Only two active questions: a quiz of three is refused.
    await expect(createQuiz({ actor: t.actors.tenantAdmin, data: { campaignId: id, title: "x", questionCount: 3, timeLimitMin: 5, passPercent: 80, attemptsPerMember: 1, categories: [] } })).rejects.toMatchObject({ code: "VALIDATION" });
    await importStarterBank({ actor: t.actors.tenantAdmin });
    expect((await importStarterBank({ actor: t.actors.tenantAdmin })).added).toBe(0);
    const { id: quizId } = await createQuiz({ actor: t.actors.tenantAdmin, data: { campaignId: id, title: "有害垃圾专场", questionCount: 5, timeLimitMin: 5, passPercent: 80, attemptsPerMember: 2, categories: ["HAZARDOUS"] } });
    const { id: attemptId } = await startAttempt({ actor: t.actors.member, data: { quizId } });
    const a = await getAttempt({ actor: t.actors.member, attemptId });
    expect(a.questions.every((x) => x.category === "HAZARDOUS")).toBe(true);
    expect(a.questions.map((x) => x.id)).not.toContain(qid);
    const other = await createTestTenant();
    await expect(startAttempt({ actor: other.actors.member, data: { quizId } })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});

describe("suggestions", () => {
  it("are supported once by others, answered or adopted by managers, hidden with a reason", async () => {
    const t = await createTestTenant();
    const id = await campaign(t);
    const { id: sid } = await submitSuggestion({ actor: t.actors.member, data: { campaignId: id, kind: "TIP", text: "厨余垃圾袋可以用旧报纸折成" } });
    await expect(supportSuggestion({ actor: t.actors.member, data: { suggestionId: sid } })).rejects.toMatchObject({ code: "CONFLICT" });
    const b1 = await memberFor(t, t.people.b1Person.id, t.nodes.b1.id);
    expect((await supportSuggestion({ actor: b1, data: { suggestionId: sid } })).supports).toBe(1);
    await expect(supportSuggestion({ actor: b1, data: { suggestionId: sid } })).rejects.toMatchObject({ code: "CONFLICT" });
    // Only the campaign's managers answer, adopt and hide.
    await expect(answerSuggestion({ actor: t.actors.unitAdminA, data: { suggestionId: sid, answer: "好", adopt: true } })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await answerSuggestion({ actor: t.actors.tenantAdmin, data: { suggestionId: sid, answer: "已在全区推广", adopt: true } });
    const list = await listSuggestionsForMember({ actor: b1, campaignId: id });
    expect(list.rows[0]).toMatchObject({ status: "ADOPTED", supports: 1, supported: true, mine: false });

    const { id: bad } = await submitSuggestion({ actor: b1, data: { campaignId: id, kind: "SUGGESTION", text: "广告：低价回收……" } });
    await hideSuggestion({ actor: t.actors.tenantAdmin, data: { suggestionId: bad, reason: "与垃圾分类无关" } });
    expect((await listSuggestionsForMember({ actor: t.actors.member, campaignId: id })).rows.map((r) => r.id)).toEqual([sid]);
    // The author still sees it, with the reason.
    expect((await listSuggestionsForMember({ actor: b1, campaignId: id })).rows.find((r) => r.id === bad)).toMatchObject({ status: "HIDDEN", hiddenReason: "与垃圾分类无关" });
    await expect(supportSuggestion({ actor: t.actors.member, data: { suggestionId: bad } })).rejects.toMatchObject({ code: "NOT_FOUND" });
    // Unit staff see their units' suggestions, not hidden ones.
    expect((await listSuggestions({ actor: t.actors.unitAdminB, campaignId: id })).rows).toHaveLength(0);
    expect((await listSuggestions({ actor: t.actors.tenantAdmin, campaignId: id })).rows).toHaveLength(2);
    await restoreSuggestion({ actor: t.actors.tenantAdmin, data: { suggestionId: bad } });
    expect((await listSuggestions({ actor: t.actors.unitAdminB, campaignId: id })).rows).toHaveLength(1);
    const other = await createTestTenant();
    await expect(supportSuggestion({ actor: other.actors.member, data: { suggestionId: sid } })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});

describe("selections", () => {
  it("takes nominations from units, reviews them, counts one vote per member even when votes race, publishes results", async () => {
    const t = await createTestTenant();
    const id = await campaign(t);
    const { id: selectionId } = await createSelection({
      actor: t.actors.tenantAdmin,
      data: { campaignId: id, kind: "MODEL_WORKER", title: "最美职工", description: null, nominationEnds: "2026-12-10", votingStarts: "2026-12-11", votingEnds: "2026-12-20", votingEndTime: "17:00", votesPerMember: 1 },
    });
    const nominating = new Date("2026-12-05T02:00:00Z");
    const { id: n1 } = await nominate({ actor: t.actors.unitAdminA1, data: { selectionId, nodeId: t.nodes.a1.id, nomineePersonId: t.people.a1Person.id, reason: "每天坚持桶前值守两小时以上" }, now: nominating });
    const { id: n2 } = await nominate({ actor: t.actors.unitAdminB, data: { selectionId, nodeId: t.nodes.b1.id, nomineePersonId: t.people.b1Person.id, reason: "带动全楼栋居民参与垃圾分类" }, now: nominating });
    const { id: n3 } = await nominate({ actor: t.actors.unitAdminB, data: { selectionId, nodeId: t.nodes.b1.id, nomineeHouseholdId: t.households.b1c.id, reason: "全家分类准确率高，示范带动好" }, now: nominating });
    // Not somebody from another unit, not twice, not after the deadline.
    await expect(nominate({ actor: t.actors.unitAdminA1, data: { selectionId, nodeId: t.nodes.a1.id, nomineePersonId: t.people.b1Person.id, reason: "跨单位的提名不可以" }, now: nominating })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(nominate({ actor: t.actors.unitAdminA1, data: { selectionId, nodeId: t.nodes.a1.id, nomineePersonId: t.people.a1Person.id, reason: "重复提名同一个人" }, now: nominating })).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(nominate({ actor: t.actors.unitAdminA1, data: { selectionId, nodeId: t.nodes.a1.id, nomineePersonId: t.people.a1bMember.id, reason: "截止以后的提名不行" }, now: new Date("2026-12-11T00:00:00Z") })).rejects.toMatchObject({ code: "CONFLICT" });
    await reviewNomination({ actor: t.actors.tenantAdmin, data: { nominationId: n1, status: "ACCEPTED", note: null } });
    await reviewNomination({ actor: t.actors.tenantAdmin, data: { nominationId: n2, status: "ACCEPTED", note: null } });
    await reviewNomination({ actor: t.actors.tenantAdmin, data: { nominationId: n3, status: "REJECTED", note: "材料不全" } });
    await expect(reviewNomination({ actor: t.actors.unitAdminA, data: { nominationId: n2, status: "REJECTED", note: null } })).rejects.toMatchObject({ code: "NOT_FOUND" });

    const voting = new Date("2026-12-15T02:00:00Z");
    await expect(castVote({ actor: t.actors.member, data: { selectionId, nominationId: n1 }, now: nominating })).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(castVote({ actor: t.actors.member, data: { selectionId, nominationId: n3 }, now: voting })).rejects.toMatchObject({ code: "NOT_FOUND" });
    // A concurrent vote of the same member (another transaction holding the voter's lock, voting for n1, committing
    // while this vote waits): the waiting vote sees it and is refused, so the member never has two.
    const conn = new pg.Client({ connectionString: process.env.TEST_OWNER_URL });
    await conn.connect();
    try {
      await conn.query("BEGIN");
      await conn.query("SELECT pg_advisory_xact_lock(hashtext($1))", [`vote:${selectionId}:${t.people.a1bMember.id}`]);
      const waiting = castVote({ actor: t.actors.member, data: { selectionId, nominationId: n2 }, now: voting });
      await new Promise((r) => setTimeout(r, 300));
      await conn.query(`INSERT INTO "Vote" (id, "tenantId", "selectionId", "nominationId", "voterPersonId") VALUES ($1, $2, $3, $4, $5)`, [newId(), t.tenantId, selectionId, n1, t.people.a1bMember.id]);
      await conn.query("COMMIT");
      await expect(waiting).rejects.toMatchObject({ code: "CONFLICT" });
    } finally {
      await conn.end();
    }
    const b1 = await memberFor(t, t.people.b1Person.id, t.nodes.b1.id);
    await castVote({ actor: b1, data: { selectionId, nominationId: n2 }, now: voting });
    await expect(castVote({ actor: b1, data: { selectionId, nominationId: n2 }, now: voting })).rejects.toMatchObject({ code: "CONFLICT" });
    // Members see no counts before the results are published.
    expect((await getSelectionForMember({ actor: b1, selectionId, now: voting })).nominations.every((n) => n.votes === null)).toBe(true);
    await expect(publishResults({ actor: t.actors.unitAdminA, data: { selectionId } })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await publishResults({ actor: t.actors.tenantAdmin, data: { selectionId }, now: new Date("2026-12-21T00:00:00Z") });
    const res = await getSelectionForMember({ actor: b1, selectionId });
    expect(res.selection.phase).toBe("PUBLISHED");
    const votes = await withOwner((db) => db.vote.count({ where: { selectionId } }));
    expect(votes).toBe(2);
    expect(res.nominations.reduce((s, n) => s + (n.votes ?? 0), 0)).toBe(2);
    expect(res.nominations[0].rank).toBe(1);
    // Staff of B see B's nominations only.
    expect((await getSelection({ actor: t.actors.unitAdminB, selectionId })).nominations.map((n) => n.id).sort()).toEqual([n2, n3].sort());
  });

  it("allows several votes when configured, never more", async () => {
    const t = await createTestTenant();
    const id = await campaign(t);
    const { id: selectionId } = await createSelection({
      actor: t.actors.tenantAdmin,
      data: { campaignId: id, kind: "VOLUNTEER", title: "优秀志愿者", description: null, nominationEnds: "2026-12-01", votingStarts: "2026-12-02", votingEnds: "2026-12-20", votingEndTime: "17:00", votesPerMember: 2 },
    });
    const at = new Date("2026-11-20T02:00:00Z");
    const ids: string[] = [];
    for (const [personId, nodeId] of [[t.people.a1Person.id, t.nodes.a1.id], [t.people.b1Person.id, t.nodes.b1.id], [t.people.aStaff.id, t.nodes.a.id]] as const) {
      const actor = nodeId === t.nodes.b1.id ? t.actors.unitAdminB : t.actors.unitAdminA;
      const { id: n } = await nominate({ actor, data: { selectionId, nodeId, nomineePersonId: personId, reason: "长期坚持志愿服务，表现突出" }, now: at });
      await reviewNomination({ actor: t.actors.tenantAdmin, data: { nominationId: n, status: "ACCEPTED", note: null } });
      ids.push(n);
    }
    const voting = new Date("2026-12-10T02:00:00Z");
    const race = await Promise.allSettled(ids.map((nominationId) => castVote({ actor: t.actors.member, data: { selectionId, nominationId }, now: voting })));
    expect(race.filter((r) => r.status === "fulfilled")).toHaveLength(2);
    expect(await withOwner((db) => db.vote.count({ where: { selectionId } }))).toBe(2);
  });
});
