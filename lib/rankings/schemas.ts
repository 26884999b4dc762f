import { z } from "zod";
import { id } from "../org/schemas";
import { CATALOGUE } from "../dashboards/catalogue";

const rankable = CATALOGUE.filter((i) => i.rankable).map((i) => i.code) as [string, ...string[]];

export const halfKey = z.string().regex(/^\d{4}-H[12]$/, "validation.rankings.period");

export const schemeInputSchema = z
  .object({
    name: z.string().trim().min(1, "validation.nameRequired").max(100, "validation.nameTooLong"),
    weights: z
      .array(z.object({ indicator: z.enum(rankable, { error: "validation.rankings.indicator" }), weight: z.coerce.number().int("validation.rankings.weight").min(1, "validation.rankings.weight").max(100, "validation.rankings.weight") }))
      .min(1, "validation.rankings.noWeights")
      .max(rankable.length),
  })
  .refine((v) => new Set(v.weights.map((w) => w.indicator)).size === v.weights.length, { path: ["weights"], message: "validation.rankings.duplicate" })
  .refine((v) => v.weights.reduce((a, w) => a + w.weight, 0) === 100, { path: ["weights"], message: "validation.rankings.sum" });
export type SchemeInput = z.output<typeof schemeInputSchema>;

export const computeRankingSchema = z.object({ schemeId: id, nodeId: id, period: halfKey });
export const rankingIdSchema = z.object({ rankingId: id });
