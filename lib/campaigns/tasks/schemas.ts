import { z } from "zod";
import { boolish, day, id, idList, optionalText, title } from "../schemas";

export const taskFields = {
  title,
  description: optionalText(2000),
  dueDate: day,
  responsibleName: optionalText(50),
  sectionKey: z
    .string()
    .trim()
    .max(40)
    .optional()
    .transform((v) => v || null),
};

export const createTaskSchema = z.object({ campaignId: id, ...taskFields });
export const updateTaskSchema = z.object({ taskId: id, ...taskFields });
export const taskIdSchema = z.object({ taskId: id });

export const assignTaskSchema = z.object({
  taskId: id,
  nodeIds: idList(500).refine((v) => v.length > 0, "campaignErrors.pickUnits"),
  /** Also every unit of the campaign below the chosen ones. */
  cascade: boolish.default(false),
});

export const passDownSchema = z.object({ assignmentId: id, nodeIds: idList(500).refine((v) => v.length > 0, "campaignErrors.pickUnits") });

export const reportProgressSchema = z.object({
  assignmentId: id,
  text: z.string().trim().min(1, "campaignErrors.reportText").max(5000, "validation.tooLong"),
  progress: z.coerce.number().int().min(0).max(100).default(0),
  done: boolish.default(false),
  responsibleName: optionalText(50),
  photoIds: idList(12),
  fileIds: idList(6),
});
