import { z } from "zod";
import { id } from "../org/schemas";
import { phone } from "../people/schemas";

const short = (max: number) => z.string().trim().max(max, "validation.tooLong").optional().transform((v) => v || null);

export const householdFields = {
  building: short(30),
  unit: short(30),
  room: short(30),
  headName: z.string().trim().min(1, "validation.nameRequired").max(50, "validation.nameTooLong"),
  phone: z.union([phone, z.literal("")]).optional().transform((v) => v || null),
  note: short(500),
};

export const createHouseholdSchema = z.object({ nodeId: id, ...householdFields });
/** On edit the phone shows masked: empty keeps the stored number, "-" clears it. */
export const updateHouseholdSchema = z.object({
  householdId: id,
  ...householdFields,
  phone: z
    .union([phone, z.literal(""), z.literal("-")])
    .optional()
    .transform((v) => (v === "-" ? null : v ? v : undefined)),
});
export const householdIdSchema = z.object({ householdId: id });
export const linkSchema = z.object({ personId: id, householdId: id });

export const listHouseholdsSchema = z.object({
  nodeId: id.optional(),
  q: z.string().trim().max(50).default(""),
  unlinked: z.stringbool().default(false),
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
});
