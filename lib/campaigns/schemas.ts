import { z } from "zod";
import { boolish, id } from "../org/schemas";

export { id, boolish };

/** "yyyy-mm-dd" from a date input. */
export const day = z.string().trim().regex(/^\d{4}-\d{2}-\d{2}$/, "validation.date").refine((s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)), "validation.date");
/** "HH:mm" from a time input. */
export const clock = z.string().trim().regex(/^([01]\d|2[0-3]):[0-5]\d$/, "campaignErrors.time");

export const title = z.string().trim().min(1, "campaignErrors.titleRequired").max(200, "validation.tooLong");
export const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, "validation.tooLong")
    .optional()
    .transform((v) => v || null);

/** Ids sent as a repeated form field or a JSON array. */
export const idList = (max = 500) =>
  z
    .union([id, z.array(id)])
    .optional()
    .transform((v) => (v === undefined ? [] : Array.isArray(v) ? [...new Set(v)] : [v]))
    .refine((v) => v.length <= max, "validation.tooMany");

export const campaignIdSchema = z.object({ campaignId: id });

export const createCampaignSchema = z
  .object({
    title,
    description: optionalText(2000),
    startsOn: day,
    endsOn: day,
    nodeId: id,
    scopeKind: z.enum(["SUBTREE", "UNITS"]).default("SUBTREE"),
    unitIds: idList(200),
    /** seed000, seed001, blank, or a saved template's id */
    template: z.string().trim().regex(/^(seed000|seed001|blank|[a-z0-9]{1,40})$/, "campaignErrors.template").default("blank"),
  })
  .refine((v) => v.endsOn >= v.startsOn, { path: ["endsOn"], message: "validation.dateOrder" })
  .refine((v) => v.scopeKind === "SUBTREE" || v.unitIds.length > 0, { path: ["unitIds"], message: "campaignErrors.unitsRequired" });

export const updateCampaignSchema = z
  .object({ campaignId: id, title, description: optionalText(2000), startsOn: day, endsOn: day })
  .refine((v) => v.endsOn >= v.startsOn, { path: ["endsOn"], message: "validation.dateOrder" });

export const campaignStatusSchema = z.object({ campaignId: id, status: z.enum(["RUNNING", "CLOSED"]) });

export const saveTemplateSchema = z.object({
  campaignId: id,
  name: z.string().trim().min(1, "validation.nameRequired").max(100, "validation.tooLong"),
  description: optionalText(500),
});
