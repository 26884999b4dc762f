import { z } from "zod";
import { id, title } from "../schemas";

export const saveLetterSchema = z.object({
  campaignId: id,
  title,
  html: z.string().max(100_000, "validation.tooLong"),
});

export const confirmReceiptSchema = z.object({ campaignId: id, nodeId: id });
