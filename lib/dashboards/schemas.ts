import { z } from "zod";
import { id } from "../org/schemas";
import { CATALOGUE, INDICATOR_CODES } from "./catalogue";
import { isPeriodKey } from "./periods";

export const periodParam = z.string().refine(isPeriodKey, "validation.dashboards.period");
export const indicatorParam = z.enum(INDICATOR_CODES, { error: "validation.dashboards.indicator" });

/** ?node=&period= of a dashboard (both optional: the actor's own roots, the current month). */
export const summaryQuery = z.object({ node: id.optional(), period: periodParam.optional() });

export const drillQuery = summaryQuery.extend({ indicator: indicatorParam });

/** Targets per indicator (rates and means only: a sum's target would depend on the unit's size). Empty: default. */
export const targetsSchema = z.object(
  Object.fromEntries(
    CATALOGUE.filter((i) => i.kind !== "sum").map((i) => [
      i.code,
      z
        .union([z.literal(""), z.coerce.number({ error: "validation.dashboards.target" }).min(0, "validation.dashboards.target").max(i.kind === "rate" ? 100 : 1000, "validation.dashboards.target")])
        .optional()
        .transform((v) => (v === "" || v === undefined ? null : v)),
    ]),
  ) as Record<string, z.ZodType<number | null>>,
);
export type TargetsInput = z.output<typeof targetsSchema>;
