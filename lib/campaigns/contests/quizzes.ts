import "server-only";
// Knowledge quizzes (知识竞赛答题): drawn from the bank per attempt, timed by the server (questions and deadline
// stored when the member starts), graded at submit; late submits score 0. Rankings and the awareness rate per unit
// come from the members' best on-time results (metrics.ts).
import type { Actor } from "../../access/actor";
import { conflict, invalid, notFound } from "../../access/errors";
import { requireScope, tenantOf } from "../../access/scope";
import { inTenant } from "../../access/tenant-tx";
import { audit } from "../../audit/write-audit";
import type { Tx } from "../../db";
import { inOrder } from "../../db/in-order";
import { metricRollUp } from "../metrics";
import { assertRunning, findCampaign, findManagedCampaign, findMemberCampaign } from "../scope";
import { deadlineFor, drawQuestions, gradeAttempt, isLate } from "./grading";
import { ensureStarterBank } from "./questions";

type Category = "KITCHEN" | "RECYCLABLE" | "HAZARDOUS" | "OTHER" | "GENERAL";
type QuizData = { campaignId: string; title: string; questionCount: number; timeLimitMin: number; passPercent: number; attemptsPerMember: number; categories: Category[] };

function poolWhere(tenantId: string, categories: Category[]) {
  return { tenantId, archived: false, ...(categories.length ? { category: { in: categories } } : {}) };
}

export async function createQuiz({ actor, data }: { actor: Actor; data: QuizData }) {
  return inTenant(actor, async (tx) => {
    const c = await findManagedCampaign(tx, actor, data.campaignId);
    if (c.status === "CLOSED") throw conflict("campaignErrors.closed");
    const tenantId = tenantOf(actor);
    // A tenant that has no bank yet starts with the shipped one.
    if ((await tx.question.count({ where: { tenantId } })) === 0) await ensureStarterBank(tx, tenantId, actor.userId);
    const available = await tx.question.count({ where: poolWhere(tenantId, data.categories) });
    if (available < data.questionCount) throw invalid("errors.validation", { questionCount: ["campaignErrors.tooFewInBank"] });
    const row = await tx.quiz.create({
      data: {
        tenantId,
        campaignId: c.id,
        title: data.title,
        questionCount: data.questionCount,
        timeLimitSec: data.timeLimitMin * 60,
        passPercent: data.passPercent,
        attemptsPerMember: data.attemptsPerMember,
        categories: data.categories,
        createdById: actor.userId,
      },
      select: { id: true },
    });
    await audit(tx, actor, { action: "quiz.create", entityType: "Quiz", entityId: row.id, nodeId: c.nodeId, after: data });
    return row;
  });
}

/** Quizzes of the campaign with the results of the actor's view, and the ranking of units (drill-down). */
export async function getContest({ actor, campaignId, quizId, nodeId }: { actor: Actor; campaignId: string; quizId?: string; nodeId?: string | null }) {
  return inTenant(actor, async (tx) => {
    const c = await findCampaign(tx, actor, campaignId);
    const tenantId = tenantOf(actor);
    const quizzes = await tx.quiz.findMany({
      where: { tenantId, campaignId: c.id },
      orderBy: { createdAt: "asc" },
      select: { id: true, title: true, questionCount: true, timeLimitSec: true, passPercent: true, attemptsPerMember: true, categories: true, createdAt: true },
    });
    if (quizId && !quizzes.some((q) => q.id === quizId)) throw notFound();
    const inView = c.view.length ? { OR: c.view.map((p) => ({ path: { startsWith: p } })) } : { id: "-none-" };
    const [ranking, top, attemptStats] = await inOrder([
      () => metricRollUp(tx, tenantId, c, c.view, "awareness", nodeId, quizId),
      () => tx.quizAttempt.findMany({
        where: { tenantId, quiz: { campaignId: c.id, ...(quizId ? { id: quizId } : {}) }, submittedAt: { not: null }, late: false, node: inView },
        orderBy: [{ percent: "desc" }, { submittedAt: "asc" }],
        take: 10,
        select: { id: true, percent: true, submittedAt: true, startedAt: true, person: { select: { name: true } }, node: { select: { name: true } } },
      }),
      () => tx.quizAttempt.groupBy({ by: ["quizId"], where: { tenantId, quiz: { campaignId: c.id }, submittedAt: { not: null }, node: inView }, _count: { _all: true }, _avg: { percent: true } }),
    ]);
    const stats = new Map(attemptStats.map((s) => [s.quizId, { attempts: s._count._all, average: s._avg.percent }]));
    return {
      campaign: c,
      quizzes: quizzes.map((q) => ({ ...q, ...(stats.get(q.id) ?? { attempts: 0, average: null }) })),
      ranking: { ...ranking, rows: [...ranking.rows].sort((a, b) => (b.average ?? -1) - (a.average ?? -1)) },
      top: top.map((t) => ({ id: t.id, name: t.person.name, unit: t.node.name, percent: t.percent, seconds: Math.round((t.submittedAt!.getTime() - t.startedAt.getTime()) / 1000) })),
      canManage: c.can.manage,
    };
  });
}

/** Unsubmitted attempts past their deadline are closed as late (score 0), so they count like any other. */
async function closeExpired(tx: Tx, tenantId: string, where: { quizId?: string; personId: string }, now: Date) {
  const expired = await tx.quizAttempt.findMany({ where: { tenantId, ...where, submittedAt: null }, select: { id: true, deadlineAt: true } });
  for (const a of expired) {
    if (isLate(a.deadlineAt, now)) await tx.quizAttempt.update({ where: { id: a.id, tenantId }, data: { submittedAt: a.deadlineAt, late: true, correct: 0, percent: 0 } });
  }
}

/** The campaign's quizzes for a member, with their attempts. */
export async function listMemberQuizzes({ actor, campaignId, now = new Date() }: { actor: Actor; campaignId: string; now?: Date }) {
  return inTenant(actor, async (tx) => {
    const { campaign, me } = await findMemberCampaign(tx, actor, campaignId);
    const tenantId = tenantOf(actor);
    await closeExpired(tx, tenantId, { personId: me.personId }, now);
    const rows = await tx.quiz.findMany({
      where: { tenantId, campaignId: campaign.id },
      orderBy: { createdAt: "asc" },
      select: {
        id: true,
        title: true,
        questionCount: true,
        timeLimitSec: true,
        passPercent: true,
        attemptsPerMember: true,
        attempts: { where: { personId: me.personId }, orderBy: { attemptNo: "asc" }, select: { id: true, attemptNo: true, submittedAt: true, percent: true, late: true, deadlineAt: true } },
      },
    });
    return { campaign: { id: campaign.id, title: campaign.title, status: campaign.status }, quizzes: rows };
  });
}

/** Start (or resume) an attempt: questions drawn and the deadline fixed now, on the server. */
export async function startAttempt({ actor, data, now = new Date() }: { actor: Actor; data: { quizId: string }; now?: Date }) {
  return inTenant(actor, async (tx) => {
    const tenantId = tenantOf(actor);
    const quiz = await tx.quiz.findFirst({ where: { id: data.quizId, tenantId }, select: { id: true, campaignId: true, questionCount: true, timeLimitSec: true, attemptsPerMember: true, categories: true, opensAt: true, closesAt: true } });
    if (!quiz) throw notFound();
    const { campaign, me } = await findMemberCampaign(tx, actor, quiz.campaignId);
    assertRunning(campaign);
    if ((quiz.opensAt && quiz.opensAt > now) || (quiz.closesAt && quiz.closesAt < now)) throw conflict("campaignErrors.quizClosed");
    // One start at a time per member and quiz: two taps never make two attempts.
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`quiz:${quiz.id}:${me.personId}`}))`;
    await closeExpired(tx, tenantId, { quizId: quiz.id, personId: me.personId }, now);
    const attempts = await tx.quizAttempt.findMany({ where: { tenantId, quizId: quiz.id, personId: me.personId }, select: { id: true, submittedAt: true }, orderBy: { attemptNo: "asc" } });
    const open = attempts.find((a) => !a.submittedAt);
    if (open) return { id: open.id, resumed: true };
    if (attempts.length >= quiz.attemptsPerMember) throw conflict("campaignErrors.noAttemptsLeft");
    const pool = await tx.question.findMany({ where: poolWhere(tenantId, quiz.categories), select: { id: true } });
    const drawn = drawQuestions(pool, quiz.questionCount).map((q) => q.id);
    if (!drawn.length) throw conflict("campaignErrors.notEnoughQuestions", { available: 0 });
    const row = await tx.quizAttempt.create({
      data: { tenantId, quizId: quiz.id, personId: me.personId, nodeId: me.nodeId, attemptNo: attempts.length + 1, questionIds: drawn, startedAt: now, deadlineAt: deadlineFor(now, quiz.timeLimitSec), total: drawn.length },
      select: { id: true },
    });
    await audit(tx, actor, { action: "quiz.start", entityType: "QuizAttempt", entityId: row.id, nodeId: me.nodeId, after: { quizId: quiz.id, questions: drawn.length } });
    return { id: row.id, resumed: false };
  });
}

async function findMyAttempt(tx: Tx, actor: Actor, attemptId: string) {
  requireScope(actor, "campaigns.participate");
  if (!actor.personId) throw notFound();
  const a = await tx.quizAttempt.findFirst({
    where: { id: attemptId, tenantId: tenantOf(actor), personId: actor.personId },
    select: { id: true, quizId: true, nodeId: true, questionIds: true, startedAt: true, deadlineAt: true, submittedAt: true, answers: true, correct: true, total: true, percent: true, late: true, quiz: { select: { title: true, campaignId: true, passPercent: true, timeLimitSec: true } } },
  });
  if (!a) throw notFound();
  return a;
}

/** The member's attempt: questions without their answers while it runs; answers and explanations after. */
export async function getAttempt({ actor, attemptId, now = new Date() }: { actor: Actor; attemptId: string; now?: Date }) {
  return inTenant(actor, async (tx) => {
    const tenantId = tenantOf(actor);
    let a = await findMyAttempt(tx, actor, attemptId);
    if (!a.submittedAt && isLate(a.deadlineAt, now)) {
      await closeExpired(tx, tenantId, { quizId: a.quizId, personId: actor.personId! }, now);
      a = await findMyAttempt(tx, actor, attemptId);
    }
    const rows = await tx.question.findMany({ where: { tenantId, id: { in: a.questionIds } }, select: { id: true, kind: true, category: true, text: true, options: true, answer: true, explanation: true } });
    const byId = new Map(rows.map((q) => [q.id, q]));
    const given = (a.answers ?? {}) as Record<string, number[]>;
    const done = !!a.submittedAt;
    return {
      id: a.id,
      quizTitle: a.quiz.title,
      campaignId: a.quiz.campaignId,
      passPercent: a.quiz.passPercent,
      startedAt: a.startedAt,
      deadlineAt: a.deadlineAt,
      submittedAt: a.submittedAt,
      result: done ? { correct: a.correct ?? 0, total: a.total, percent: a.percent ?? 0, late: a.late, passed: !a.late && (a.percent ?? 0) >= a.quiz.passPercent } : null,
      questions: a.questionIds.flatMap((id) => {
        const q = byId.get(id);
        if (!q) return [];
        const base = { id: q.id, kind: q.kind, category: q.category, text: q.text, options: q.options };
        return [done ? { ...base, answer: q.answer, explanation: q.explanation, given: given[q.id] ?? [] } : base];
      }),
    };
  });
}

/** Grade on the server; a submit after the deadline (plus a short grace) is kept but scores 0. */
export async function submitAttempt({ actor, data, now = new Date() }: { actor: Actor; data: { attemptId: string; answers: Record<string, number[]> }; now?: Date }) {
  return inTenant(actor, async (tx) => {
    const tenantId = tenantOf(actor);
    const a = await findMyAttempt(tx, actor, data.attemptId);
    if (a.submittedAt) throw conflict("campaignErrors.alreadySubmitted");
    const answers = Object.fromEntries(a.questionIds.map((id) => [id, data.answers[id] ?? []]));
    const late = isLate(a.deadlineAt, now);
    let result = { correct: 0, total: a.total, percent: 0 };
    if (!late) {
      const questions = await tx.question.findMany({ where: { tenantId, id: { in: a.questionIds } }, select: { id: true, kind: true, answer: true } });
      result = gradeAttempt(questions, answers);
      result.total = a.total;
      result.percent = a.total ? Math.round((result.correct * 100) / a.total) : 0;
    }
    // Conditional update: a double submit finds the attempt already submitted and changes nothing.
    const { count } = await tx.quizAttempt.updateMany({
      where: { id: a.id, tenantId, submittedAt: null },
      data: { submittedAt: now, answers, late, correct: result.correct, percent: result.percent },
    });
    if (!count) throw conflict("campaignErrors.alreadySubmitted");
    await audit(tx, actor, { action: "quiz.submit", entityType: "QuizAttempt", entityId: a.id, nodeId: a.nodeId, after: { ...result, late } });
    return { ...result, late, passed: !late && result.percent >= a.quiz.passPercent };
  });
}
