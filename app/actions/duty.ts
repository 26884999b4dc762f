"use server";
import { z } from "zod";
import { defineAction } from "@/lib/access/define-action";
import { id } from "@/lib/org/schemas";
import { addSlot, archiveSlot, createBinPoint, renewBinPointToken, setBinPointArchived, updateBinPoint } from "@/lib/duty/bin-points";
import { rateLedger, saveLedger } from "@/lib/duty/ledgers";
import { cancelCheckIn, checkIn, checkOut, recordHours, rejectRecord, verifyRecord } from "@/lib/duty/records";
import { createDutyPost, setMemberRole, setPostHolder } from "@/lib/duty/roles";
import { cancelSignup, signUp } from "@/lib/duty/signups";
import { participationFormSchema } from "@/lib/duty/settings-form";
import { updateTenantSettings } from "@/lib/tenants/update-settings";
import {
  binPointIdSchema,
  createBinPointSchema,
  dutyPostSchema,
  ledgerSchema,
  memberRoleSchema,
  postHolderSchema,
  rateLedgerSchema,
  recordHoursSchema,
  recordIdSchema,
  rejectRecordSchema,
  signupIdSchema,
  signUpSchema,
  slotIdSchema,
  slotSchema,
  tokenSchema,
  updateBinPointSchema,
} from "@/lib/duty/schemas";

export const createBinPointAction = defineAction({ permission: "duty.manage", input: createBinPointSchema }, ({ actor, input }) => createBinPoint({ actor, data: input }));
export const updateBinPointAction = defineAction({ permission: "duty.manage", input: updateBinPointSchema }, ({ actor, input }) => updateBinPoint({ actor, data: input }));
export const archiveBinPointAction = defineAction({ permission: "duty.manage", input: binPointIdSchema.extend({ archived: z.boolean() }) }, ({ actor, input }) =>
  setBinPointArchived({ actor, binPointId: input.binPointId, archived: input.archived }),
);
export const renewBinPointQrAction = defineAction({ permission: "duty.manage", input: binPointIdSchema }, ({ actor, input }) => renewBinPointToken({ actor, binPointId: input.binPointId }));
export const addSlotAction = defineAction({ permission: "duty.manage", input: slotSchema }, ({ actor, input }) => addSlot({ actor, data: input }));
export const archiveSlotAction = defineAction({ permission: "duty.manage", input: slotIdSchema }, ({ actor, input }) => archiveSlot({ actor, slotId: input.slotId }));

export const signUpAction = defineAction({ permission: "duty.self", input: signUpSchema }, ({ actor, input }) => signUp({ actor, slotId: input.slotId, date: input.date }));
export const cancelSignupAction = defineAction({ permission: "duty.self", input: signupIdSchema }, ({ actor, input }) => cancelSignup({ actor, signupId: input.signupId }));
export const checkInAction = defineAction({ permission: "duty.self", input: tokenSchema }, ({ actor, input }) => checkIn({ actor, token: input.token }));
export const checkOutAction = defineAction({ permission: "duty.self", input: tokenSchema }, ({ actor, input }) => checkOut({ actor, token: input.token }));
export const cancelCheckInAction = defineAction({ permission: "duty.self", input: z.object({}) }, ({ actor }) => cancelCheckIn({ actor }));

export const recordHoursAction = defineAction({ permission: "duty.manage", input: recordHoursSchema }, ({ actor, input }) => recordHours({ actor, data: input }));
export const verifyRecordAction = defineAction({ permission: "duty.verify", input: recordIdSchema }, ({ actor, input }) => verifyRecord({ actor, recordId: input.recordId }));
export const verifyRecordsAction = defineAction({ permission: "duty.verify", input: z.object({ recordIds: z.array(id).min(1).max(200) }) }, async ({ actor, input }) => {
  // One by one: each is its own transaction, so one record changed meanwhile does not undo the others.
  let verified = 0;
  for (const recordId of input.recordIds) {
    await verifyRecord({ actor, recordId });
    verified++;
  }
  return { verified };
});
export const rejectRecordAction = defineAction({ permission: "duty.verify", input: rejectRecordSchema }, ({ actor, input }) => rejectRecord({ actor, recordId: input.recordId, reason: input.reason }));

export const saveLedgerAction = defineAction({ permission: "ledger.record", input: ledgerSchema }, ({ actor, input }) => saveLedger({ actor, data: input }));
export const rateLedgerAction = defineAction({ permission: "duty.manage", input: rateLedgerSchema }, ({ actor, input }) => rateLedger({ actor, ...input }));

export const setMemberRoleAction = defineAction({ permission: "duty.manage", input: memberRoleSchema.extend({ on: z.boolean() }) }, ({ actor, input }) => setMemberRole({ actor, ...input }));
export const createDutyPostAction = defineAction({ permission: "tenant.settings", input: dutyPostSchema }, ({ actor, input }) => createDutyPost({ actor, name: input.name }));
export const setPostHolderAction = defineAction({ permission: "duty.manage", input: postHolderSchema.extend({ on: z.boolean() }) }, ({ actor, input }) => setPostHolder({ actor, ...input }));

export const updateParticipationSettingsAction = defineAction({ permission: "tenant.settings", input: participationFormSchema }, ({ actor, input }) =>
  updateTenantSettings({ actor, data: input }),
);
