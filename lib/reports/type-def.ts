// A report type as the rules use it: the stored row with its JSON parsed (fields, reminders) and its calendar
// rule. Pure: shared by the data layer, the reminder job and the benchmark's bare server.
import { z } from "zod";
import type { Cadence, ScheduleRule } from "./calendar";
import { readFields, type FieldDef } from "./fields";
import type { ReminderStep } from "./builtin-types";

export const reminderStepsSchema = z
  .array(z.object({ offsetMinutes: z.number().int().min(-14 * 1440).max(14 * 1440), escalate: z.boolean().default(false) }))
  .max(10);

export type TypeRow = {
  id: string;
  tenantId: string;
  code: string;
  name: string;
  nameEn: string | null;
  description: string | null;
  cadence: Cadence;
  weekday: number | null;
  dayOfMonth: number | null;
  dueTime: string;
  periodOffset: number;
  lockAfterDays: number | null;
  reminders: unknown;
  fields: unknown;
  filerKindCodes: string[];
  filerRootId: string | null;
  reviewKindCodes: string[];
  exportTitle: string | null;
  activeFrom: Date;
  active: boolean;
  sortOrder: number;
  updatedAt: Date;
};

export type TypeDef = Omit<TypeRow, "fields" | "reminders"> & {
  fields: FieldDef[];
  reminders: ReminderStep[];
  rule: ScheduleRule;
  /** The tenant's zone: every deadline of this type is computed in it. */
  tz: string;
  /** Materialized path of filerRootId ('' when the whole tenant files). */
  filerRootPath: string;
};

export function toTypeDef(row: TypeRow, tz: string, filerRootPath: string | null): TypeDef {
  const reminders = reminderStepsSchema.safeParse(row.reminders);
  return {
    ...row,
    fields: readFields(row.fields),
    reminders: reminders.success ? [...reminders.data].sort((a, b) => a.offsetMinutes - b.offsetMinutes) : [],
    rule: {
      cadence: row.cadence,
      weekday: row.weekday,
      dayOfMonth: row.dayOfMonth,
      dueTime: row.dueTime,
      periodOffset: row.periodOffset,
      lockAfterDays: row.lockAfterDays,
    },
    tz,
    filerRootPath: filerRootPath ?? "",
  };
}

export function typeName(t: { name: string; nameEn: string | null }, locale: "zh-CN" | "en"): string {
  return locale === "en" && t.nameEn ? t.nameEn : t.name;
}
