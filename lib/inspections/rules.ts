// Inspections as pure rules: a checklist's items, scoring a check against them (scores within 0…max, the photos
// an item requires), and the state of a rectification at a moment (overdue is derived, never stored).
import { z } from "zod";

export const checklistItemSchema = z.object({
  key: z.string().regex(/^[a-z0-9_]{1,40}$/),
  text: z.string().min(1).max(200),
  maxScore: z.number().int().min(1).max(100),
  photoRequired: z.boolean().default(false),
});
export type ChecklistItem = z.infer<typeof checklistItemSchema>;

export function readItems(raw: unknown): ChecklistItem[] {
  const r = z.array(checklistItemSchema).safeParse(raw);
  return r.success ? r.data : [];
}

export type ItemScore = { key: string; score: number; note?: string | null; photoIds?: string[] };

export type ScoreProblem = { key: string; problem: "missing" | "range" | "photo" };

/** The total and the maximum of a check; which items are missing, out of range, or lack a required photo. */
export function scoreCheck(items: ChecklistItem[], scores: ItemScore[]): { total: number; maxTotal: number; problems: ScoreProblem[] } {
  const byKey = new Map(scores.map((s) => [s.key, s]));
  const problems: ScoreProblem[] = [];
  let total = 0;
  let maxTotal = 0;
  for (const item of items) {
    maxTotal += item.maxScore;
    const s = byKey.get(item.key);
    if (!s || !Number.isFinite(s.score)) {
      problems.push({ key: item.key, problem: "missing" });
      continue;
    }
    if (s.score < 0 || s.score > item.maxScore) problems.push({ key: item.key, problem: "range" });
    else total += s.score;
    if (item.photoRequired && !(s.photoIds?.length ?? 0)) problems.push({ key: item.key, problem: "photo" });
  }
  return { total, maxTotal, problems };
}

export type RectificationState = "OPEN" | "OVERDUE" | "DONE" | "VERIFIED";

/** OVERDUE: still open after its deadline. A unit's report of completion stops the clock; a failed follow-up restarts it. */
export function rectificationState(r: { status: "OPEN" | "DONE" | "VERIFIED"; deadline: Date }, now: Date): RectificationState {
  if (r.status === "OPEN" && r.deadline.getTime() < now.getTime()) return "OVERDUE";
  return r.status;
}

/** The default checklist a tenant starts with (seed 002's monthly check of a public institution). */
export const DEFAULT_CHECKLIST: { name: string; items: ChecklistItem[] } = {
  name: "垃圾分类月度检查表",
  items: [
    { key: "facilities", text: "分类收集容器配置齐全、标识清晰、完好整洁", maxScore: 20, photoRequired: true },
    { key: "sorting", text: "桶内垃圾分类准确，无明显混投", maxScore: 25, photoRequired: true },
    { key: "duty", text: "桶前值守或督导到位（早晚高峰有人值守）", maxScore: 15, photoRequired: false },
    { key: "ledger", text: "台账记录完整、按时报送", maxScore: 15, photoRequired: false },
    { key: "publicity", text: "宣传氛围：海报、指引牌、倡议书张贴到位", maxScore: 15, photoRequired: true },
    { key: "environment", text: "投放点周边环境整洁，无散落垃圾、无异味", maxScore: 10, photoRequired: true },
  ],
};
