import { z } from "zod";
import { id } from "../org/schemas";
import { dayKey } from "../duty/schemas";

const text = (max: number) => z.string().trim().max(max, "validation.tooLong").optional().transform((v) => v || null);

export const coverageQuery = z.object({
  nodeId: id.optional(),
  building: z.string().trim().max(30).optional().transform((v) => v || undefined),
});

export const orgLinkSchema = z
  .object({
    kind: z.enum(["BRANCH_AREA", "GROUP_BUILDING"]),
    orgNodeId: id,
    areaNodeId: id,
    building: z.string().trim().max(30, "validation.tooLong").default(""),
  })
  .refine((l) => l.kind === "BRANCH_AREA" || l.building.length > 0, { path: ["building"], message: "links.validation.buildingRequired" });
export const orgLinkIdSchema = z.object({ linkId: id });

export const visitSchema = z.object({
  householdId: id,
  visitedOn: dayKey,
  minutes: z.union([z.literal(""), z.coerce.number().int().min(0, "links.validation.minutes").max(720, "links.validation.minutes")]).optional().transform((v) => (v === "" || v === undefined ? null : v)),
  explained: z.string().trim().min(1, "links.validation.explainedRequired").max(1000, "validation.tooLong"),
  problems: text(1000),
  photoIds: z.array(id).max(9, "validation.tooMany").default([]),
  visitorId: z.union([id, z.literal("")]).optional().transform((v) => v || null),
});
