import { z } from "zod";
import { ACTIVITY_KINDS } from "../templates";
import { boolish, clock, day, id, idList, optionalText, title } from "../schemas";

export const activityFields = {
  kind: z.enum(ACTIVITY_KINDS, { error: "campaignErrors.kind" }),
  title,
  date: day,
  startTime: clock,
  endTime: clock,
  place: optionalText(200),
  description: optionalText(2000),
};

export const createActivitySchema = z
  .object({ campaignId: id, nodeId: id, ...activityFields })
  .refine((v) => v.endTime > v.startTime, { path: ["endTime"], message: "campaignErrors.endBeforeStart" });

export const updateActivitySchema = z
  .object({ activityId: id, ...activityFields })
  .refine((v) => v.endTime > v.startTime, { path: ["endTime"], message: "campaignErrors.endBeforeStart" });

export const activityIdSchema = z.object({ activityId: id });

export const recordResultsSchema = z.object({
  activityId: id,
  resultText: z.string().trim().min(1, "campaignErrors.resultText").max(5000, "validation.tooLong"),
  photoIds: idList(12),
});

export const registerSchema = z.object({
  activityId: id,
  personIds: idList(300).refine((v) => v.length > 0, "campaignErrors.pickPeople"),
  /** Tell those with an account (the invitation). */
  notify: boolish.default(true),
});

export const walkInSchema = z.object({
  activityId: id,
  name: z.string().trim().min(1, "campaignErrors.nameRequired").max(50, "validation.nameTooLong"),
  phone: z.string().trim().regex(/^(\+?86)?\s?1[3-9]\d{9}$/, "campaignErrors.mobile"),
});

export const participantIdSchema = z.object({ participantId: id });

export const householdsSchema = z.object({ activityId: id, householdIds: idList(200).refine((v) => v.length > 0, "campaignErrors.pickHouseholds") });

export const publicCheckinSchema = z.object({
  token: z.string().trim().max(64),
  name: z.string().trim().min(1, "campaignErrors.nameRequired").max(50, "validation.nameTooLong"),
  phone: z.string().trim().regex(/^(\+?86)?\s?1[3-9]\d{9}$/, "campaignErrors.mobile"),
});
