import { z } from "zod";
import { SELECTION_KINDS } from "../templates";
import { clock, day, id, optionalText, title } from "../schemas";

export const createSelectionSchema = z
  .object({
    campaignId: id,
    kind: z.enum(SELECTION_KINDS),
    title,
    description: optionalText(2000),
    nominationEnds: day,
    votingStarts: day,
    votingEnds: day,
    votingEndTime: clock.default("17:00"),
    votesPerMember: z.coerce.number().int().min(1).max(20).default(1),
  })
  .refine((v) => v.votingStarts >= v.nominationEnds, { path: ["votingStarts"], message: "campaignErrors.votingBeforeNomination" })
  .refine((v) => v.votingEnds >= v.votingStarts, { path: ["votingEnds"], message: "validation.dateOrder" });

export const selectionIdSchema = z.object({ selectionId: id });

export const nominateSchema = z
  .object({
    selectionId: id,
    nodeId: id,
    nomineePersonId: id.optional().or(z.literal("").transform(() => undefined)),
    nomineeHouseholdId: id.optional().or(z.literal("").transform(() => undefined)),
    nomineeNodeId: id.optional().or(z.literal("").transform(() => undefined)),
    reason: z.string().trim().min(10, "campaignErrors.reasonShort").max(3000, "validation.tooLong"),
  })
  .refine((v) => [v.nomineePersonId, v.nomineeHouseholdId, v.nomineeNodeId].filter(Boolean).length === 1, { path: ["nominee"], message: "campaignErrors.pickNominee" });

export const reviewNominationSchema = z.object({
  nominationId: id,
  status: z.enum(["ACCEPTED", "REJECTED"]),
  note: optionalText(500),
});

export const voteSchema = z.object({ selectionId: id, nominationId: id });
