"use server";
import { z } from "zod";
import { defineAction } from "@/lib/access/define-action";
import { id } from "@/lib/org/schemas";
import { approveRanking, computeRanking, publishRanking } from "@/lib/rankings/rankings";
import { computeRankingSchema, rankingIdSchema, schemeInputSchema } from "@/lib/rankings/schemas";
import { createScheme, updateScheme } from "@/lib/rankings/schemes";
import { now } from "@/lib/time/clock";

/** Compute (or recompute, while a draft) a half-year ranking of the units below a node. */
export const computeRankingAction = defineAction({ permission: "rankings.manage", input: computeRankingSchema }, async ({ actor, input }) => computeRanking({ actor, data: input, now: await now() }));

export const approveRankingAction = defineAction({ permission: "rankings.approve", input: rankingIdSchema }, async ({ actor, input }) => approveRanking({ actor, rankingId: input.rankingId, now: await now() }));

export const publishRankingAction = defineAction({ permission: "rankings.manage", input: rankingIdSchema }, async ({ actor, input }) => publishRanking({ actor, rankingId: input.rankingId, now: await now() }));

export const createSchemeAction = defineAction({ permission: "dashboards.configure", input: schemeInputSchema }, ({ actor, input }) => createScheme({ actor, data: input }));

export const updateSchemeAction = defineAction({ permission: "dashboards.configure", input: schemeInputSchema.and(z.object({ schemeId: id })) }, ({ actor, input }) => {
  const { schemeId, ...data } = input;
  return updateScheme({ actor, schemeId, data });
});
