import { z } from "zod";
import { id } from "../org/schemas";
import { isQuarterKey } from "../duty/time";

export const quarterKey = z.string().trim().refine(isQuarterKey, "double.validation.quarter");

export const registerSchema = z
  .object({
    kind: z.enum(["UNIT", "MEMBER"]),
    unitNodeId: id,
    personId: z.union([id, z.literal("")]).optional().transform((v) => v || null),
    communityNodeId: id,
    note: z.string().trim().max(200, "validation.tooLong").optional().transform((v) => v || null),
  })
  .refine((r) => (r.kind === "MEMBER") === !!r.personId, { path: ["personId"], message: "double.validation.personForMember" });
export const decideSchema = z.object({ registrationId: id, accept: z.union([z.boolean(), z.stringbool()]) });
export const registrationIdSchema = z.object({ registrationId: id });
export const rateSchema = z.object({
  registrationId: id,
  quarter: quarterKey,
  grade: z.enum(["EXCELLENT", "GOOD", "FAIR", "POOR"]),
  comment: z.string().trim().max(300, "validation.tooLong").optional().transform((v) => v || null),
});
