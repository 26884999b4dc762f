import { z } from "zod";
import { boolish, id } from "../schemas";

export const submitSuggestionSchema = z.object({
  campaignId: id,
  kind: z.enum(["SUGGESTION", "TIP"]),
  text: z.string().trim().min(5, "campaignErrors.suggestionShort").max(2000, "validation.tooLong"),
});

export const suggestionIdSchema = z.object({ suggestionId: id });

export const answerSuggestionSchema = z.object({
  suggestionId: id,
  answer: z.string().trim().min(1, "campaignErrors.answerRequired").max(2000, "validation.tooLong"),
  adopt: boolish.default(false),
});

export const hideSuggestionSchema = z.object({
  suggestionId: id,
  reason: z.string().trim().min(2, "campaignErrors.reasonRequired").max(200, "validation.tooLong"),
});
