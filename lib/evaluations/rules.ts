// The year-end evaluation of party branches (seed 001: part of the year-end review) and of party members (seed 003:
// quantified, with points), as pure arithmetic so the page can show every part of a score.
//
// Branch: weighted parts on a 0–100 scale; a part without data is left out and the others' weights scale up.
//   duty norm share 30 · household-link coverage 20 · visits per party member (6 a year = 100) 15 ·
//   inspection score 20 · double-reporting rating by the communities (优秀 100, 良好 85, 一般 70, 较差 50) 15
// Member: 60 points to start, plus up to 20 for months reaching the duty norm (all months so far = 20), up to 10 for
//   visits (6 = 10), and a tenth of the year's net points between −20 and +10 (deductions count).
// Grades: 优秀 ≥ 90, 良好 ≥ 80, 合格 ≥ 60, 不合格 below.

export type Grade = "EXCELLENT" | "GOOD" | "PASS" | "FAIL";

export function gradeOf(score: number): Grade {
  if (score >= 90) return "EXCELLENT";
  if (score >= 80) return "GOOD";
  if (score >= 60) return "PASS";
  return "FAIL";
}

const round1 = (v: number) => Math.round(v * 10) / 10;
const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v));

export const BRANCH_WEIGHTS = { duty: 30, coverage: 20, visits: 15, inspection: 20, double: 15 } as const;
export type BranchPart = keyof typeof BRANCH_WEIGHTS;
export const VISITS_PER_MEMBER_TARGET = 6;
export const DOUBLE_POINTS: Record<string, number> = { EXCELLENT: 100, GOOD: 85, FAIR: 70, POOR: 50 };

export type BranchInput = {
  dutyNormShare: number | null;
  coverage: number | null;
  visits: number;
  /** Average party members over the months of the year so far (member-months ÷ months). */
  members: number;
  inspectionScore: number | null;
  doubleGrades: string[];
};

export function scoreBranch(b: BranchInput): { parts: Record<BranchPart, number | null>; score: number | null; grade: Grade | null } {
  const parts: Record<BranchPart, number | null> = {
    duty: b.dutyNormShare === null ? null : round1(clamp(b.dutyNormShare, 0, 100)),
    coverage: b.coverage === null ? null : round1(clamp(b.coverage, 0, 100)),
    visits: b.members > 0 ? round1(clamp((b.visits / b.members / VISITS_PER_MEMBER_TARGET) * 100, 0, 100)) : null,
    inspection: b.inspectionScore === null ? null : round1(clamp(b.inspectionScore, 0, 100)),
    double: b.doubleGrades.length ? round1(b.doubleGrades.reduce((a, g) => a + (DOUBLE_POINTS[g] ?? 0), 0) / b.doubleGrades.length) : null,
  };
  let weight = 0;
  let sum = 0;
  for (const k of Object.keys(BRANCH_WEIGHTS) as BranchPart[]) {
    if (parts[k] === null) continue;
    weight += BRANCH_WEIGHTS[k];
    sum += parts[k]! * BRANCH_WEIGHTS[k];
  }
  if (!weight) return { parts, score: null, grade: null };
  const score = round1(sum / weight);
  return { parts, score, grade: gradeOf(score) };
}

export type MemberInput = { normMonths: number; monthsSoFar: number; visits: number; points: number };

export function scoreMember(m: MemberInput): { duty: number; visits: number; points: number; score: number; grade: Grade } {
  const duty = m.monthsSoFar > 0 ? round1(clamp((m.normMonths / m.monthsSoFar) * 20, 0, 20)) : 0;
  const visits = round1(clamp((m.visits / VISITS_PER_MEMBER_TARGET) * 10, 0, 10));
  const points = round1(clamp(m.points / 10, -20, 10));
  const score = round1(clamp(60 + duty + visits + points, 0, 100));
  return { duty, visits, points, score, grade: gradeOf(score) };
}
