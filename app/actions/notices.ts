"use server";
import { defineAction } from "@/lib/access/define-action";
import { approveNotice, createNotice, publishNotice, returnNotice, submitNotice, updateNotice } from "@/lib/notices/notices";
import { createNoticeSchema, noticeIdSchema, returnNoticeSchema, updateNoticeSchema } from "@/lib/notices/schemas";
import { now } from "@/lib/time/clock";

/** Draft a quarter's notice from the data. */
export const createNoticeAction = defineAction({ permission: "notices.write", input: createNoticeSchema }, async ({ actor, input }) => createNotice({ actor, data: input, now: await now() }));

export const updateNoticeAction = defineAction({ permission: "notices.write", input: updateNoticeSchema }, ({ actor, input }) => updateNotice({ actor, data: input }));

export const submitNoticeAction = defineAction({ permission: "notices.write", input: noticeIdSchema }, async ({ actor, input }) => submitNotice({ actor, noticeId: input.noticeId, now: await now() }));

export const approveNoticeAction = defineAction({ permission: "notices.approve", input: noticeIdSchema }, async ({ actor, input }) => approveNotice({ actor, noticeId: input.noticeId, now: await now() }));

export const returnNoticeAction = defineAction({ permission: "notices.approve", input: returnNoticeSchema }, ({ actor, input }) => returnNotice({ actor, noticeId: input.noticeId, comment: input.comment }));

export const publishNoticeAction = defineAction({ permission: "notices.write", input: noticeIdSchema }, async ({ actor, input }) => publishNotice({ actor, noticeId: input.noticeId, now: await now() }));
