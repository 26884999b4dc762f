import { z } from "zod";
import { boolish, id } from "../org/schemas";
import { fieldsSchema } from "./fields";
import { reminderStepsSchema } from "./type-def";

export const typeCode = z.string().regex(/^[a-z][a-z0-9_]{1,39}$/, "validation.report.typeCode");
export const periodKey = z.string().regex(/^\d{4}-(W\d{2}|Q[1-4]|\d{2})$/, "validation.report.period");
const idempotencyKey = z.string().regex(/^[A-Za-z0-9_-]{8,64}$/, "validation.report.idempotencyKey");

/** Which report of which unit: the identity of a submission. */
export const reportRef = z.object({ type: typeCode, period: periodKey, nodeId: id });

/** A draft save or a submission: the content, the version it was based on, and one key per click. */
export const writeReportSchema = reportRef.extend({
  data: z.record(z.string(), z.unknown()),
  baseVersion: z.coerce.number().int().min(0).max(1_000_000),
  idempotencyKey: idempotencyKey.optional(),
});
export type WriteReportInput = z.output<typeof writeReportSchema>;

export const reviewSchema = z.object({
  submissionId: id,
  decision: z.enum(["approve", "return"]),
  comment: z.string().trim().max(1000, "validation.tooLong").optional().transform((v) => v || null),
  version: z.coerce.number().int().min(1),
});

export const reopenSchema = reportRef.extend({
  days: z.coerce.number().int().min(1, "validation.report.reopenDays").max(30, "validation.report.reopenDays").default(3),
  reason: z.string().trim().min(1, "validation.report.reasonRequired").max(500, "validation.tooLong"),
});

export const revisionSchema = z.object({ submissionId: id, revisionId: id });

export const completenessQuery = z.object({
  type: typeCode,
  node: id.optional(),
  from: periodKey.optional(),
  to: periodKey.optional(),
});

export const periodQuery = z.object({ type: typeCode, period: periodKey, node: id.optional() });

const hhmm = z.string().regex(/^([01]\d|2[0-3]):([0-5]\d)$/, "validation.report.time");

/** A report type as the configuration page edits it. */
export const typeInputSchema = z
  .object({
    code: typeCode,
    name: z.string().trim().min(1, "validation.nameRequired").max(100, "validation.nameTooLong"),
    nameEn: z.string().trim().max(100).nullish().transform((v) => v || null),
    description: z.string().trim().max(1000, "validation.tooLong").nullish().transform((v) => v || null),
    cadence: z.enum(["WEEKLY", "MONTHLY", "QUARTERLY"]),
    weekday: z.coerce.number().int().min(1).max(7).nullable().default(null),
    dayOfMonth: z.coerce.number().int().min(1).max(31).nullable().default(null),
    dueTime: hhmm,
    periodOffset: z.coerce.number().int().min(0).max(1),
    lockAfterDays: z.coerce.number().int().min(0).max(365).nullable(),
    reminders: reminderStepsSchema,
    fields: fieldsSchema,
    filerKindCodes: z.array(z.string().regex(/^[a-z_]{1,40}$/)).min(1, "validation.report.filersRequired"),
    filerRootId: id.nullable().default(null),
    reviewKindCodes: z.array(z.string().regex(/^[a-z_]{1,40}$/)).default([]),
    exportTitle: z.string().trim().max(100).nullish().transform((v) => v || null),
    /** Periods due before this date are not expected from anybody (a type introduced mid-year). */
    activeFrom: z.coerce.date({ error: "validation.date" }).optional(),
    active: boolish.default(true),
  })
  .refine((t) => t.cadence !== "WEEKLY" || t.weekday !== null, { path: ["weekday"], message: "validation.report.weekdayRequired" })
  .refine((t) => t.cadence === "WEEKLY" || t.dayOfMonth !== null, { path: ["dayOfMonth"], message: "validation.report.dayRequired" });

export type TypeInput = z.output<typeof typeInputSchema>;
