import { z } from "zod";
import { boolish, id, title } from "../schemas";

export const CATEGORIES = ["KITCHEN", "RECYCLABLE", "HAZARDOUS", "OTHER", "GENERAL"] as const;
export const QUESTION_KINDS = ["SINGLE", "MULTIPLE", "TRUE_FALSE"] as const;

const optionList = z
  .union([z.string(), z.array(z.string())])
  .transform((v) => (Array.isArray(v) ? v : [v]).map((s) => s.trim()).filter(Boolean));

const answerList = z
  .union([z.coerce.number().int().min(0).max(9), z.array(z.coerce.number().int().min(0).max(9))])
  .optional()
  .transform((v) => (v === undefined ? [] : Array.isArray(v) ? [...new Set(v)].sort() : [v]));

export const questionSchema = z
  .object({
    kind: z.enum(QUESTION_KINDS),
    category: z.enum(CATEGORIES),
    text: z.string().trim().min(4, "campaignErrors.questionText").max(500, "validation.tooLong"),
    options: optionList,
    answer: answerList,
    explanation: z
      .string()
      .trim()
      .max(500, "validation.tooLong")
      .optional()
      .transform((v) => v || null),
  })
  .transform((q) => (q.kind === "TRUE_FALSE" ? { ...q, options: ["正确", "错误"] } : q))
  .superRefine((q, ctx) => {
    if (q.options.length < 2 || q.options.length > 6) ctx.addIssue({ code: "custom", path: ["options"], message: "campaignErrors.options" });
    if (q.options.some((o) => o.length > 100)) ctx.addIssue({ code: "custom", path: ["options"], message: "validation.tooLong" });
    const valid = q.answer.length > 0 && q.answer.every((a) => a < q.options.length);
    const count = q.kind === "MULTIPLE" ? q.answer.length >= 2 : q.answer.length === 1;
    if (!valid || !count) ctx.addIssue({ code: "custom", path: ["answer"], message: q.kind === "MULTIPLE" ? "campaignErrors.answerMultiple" : "campaignErrors.answerSingle" });
  });

export const createQuestionSchema = z.intersection(z.object({}), questionSchema);
export const updateQuestionSchema = z.intersection(z.object({ questionId: id }), questionSchema);
export const archiveQuestionSchema = z.object({ questionId: id, archived: boolish.default(true) });

export const createQuizSchema = z
  .object({
    campaignId: id,
    title,
    questionCount: z.coerce.number().int().min(3, "campaignErrors.questionCount").max(50, "campaignErrors.questionCount"),
    timeLimitMin: z.coerce.number().int().min(1, "campaignErrors.timeLimit").max(120, "campaignErrors.timeLimit"),
    passPercent: z.coerce.number().int().min(1).max(100).default(80),
    attemptsPerMember: z.coerce.number().int().min(1).max(10).default(1),
    categories: z
      .union([z.enum(CATEGORIES), z.array(z.enum(CATEGORIES))])
      .optional()
      .transform((v) => (v === undefined ? [] : Array.isArray(v) ? [...new Set(v)] : [v])),
  });

export const quizIdSchema = z.object({ quizId: id });

export const submitAttemptSchema = z.object({
  attemptId: id,
  /** { [questionId]: number[] } */
  answers: z.record(z.string().regex(/^[a-z0-9]{1,40}$/), z.array(z.number().int().min(0).max(9)).max(10)),
});
