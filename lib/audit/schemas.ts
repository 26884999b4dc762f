import { z } from "zod";
import { id } from "../org/schemas";

const day = z
  .union([z.literal(""), z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "validation.date")])
  .optional()
  .transform((v) => v || undefined);

/** The audit log's filters, as they arrive in the page's query string. */
export const auditFiltersSchema = z
  .object({
    entityType: z
      .union([z.literal(""), z.string().regex(/^[A-Za-z]{1,40}$/, "validation.id")])
      .optional()
      .transform((v) => v || undefined),
    entityId: z.union([z.literal(""), id]).optional().transform((v) => v || undefined),
    actorUserId: z.union([z.literal(""), id]).optional().transform((v) => v || undefined),
    from: day,
    to: day,
    page: z.coerce.number().int().min(1).max(100_000).default(1),
    pageSize: z.coerce.number().int().min(1).max(100).default(30),
  })
  .refine((v) => !v.from || !v.to || v.from <= v.to, { path: ["to"], message: "validation.dateOrder" });

export type AuditFilters = z.output<typeof auditFiltersSchema>;
