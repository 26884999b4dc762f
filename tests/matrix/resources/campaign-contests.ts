// Knowledge contests, suggestions and selections of campaigns. The question bank is the tenant's: read by everyone
// who makes campaigns, kept by the managers at the tenant's root. Quizzes, selections and their results are read by
// the campaign's staff (rows of their view) and its members; members answer, suggest, support and vote as their own
// person; managers answer and hide suggestions, review nominations and publish results; units nominate.
import { newId } from "@/lib/ids";
import { campaignTarget, nominationsAt, peopleAt, quizzesIn, rowTarget, selectionsIn, suggestionsAt, worldBank, type Phase } from "../fixtures-campaigns";
import type { World } from "../world";
import { hasId, manage, member, memberRefusal, RUNNING, see, sharedCampaigns, sharedSpots, statusRefusal, unitWork } from "./campaigns";
import { lazy, once, type Prepared, type Resource } from "./kit";

const mQuestions = () => import("@/lib/campaigns/contests/questions");
const listQuestions = lazy(mQuestions, "listQuestions");
const updateQuestion = lazy(mQuestions, "updateQuestion");
const archiveQuestion = lazy(mQuestions, "archiveQuestion");
const mQuizzes = () => import("@/lib/campaigns/contests/quizzes");
const getContest = lazy(mQuizzes, "getContest");
const listMemberQuizzes = lazy(mQuizzes, "listMemberQuizzes");
const startAttempt = lazy(mQuizzes, "startAttempt");
const getAttempt = lazy(mQuizzes, "getAttempt");
const submitAttempt = lazy(mQuizzes, "submitAttempt");
const mSuggestions = () => import("@/lib/campaigns/suggestions/suggestions");
const listSuggestions = lazy(mSuggestions, "listSuggestions");
const listSuggestionsForMember = lazy(mSuggestions, "listSuggestionsForMember");
const answerSuggestion = lazy(mSuggestions, "answerSuggestion");
const hideSuggestion = lazy(mSuggestions, "hideSuggestion");
const restoreSuggestion = lazy(mSuggestions, "restoreSuggestion");
const supportSuggestion = lazy(mSuggestions, "supportSuggestion");
const mSelections = () => import("@/lib/campaigns/selections/selections");
const listSelections = lazy(mSelections, "listSelections");
const getSelection = lazy(mSelections, "getSelection");
const getSelectionForMember = lazy(mSelections, "getSelectionForMember");
const listMemberSelections = lazy(mSelections, "listMemberSelections");
const publishResults = lazy(mSelections, "publishResults");
const reviewNomination = lazy(mSelections, "reviewNomination");
const nominate = lazy(mSelections, "nominate");
const castVote = lazy(mSelections, "castVote");

const rows = (r: unknown) => (r as { rows: { id: string }[] }).rows;
const notRunning = statusRefusal("notRunning");

// ── question bank ──
/** A question of each tenant's bank (at the tenant's root). */
async function questionTargets(w: World, fresh: boolean): Promise<Prepared[]> {
  const bank = await worldBank(w);
  return Promise.all(
    [w.own, w.other].map(async (t) => {
      const id = fresh
        ? (await w.db.question.create({ data: { tenantId: t.tenantId, kind: "TRUE_FALSE", category: "GENERAL", text: `矩阵新题${newId().slice(-5)}`, options: ["正确", "错误"], answer: [1] } })).id
        : bank.get(t.tenantId)![0];
      return { target: { id, tenantId: t.tenantId, path: t.nodes.root.path }, data: {} };
    }),
  );
}
const questionSnapshot = (w: World, p: Prepared) => w.db.question.findUnique({ where: { id: p.target.id } });

// ── quizzes and attempts ──
const quizTargets = once("quiz", async (w) => {
  const made = await sharedCampaigns(w);
  const quizzes = await quizzesIn(w, made);
  return made.map((c) => ({ target: { ...campaignTarget(c).target, id: quizzes.get(c.id)! }, data: { campaignId: c.id } }));
});

/**
 * Attempts by people of every spot (submitted when asked: on time, full marks, in a quiz of their campaign), and for
 * the owner-only calls each actor's own attempt too (in a quiz of the district's campaign).
 */
async function attemptTargets(w: World, opts: { submitted: boolean; own: boolean }): Promise<Prepared[]> {
  const spots = await sharedSpots(w);
  const quizzes = await quizzesIn(w, [...new Set(spots.map((s) => s.c))]);
  const bank = await worldBank(w);
  const people = await peopleAt(w, spots);
  const now = Date.now();
  const attempt = (tenantId: string, quizId: string, personId: string, nodeId: string) => ({
    id: newId(),
    tenantId,
    quizId,
    personId,
    nodeId,
    attemptNo: 1,
    questionIds: bank.get(tenantId)!.slice(0, 3),
    startedAt: new Date(now - 60_000),
    deadlineAt: new Date(now + 3_600_000),
    total: 3,
    ...(opts.submitted ? { submittedAt: new Date(now - 30_000), answers: {}, correct: 3, percent: 100 } : {}),
  });
  const data = spots.map((s, i) => attempt(s.c.t.tenantId, quizzes.get(s.c.id)!, people[i].id, s.node.id));
  const out = spots.map((s, i) => rowTarget(s, data[i].id, { quizId: data[i].quizId }, { personId: people[i].id }));
  if (opts.own) {
    const district = spots.find((s) => s.c.key === "district")!.c;
    const mine = await w.db.person.findMany({ where: { id: { in: Object.values(w.actors).flatMap((a) => (a.personId ? [a.personId] : [])) } }, select: { id: true, nodeId: true, node: { select: { path: true } } } });
    for (const me of mine) {
      const a = attempt(w.own.tenantId, quizzes.get(district.id)!, me.id, me.nodeId);
      data.push(a);
      out.push({ target: { id: a.id, tenantId: w.own.tenantId, path: me.node.path, personId: me.id }, data: { campaignId: district.id, quizId: a.quizId } });
    }
  }
  await w.db.quizAttempt.createMany({ data });
  return out;
}
const attemptSnapshot = (w: World, p: Prepared) => w.db.quizAttempt.findUnique({ where: { id: p.target.id } });

// ── suggestions ──
async function suggestionTargets(w: World, status: "OPEN" | "HIDDEN" = "OPEN"): Promise<Prepared[]> {
  const spots = await sharedSpots(w);
  const made = await suggestionsAt(w, spots, status);
  return spots.map((s, i) => rowTarget(s, made[i].id));
}
const suggestionSnapshot = (w: World, p: Prepared) => w.db.suggestion.findUnique({ where: { id: p.target.id }, include: { supports: { orderBy: { id: "asc" } } } });

// ── selections, nominations, votes ──
const selectionTargets = (phase: Phase) => async (w: World) => {
  const made = await sharedCampaigns(w);
  const selections = await selectionsIn(w, made, phase);
  return made.map((c) => ({ target: { ...campaignTarget(c).target, id: selections.get(c.id)! }, data: { campaignId: c.id } }));
};
const sharedSelections = once("selection", selectionTargets("NOMINATING"));
const selectionSnapshot = (w: World, p: Prepared) => w.db.selection.findUnique({ where: { id: p.target.id }, include: { nominations: { orderBy: { id: "asc" } }, votes: true } });

async function nominationTargets(w: World, opts: { phase: Phase; status: "PENDING" | "ACCEPTED"; own?: boolean }): Promise<Prepared[]> {
  const spots = await sharedSpots(w);
  const made = await nominationsAt(w, spots, opts);
  return spots.map((s, i) => rowTarget(s, made[i].id, { selectionId: made[i].selectionId }));
}
const nominationSnapshot = (w: World, p: Prepared) => w.db.nomination.findUnique({ where: { id: p.target.id }, include: { votes: { orderBy: { id: "asc" } } } });

/** People of every spot a unit may nominate, in a selection of the spot's campaign that takes nominations. */
async function nomineeTargets(w: World): Promise<Prepared[]> {
  const spots = await sharedSpots(w);
  const [people, selections] = await Promise.all([peopleAt(w, spots), selectionsIn(w, [...new Set(spots.map((s) => s.c))], "NOMINATING")]);
  return spots.map((s, i) => rowTarget(s, people[i].id, { selectionId: selections.get(s.c.id)! }));
}

/** Accepted nominations of published selections, each with a vote (counts are shown to everyone once published). */
async function voteTargets(w: World): Promise<Prepared[]> {
  const nominations = await nominationTargets(w, { phase: "PUBLISHED", status: "ACCEPTED" });
  const spots = await sharedSpots(w);
  const voters = await peopleAt(w, spots);
  const votes = nominations.map((n, i) => ({ id: newId(), tenantId: n.target.tenantId, selectionId: n.data.selectionId, nominationId: n.target.id, voterPersonId: voters[i].id }));
  await w.db.vote.createMany({ data: votes });
  return nominations.map((n, i) => ({ target: { ...n.target, id: votes[i].id }, data: { ...n.data, nominationId: n.target.id } }));
}

export const CAMPAIGN_CONTESTS: Resource[] = [
  {
    // The bank is shared by every unit of the tenant: read by those who make campaigns, kept at the tenant's root.
    model: "Question",
    ops: {
      list: {
        rule: { permission: "campaigns.manage", tenantWide: true },
        prepare: once("question", (w) => questionTargets(w, false)),
        run: (actor) => listQuestions({ actor, category: "GENERAL" }),
        reached: (r, p) => hasId(rows(r), p.target.id),
        snapshot: questionSnapshot,
      },
      update: {
        rule: { permission: "campaigns.manage", rootOnly: true },
        prepare: (w) => questionTargets(w, true),
        run: (actor, p) => updateQuestion({ actor, data: { questionId: p.target.id, kind: "TRUE_FALSE", category: "KITCHEN", text: "剩菜剩饭属于厨余垃圾。", options: ["正确", "错误"], answer: [0], explanation: null } }),
        snapshot: questionSnapshot,
      },
      // Archived, never deleted (attempts that drew it keep it).
      delete: {
        rule: { permission: "campaigns.manage", rootOnly: true },
        prepare: (w) => questionTargets(w, true),
        run: (actor, p) => archiveQuestion({ actor, data: { questionId: p.target.id, archived: true } }),
        snapshot: questionSnapshot,
      },
    },
  },
  {
    model: "Quiz",
    ops: {
      list: {
        rule: see(),
        prepare: quizTargets,
        run: (actor, p) => getContest({ actor, campaignId: p.data.campaignId }),
        reached: (r, p) => hasId((r as { quizzes: { id: string }[] }).quizzes, p.target.id),
        snapshot: (w, p) => w.db.quiz.findUnique({ where: { id: p.target.id } }),
      },
      "list:member": {
        rule: member(),
        prepare: quizTargets,
        run: (actor, p) => listMemberQuizzes({ actor, campaignId: p.data.campaignId }),
        reached: (r, p) => hasId((r as { quizzes: { id: string }[] }).quizzes, p.target.id),
        snapshot: (w, p) => w.db.quiz.findUnique({ where: { id: p.target.id } }),
      },
      // A member starts (or resumes) their own attempt.
      "update:start": {
        rule: member(undefined, RUNNING),
        prepare: once("quiz-start", async (w) => {
          const made = await sharedCampaigns(w);
          const quizzes = await quizzesIn(w, made);
          return made.map((c) => ({ target: { ...campaignTarget(c).target, id: quizzes.get(c.id)! }, data: { campaignId: c.id } }));
        }),
        run: (actor, p) => startAttempt({ actor, data: { quizId: p.target.id } }),
        refused: memberRefusal,
        snapshot: (w, p) => w.db.quizAttempt.findMany({ where: { quizId: p.target.id }, orderBy: { id: "asc" } }),
      },
    },
  },
  {
    // An attempt is its member's alone; the ranking shows the best on-time attempts of the staff's view.
    model: "QuizAttempt",
    ops: {
      read: {
        rule: { permission: "campaigns.participate", ownerOnly: true },
        prepare: once("attempt-own", (w) => attemptTargets(w, { submitted: false, own: true })),
        run: (actor, p) => getAttempt({ actor, attemptId: p.target.id }),
        snapshot: attemptSnapshot,
      },
      list: {
        rule: see("view"),
        prepare: once("attempt-ranked", (w) => attemptTargets(w, { submitted: true, own: false })),
        run: (actor, p) => getContest({ actor, campaignId: p.data.campaignId, quizId: p.data.quizId }),
        reached: (r, p) => hasId((r as { top: { id: string }[] }).top, p.target.id),
        snapshot: attemptSnapshot,
      },
      update: {
        rule: { permission: "campaigns.participate", ownerOnly: true },
        prepare: (w) => attemptTargets(w, { submitted: false, own: true }),
        run: (actor, p) => submitAttempt({ actor, data: { attemptId: p.target.id, answers: {} } }),
        snapshot: attemptSnapshot,
      },
    },
  },
  {
    model: "Suggestion",
    ops: {
      list: {
        rule: see("view"),
        prepare: once("suggestion", (w) => suggestionTargets(w)),
        run: (actor, p) => listSuggestions({ actor, campaignId: p.data.campaignId }),
        reached: (r, p) => hasId(rows(r), p.target.id),
        snapshot: suggestionSnapshot,
      },
      // Members read every visible suggestion of a campaign they take part in.
      "list:member": {
        rule: member(),
        prepare: once("suggestion", (w) => suggestionTargets(w)),
        run: (actor, p) => listSuggestionsForMember({ actor, campaignId: p.data.campaignId }),
        reached: (r, p) => hasId(rows(r), p.target.id),
        snapshot: suggestionSnapshot,
      },
      update: {
        rule: manage(),
        prepare: (w) => suggestionTargets(w),
        run: (actor, p) => answerSuggestion({ actor, data: { suggestionId: p.target.id, answer: "已采纳，谢谢", adopt: true } }),
        snapshot: suggestionSnapshot,
      },
      // Hiding is the closest to deleting: the author still sees it, with the reason.
      delete: {
        rule: manage(),
        prepare: (w) => suggestionTargets(w),
        run: (actor, p) => hideSuggestion({ actor, data: { suggestionId: p.target.id, reason: "与活动无关" } }),
        snapshot: suggestionSnapshot,
      },
      "update:restore": {
        rule: manage(),
        prepare: (w) => suggestionTargets(w, "HIDDEN"),
        run: (actor, p) => restoreSuggestion({ actor, data: { suggestionId: p.target.id } }),
        snapshot: suggestionSnapshot,
      },
      "update:support": {
        rule: member(undefined, RUNNING),
        prepare: (w) => suggestionTargets(w),
        run: (actor, p) => supportSuggestion({ actor, data: { suggestionId: p.target.id } }),
        refused: memberRefusal,
        snapshot: suggestionSnapshot,
      },
    },
  },
  {
    // Supports are only ever counted, on the suggestion they support.
    model: "SuggestionSupport",
    ops: {
      list: {
        rule: see("view"),
        prepare: once("support", async (w) => {
          const targets = await suggestionTargets(w);
          const spots = await sharedSpots(w);
          const people = await peopleAt(w, spots);
          const rowsMade = targets.map((p, i) => ({ id: newId(), tenantId: p.target.tenantId, suggestionId: p.target.id, personId: people[i].id }));
          await w.db.suggestionSupport.createMany({ data: rowsMade });
          return targets.map((p, i) => ({ target: { ...p.target, id: rowsMade[i].id }, data: { ...p.data, suggestionId: p.target.id } }));
        }),
        run: (actor, p) => listSuggestions({ actor, campaignId: p.data.campaignId }),
        reached: (r, p) => (r as { rows: { id: string; supports: number }[] }).rows.some((x) => x.id === p.data.suggestionId && x.supports === 1),
        snapshot: (w, p) => w.db.suggestionSupport.findUnique({ where: { id: p.target.id } }),
      },
    },
  },
  {
    model: "Selection",
    ops: {
      list: {
        rule: see(),
        prepare: sharedSelections,
        run: (actor, p) => listSelections({ actor, campaignId: p.data.campaignId }),
        reached: (r, p) => hasId(rows(r), p.target.id),
        snapshot: selectionSnapshot,
      },
      read: { rule: see(), prepare: sharedSelections, run: (actor, p) => getSelection({ actor, selectionId: p.target.id }), snapshot: selectionSnapshot },
      "read:member": { rule: member(), prepare: sharedSelections, run: (actor, p) => getSelectionForMember({ actor, selectionId: p.target.id }), snapshot: selectionSnapshot },
      "list:member": {
        rule: member(),
        prepare: sharedSelections,
        run: (actor, p) => listMemberSelections({ actor, campaignId: p.data.campaignId }),
        reached: (r, p) => hasId(r as { id: string }[], p.target.id),
        snapshot: selectionSnapshot,
      },
      update: { rule: manage(), prepare: selectionTargets("VOTING"), run: (actor, p) => publishResults({ actor, data: { selectionId: p.target.id } }), snapshot: selectionSnapshot },
    },
  },
  {
    model: "Nomination",
    ops: {
      list: {
        rule: see("view"),
        prepare: once("nomination", (w) => nominationTargets(w, { phase: "NOMINATING", status: "PENDING" })),
        run: (actor, p) => getSelection({ actor, selectionId: p.data.selectionId }),
        reached: (r, p) => hasId((r as { nominations: { id: string }[] }).nominations, p.target.id),
        snapshot: nominationSnapshot,
      },
      update: {
        rule: manage(),
        prepare: (w) => nominationTargets(w, { phase: "NOMINATING", status: "PENDING" }),
        run: (actor, p) => reviewNomination({ actor, data: { nominationId: p.target.id, status: "ACCEPTED", note: null } }),
        snapshot: nominationSnapshot,
      },
      // A unit nominates a person of its own units (the target is the nominee).
      "update:nominate": {
        rule: unitWork(RUNNING),
        prepare: nomineeTargets,
        run: (actor, p) => nominate({ actor, data: { selectionId: p.data.selectionId, nodeId: p.data.nodeId, nomineePersonId: p.target.id, reason: "坚持桶前值守，带动邻里分类。" } }),
        refused: notRunning,
        snapshot: (w, p) => w.db.nomination.findMany({ where: { nomineePersonId: p.target.id } }),
      },
      // A member of the campaign votes (one vote per selection: each target has a selection of its own).
      "update:vote": {
        rule: member(undefined, RUNNING),
        prepare: (w) => nominationTargets(w, { phase: "VOTING", status: "ACCEPTED", own: true }),
        run: (actor, p) => castVote({ actor, data: { selectionId: p.data.selectionId, nominationId: p.target.id } }),
        refused: memberRefusal,
        snapshot: nominationSnapshot,
      },
    },
  },
  {
    // Votes are append-only and only ever counted (for everyone once the results are published).
    model: "Vote",
    ops: {
      list: {
        rule: see("view"),
        prepare: once("vote", voteTargets),
        run: (actor, p) => getSelection({ actor, selectionId: p.data.selectionId }),
        reached: (r, p) => (r as { nominations: { id: string; votes: number | null }[] }).nominations.some((n) => n.id === p.data.nominationId && n.votes === 1),
        snapshot: (w, p) => w.db.vote.findUnique({ where: { id: p.target.id } }),
      },
    },
  },
];
