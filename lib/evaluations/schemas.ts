import { z } from "zod";
import { id } from "../org/schemas";

export const evaluationQuery = z.object({
  kind: z.enum(["branches", "members"]).default("branches"),
  year: z.string().regex(/^\d{4}$/, "validation.dashboards.period").optional(),
  node: id.optional(),
});
