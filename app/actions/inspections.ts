"use server";
import { z } from "zod";
import { defineAction } from "@/lib/access/define-action";
import { id } from "@/lib/org/schemas";
import { createChecklist, installDefaultChecklist, updateChecklist } from "@/lib/inspections/checklists";
import { recordFollowUp, recordInspection } from "@/lib/inspections/inspections";
import { markRectified } from "@/lib/inspections/rectifications";
import { checklistInputSchema, followUpSchema, recordInspectionSchema, rectifyDoneSchema } from "@/lib/inspections/schemas";
import { now } from "@/lib/time/clock";

/** A monthly check or an unannounced inspection, recorded on the phone (problems become rectification items). */
export const recordInspectionAction = defineAction({ permission: "inspections.record", input: recordInspectionSchema }, async ({ actor, input }) =>
  recordInspection({ actor, data: input, now: await now() }),
);

/** 回访抽查: confirm or reopen a unit's rectifications. */
export const recordFollowUpAction = defineAction({ permission: "inspections.record", input: followUpSchema }, async ({ actor, input }) =>
  recordFollowUp({ actor, data: input, now: await now() }),
);

/** The responsible unit reports an item fixed. */
export const markRectifiedAction = defineAction({ permission: "rectify.update", input: rectifyDoneSchema }, async ({ actor, input }) =>
  markRectified({ actor, data: input, now: await now() }),
);

export const createChecklistAction = defineAction({ permission: "inspections.configure", input: checklistInputSchema }, ({ actor, input }) => createChecklist({ actor, data: input }));

export const updateChecklistAction = defineAction({ permission: "inspections.configure", input: checklistInputSchema.extend({ checklistId: id }) }, ({ actor, input }) => {
  const { checklistId, ...data } = input;
  return updateChecklist({ actor, checklistId, data });
});

export const installDefaultChecklistAction = defineAction({ permission: "inspections.configure", input: z.object({}) }, ({ actor }) => installDefaultChecklist({ actor }));
