import { z } from "zod";
import { id, idList, title } from "../schemas";

export const savePledgeSchema = z.object({
  campaignId: id,
  title,
  text: z.string().trim().min(1, "campaignErrors.pledgeEmpty").max(5000, "validation.tooLong"),
});

export const paperSignaturesSchema = z.object({
  campaignId: id,
  personIds: idList(200).refine((v) => v.length > 0, "campaignErrors.pickPeople"),
});

export const publicSignSchema = z.object({
  token: z.string().trim().max(64),
  name: z.string().trim().min(1, "campaignErrors.nameRequired").max(50, "validation.nameTooLong"),
  phone: z.string().trim().regex(/^(\+?86)?\s?1[3-9]\d{9}$/, "campaignErrors.mobile"),
  /** The signer ticks that they agree to the pledge. */
  agree: z.union([z.boolean(), z.stringbool()]).refine((v) => v === true, "campaignErrors.mustAgree"),
});
