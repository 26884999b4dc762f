"use server";
// What members do in a campaign, always as their own person: sign, join, answer, suggest, support, vote.
import { defineAction } from "@/lib/access/define-action";
import { joinActivity } from "@/lib/campaigns/activities/activities";
import { selfCheckIn } from "@/lib/campaigns/activities/checkin";
import { activityIdSchema } from "@/lib/campaigns/activities/schemas";
import { startAttempt, submitAttempt } from "@/lib/campaigns/contests/quizzes";
import { quizIdSchema, submitAttemptSchema } from "@/lib/campaigns/contests/schemas";
import { signPledge } from "@/lib/campaigns/pledges/pledges";
import { campaignIdSchema } from "@/lib/campaigns/schemas";
import { castVote } from "@/lib/campaigns/selections/selections";
import { voteSchema } from "@/lib/campaigns/selections/schemas";
import { submitSuggestion, supportSuggestion } from "@/lib/campaigns/suggestions/suggestions";
import { submitSuggestionSchema, suggestionIdSchema } from "@/lib/campaigns/suggestions/schemas";
import { z } from "zod";

const participate = "campaigns.participate" as const;

export const signPledgeAction = defineAction({ permission: participate, input: campaignIdSchema }, ({ actor, input }) => signPledge({ actor, data: input }));
export const joinActivityAction = defineAction({ permission: participate, input: activityIdSchema }, ({ actor, input }) => joinActivity({ actor, data: input }));
export const selfCheckInAction = defineAction({ permission: participate, input: z.object({ token: z.string().trim().max(64) }) }, ({ actor, input }) => selfCheckIn({ actor, token: input.token }));
export const startAttemptAction = defineAction({ permission: participate, input: quizIdSchema }, ({ actor, input }) => startAttempt({ actor, data: input }));
export const submitAttemptAction = defineAction({ permission: participate, input: submitAttemptSchema }, ({ actor, input }) => submitAttempt({ actor, data: input }));
export const submitSuggestionAction = defineAction({ permission: participate, input: submitSuggestionSchema }, ({ actor, input }) => submitSuggestion({ actor, data: input }));
export const supportSuggestionAction = defineAction({ permission: participate, input: suggestionIdSchema }, ({ actor, input }) => supportSuggestion({ actor, data: input }));
export const castVoteAction = defineAction({ permission: participate, input: voteSchema }, ({ actor, input }) => castVote({ actor, data: input }));
