// Knowledge quiz rules, pure: drawing questions, grading answers, the time limit, awareness.

export type QuestionKindCode = "SINGLE" | "MULTIPLE" | "TRUE_FALSE";
export type GradableQuestion = { id: string; kind: QuestionKindCode; answer: number[] };

/** A submit this long after the deadline still counts (network, a slow phone); later ones are late. */
export const GRACE_MS = 15_000;

/** Pass mark of the awareness rate (知晓率) unless a quiz sets its own. */
export const DEFAULT_PASS_PERCENT = 80;

export function deadlineFor(startedAt: Date, timeLimitSec: number): Date {
  return new Date(startedAt.getTime() + timeLimitSec * 1000);
}

export function isLate(deadlineAt: Date, submittedAt: Date): boolean {
  return submittedAt.getTime() > deadlineAt.getTime() + GRACE_MS;
}

/** Exactly the right options: a multiple choice with one option missing or one too many is wrong. */
export function isCorrect(q: GradableQuestion, given: readonly number[] | undefined): boolean {
  if (!given || given.length === 0) return false;
  const a = [...new Set(q.answer)].sort();
  const g = [...new Set(given)].sort();
  if (q.kind !== "MULTIPLE" && g.length !== 1) return false;
  return a.length === g.length && a.every((v, i) => v === g[i]);
}

export function gradeAttempt(questions: GradableQuestion[], answers: Record<string, number[] | undefined>) {
  const correct = questions.filter((q) => isCorrect(q, answers[q.id])).length;
  const total = questions.length;
  return { correct, total, percent: total ? Math.round((correct * 100) / total) : 0 };
}

/** n distinct items in random order (partial Fisher–Yates); fewer when the pool is smaller. */
export function drawQuestions<T>(pool: readonly T[], n: number, random: () => number = Math.random): T[] {
  const a = [...pool];
  const k = Math.min(n, a.length);
  for (let i = 0; i < k; i++) {
    const j = i + Math.floor(random() * (a.length - i));
    [a[i], a[j]] = [a[j], a[i]];
  }
  return a.slice(0, k);
}

export function passed(percent: number | null | undefined, passPercent: number = DEFAULT_PASS_PERCENT): boolean {
  return percent !== null && percent !== undefined && percent >= passPercent;
}
