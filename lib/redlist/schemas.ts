import { z } from "zod";
import { id } from "../org/schemas";

export const draftSchema = z.object({ nodeId: id, month: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, "validation.date") });
export const listIdSchema = z.object({ listId: id });
export const entrySchema = z.object({
  listId: id,
  side: z.enum(["RED", "BLACK"]),
  householdId: id,
  reason: z.string().trim().max(200, "validation.tooLong").optional().transform((v) => v || null),
});
export const entryIdSchema = z.object({ entryId: id });
export const modelHouseholdSchema = z.object({
  householdId: id,
  on: z.union([z.boolean(), z.stringbool()]),
  note: z.string().trim().max(200, "validation.tooLong").optional().transform((v) => v || null),
});
