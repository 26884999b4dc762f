import { z } from "zod";
import { id } from "../org/schemas";

export const quarterKey = z.string().regex(/^\d{4}-Q[1-4]$/, "validation.notices.quarter");

export const createNoticeSchema = z.object({ nodeId: id, quarter: quarterKey });

export const updateNoticeSchema = z.object({
  noticeId: id,
  title: z.string().trim().min(1, "validation.notices.title").max(200, "validation.tooLong"),
  sections: z
    .array(z.object({ key: z.string().regex(/^[a-z0-9_]{1,40}$/), title: z.string().trim().min(1, "validation.notices.sectionTitle").max(100, "validation.tooLong"), html: z.string().max(200_000, "validation.tooLong") }))
    .min(1)
    .max(20),
});
export type UpdateNoticeInput = z.output<typeof updateNoticeSchema>;

export const noticeIdSchema = z.object({ noticeId: id });
export const returnNoticeSchema = noticeIdSchema.extend({ comment: z.string().trim().min(1, "validation.notices.comment").max(1000, "validation.tooLong") });
