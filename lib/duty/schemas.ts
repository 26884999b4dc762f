import { z } from "zod";
import { id } from "../org/schemas";
import { isDayKey, parseClock } from "./time";

export const dayKey = z.string().trim().refine(isDayKey, "validation.date");
export const clock = z
  .string()
  .trim()
  .refine((s) => parseClock(s) !== null, "duty.validation.clock")
  .transform((s) => parseClock(s)!);
const text = (max: number) => z.string().trim().max(max, "validation.tooLong").optional().transform((v) => v || null);
const optionalId = z.union([id, z.literal("")]).optional().transform((v) => v || null);
const count = z.coerce.number().int("duty.validation.wholeNumber").min(0, "duty.validation.notNegative").max(100_000, "validation.tooMany");
const fileIds = z.array(id).max(9, "validation.tooMany").default([]);

export const BIN_TYPES = ["kitchen", "recyclable", "hazardous", "other"] as const;

const binPointFields = {
  name: z.string().trim().min(1, "validation.nameRequired").max(60, "validation.nameTooLong"),
  location: text(200),
  kitchen: z.coerce.number().int().min(0).max(50).default(0),
  recyclable: z.coerce.number().int().min(0).max(50).default(0),
  hazardous: z.coerce.number().int().min(0).max(50).default(0),
  other: z.coerce.number().int().min(0).max(50).default(0),
  chiefId: optionalId,
  chiefArea: text(100),
  responsibleMemberId: optionalId,
};
export const createBinPointSchema = z.object({ nodeId: id, ...binPointFields });
export const updateBinPointSchema = z.object({ binPointId: id, ...binPointFields });
export const binPointIdSchema = z.object({ binPointId: id });

export const slotSchema = z
  .object({
    binPointId: id,
    start: clock,
    end: clock,
    weekdays: z.array(z.coerce.number().int().min(1).max(7)).min(1, "duty.validation.weekdays").default([1, 2, 3, 4, 5, 6, 7]),
    capacity: z.coerce.number().int().min(0).max(100).default(0),
  })
  .refine((s) => s.end > s.start, { path: ["end"], message: "duty.validation.endAfterStart" });
export const slotIdSchema = z.object({ slotId: id });

export const signUpSchema = z.object({ slotId: id, date: dayKey });
export const signupIdSchema = z.object({ signupId: id });
export const tokenSchema = z.object({ token: z.string().regex(/^[A-Za-z0-9_-]{16,64}$/, "validation.id") });

export const recordHoursSchema = z
  .object({ personId: id, binPointId: id, date: dayKey, start: clock, end: clock, note: text(200) })
  .refine((r) => r.end > r.start, { path: ["end"], message: "duty.validation.endAfterStart" });
export const recordIdSchema = z.object({ recordId: id });
export const rejectRecordSchema = z.object({ recordId: id, reason: z.string().trim().min(1, "duty.validation.reasonRequired").max(200, "validation.tooLong") });

export const ledgerSchema = z
  .object({
    binPointId: id,
    slotId: id,
    date: dayKey,
    observed: count,
    correct: count,
    corrected: count,
    remarks: text(500),
    photosBefore: fileIds,
    photosAfter: fileIds,
  })
  .refine((l) => l.correct <= l.observed, { path: ["correct"], message: "ledgers.validation.correctAboveObserved" })
  .refine((l) => l.correct + l.corrected <= l.observed, { path: ["corrected"], message: "ledgers.validation.correctedAboveWrong" });
export const rateLedgerSchema = z.object({ ledgerId: id, score: z.coerce.number().int().min(0, "ledgers.validation.score").max(100, "ledgers.validation.score"), comment: text(300) });

export const MEMBER_ROLES = ["PIONEER", "PUBLICIST", "DEMONSTRATOR", "SUPERVISOR"] as const;
export const memberRoleSchema = z.object({ personId: id, role: z.enum(MEMBER_ROLES) });
export const dutyPostSchema = z.object({ name: z.string().trim().min(1, "validation.nameRequired").max(30, "validation.nameTooLong") });
export const postHolderSchema = z.object({ postId: id, personId: id });

export const monthQuery = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, "validation.date");
