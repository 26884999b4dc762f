import { z } from "zod";
import { id } from "../org/schemas";

const text = (max: number) => z.string().trim().max(max, "validation.tooLong");
const optionalText = (max: number) => text(max).optional().transform((v) => v || null);
const photoIds = z.array(id).max(9, "validation.tooMany").default([]);
/** An instant from a datetime-local input (Beijing wall time) or an ISO string. */
const instant = z
  .string()
  .trim()
  .min(1, "validation.inspections.time")
  .transform((s, ctx) => {
    const iso = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(s) ? `${s}:00+08:00` : /^\d{4}-\d{2}-\d{2}$/.test(s) ? `${s}T17:00:00+08:00` : s;
    const t = Date.parse(iso);
    if (Number.isNaN(t)) {
      ctx.addIssue({ code: "custom", message: "validation.inspections.time" });
      return z.NEVER;
    }
    return new Date(t);
  });

export const checklistInputSchema = z.object({
  name: z.string().trim().min(1, "validation.nameRequired").max(100, "validation.nameTooLong"),
  description: optionalText(500),
  items: z
    .array(
      z.object({
        key: z.string().regex(/^[a-z0-9_]{1,40}$/, "validation.inspections.itemKey"),
        text: z.string().trim().min(1, "validation.inspections.itemText").max(200, "validation.tooLong"),
        maxScore: z.coerce.number().int().min(1, "validation.inspections.maxScore").max(100, "validation.inspections.maxScore"),
        photoRequired: z.union([z.boolean(), z.stringbool()]).default(false),
      }),
    )
    .min(1, "validation.inspections.noItems")
    .max(40, "validation.tooMany")
    .refine((items) => new Set(items.map((i) => i.key)).size === items.length, "validation.inspections.duplicateKey"),
  active: z.union([z.boolean(), z.stringbool()]).default(true),
});
export type ChecklistInput = z.output<typeof checklistInputSchema>;

/** A problem found: becomes a rectification item of the responsible unit (default: the unit checked). */
const problemSchema = z.object({
  itemKey: z.string().regex(/^[a-z0-9_]{1,40}$/).optional().nullable(),
  description: z.string().trim().min(1, "validation.inspections.problemText").max(500, "validation.tooLong"),
  deadline: instant,
  nodeId: id.optional().nullable(),
});

export const recordInspectionSchema = z
  .object({
    kind: z.enum(["MONTHLY", "UNANNOUNCED"], { error: "validation.inspections.kind" }),
    checklistId: id,
    nodeId: id,
    occurredAt: instant.optional(),
    scores: z
      .array(z.object({ key: z.string().regex(/^[a-z0-9_]{1,40}$/), score: z.coerce.number({ error: "validation.inspections.score" }), note: optionalText(500), photoIds }))
      .max(40, "validation.tooMany"),
    photoIds,
    notes: optionalText(2000),
    observed: z.coerce.number().int().min(0, "validation.inspections.count").max(100_000, "validation.inspections.count").optional().nullable(),
    correct: z.coerce.number().int().min(0, "validation.inspections.count").max(100_000, "validation.inspections.count").optional().nullable(),
    problems: z.array(problemSchema).max(40, "validation.tooMany").default([]),
  })
  .refine((v) => v.observed == null || v.correct == null || v.correct <= v.observed, { path: ["correct"], message: "validation.inspections.correctAboveObserved" })
  .refine((v) => (v.observed == null) === (v.correct == null), { path: ["correct"], message: "validation.inspections.countsTogether" });
export type RecordInspectionInput = z.output<typeof recordInspectionSchema>;

/** 回访抽查: the rectifications of a unit checked again; passed ones close, failed ones reopen with a new deadline. */
export const followUpSchema = z.object({
  nodeId: id,
  occurredAt: instant.optional(),
  checks: z
    .array(z.object({ rectificationId: id, passed: z.union([z.boolean(), z.stringbool()]), note: optionalText(500), newDeadline: instant.optional().nullable() }))
    .min(1, "validation.inspections.noChecks")
    .max(100, "validation.tooMany"),
  photoIds,
  notes: optionalText(2000),
});
export type FollowUpInput = z.output<typeof followUpSchema>;

/** The responsible unit reports a rectification done, with what it did and photos. */
export const rectifyDoneSchema = z.object({ rectificationId: id, note: z.string().trim().min(1, "validation.inspections.doneNote").max(1000, "validation.tooLong"), photoIds });

export const inspectionListQuery = z.object({
  node: id.optional(),
  kind: z.enum(["MONTHLY", "UNANNOUNCED", "FOLLOW_UP"]).optional(),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
});

export const rectificationListQuery = z.object({
  node: id.optional(),
  state: z.enum(["OPEN", "OVERDUE", "DONE", "VERIFIED"]).optional(),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
});
