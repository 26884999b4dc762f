import { z } from "zod";
import { id } from "../org/schemas";

export const phone = z
  .string()
  .trim()
  .regex(/^(1\d{10}|0\d{2,3}-?\d{7,8})$/, "validation.phone");

const optionalPhone = z
  .union([phone, z.literal("")])
  .optional()
  .transform((v) => (v ? v : null));

const flag = z.union([z.boolean(), z.stringbool()]).default(false);

const date = z
  .union([z.literal(""), z.coerce.date({ error: "validation.date" })])
  .optional()
  .transform((v) => (v instanceof Date ? v : null))
  .refine((d) => !d || (d.getFullYear() >= 1900 && d.getFullYear() <= 2100), "validation.dateRange");

export const personFields = {
  name: z.string().trim().min(1, "validation.nameRequired").max(50, "validation.nameTooLong"),
  phone: optionalPhone,
  isPartyMember: flag,
  isUnionMember: flag,
  isModelWorker: flag,
  isVolunteer: flag,
  isCadre: flag,
  joinedAt: date,
  note: z.string().trim().max(500, "validation.tooLong").optional().transform((v) => v || null),
};

export const createPersonSchema = z.object({ nodeId: id, ...personFields });

/** phone: empty keeps the stored number (forms show it masked); "-" clears it. */
export const updatePersonSchema = z.object({
  personId: id,
  nodeId: id.optional(),
  ...personFields,
  phone: z
    .union([phone, z.literal(""), z.literal("-")])
    .optional()
    .transform((v) => (v === "-" ? null : v ? v : undefined)),
});

export const FLAG_FILTERS = ["isPartyMember", "isUnionMember", "isModelWorker", "isVolunteer", "isCadre"] as const;

export const listPeopleSchema = z.object({
  nodeId: id.optional(),
  q: z.string().trim().max(50).default(""),
  flag: z.enum(FLAG_FILTERS).optional().or(z.literal("").transform(() => undefined)),
  status: z.enum(["active", "left", "all"]).default("active"),
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
});

export const personIdSchema = z.object({ personId: id });
export const leavePersonSchema = z.object({ personId: id, leftAt: z.coerce.date().optional() });
