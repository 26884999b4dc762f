// Report forms as data: a tenant configures each report type's fields (short and long text, numbers, choices,
// dates, photos and files, tables of repeated rows). This file holds the schema of those definitions, the
// validation of filed data built from them, and the numeric paths roll-ups and exports sum.
import { z } from "zod";

const key = z.string().regex(/^[a-zA-Z][a-zA-Z0-9_]{0,39}$/, "validation.report.fieldKey");
const label = z.string().trim().min(1, "validation.report.fieldLabel").max(60, "validation.tooLong");
const optText = (max: number) => z.string().trim().max(max, "validation.tooLong").optional();

const base = {
  key,
  label,
  labelEn: optText(80),
  help: optText(300),
  required: z.boolean().default(false),
};

const textField = z.object({ ...base, type: z.literal("text"), maxLength: z.number().int().min(1).max(500).default(200) });
const textareaField = z.object({ ...base, type: z.literal("textarea"), maxLength: z.number().int().min(1).max(20_000).default(5_000) });
const numberField = z.object({
  ...base,
  type: z.literal("number"),
  min: z.number().optional(),
  max: z.number().optional(),
  decimals: z.number().int().min(0).max(4).default(2),
  unit: optText(10),
});
const integerField = z.object({ ...base, type: z.literal("integer"), min: z.number().int().optional(), max: z.number().int().optional(), unit: optText(10) });
const choiceField = z.object({
  ...base,
  type: z.literal("choice"),
  options: z.array(z.object({ value: z.string().trim().min(1).max(40), label: z.string().trim().min(1).max(60), labelEn: optText(80) })).min(1).max(50),
  multiple: z.boolean().default(false),
});
const dateField = z.object({ ...base, type: z.literal("date") });
const fileField = z.object({ ...base, type: z.literal("file"), accept: z.enum(["image", "document"]).default("image"), maxFiles: z.number().int().min(1).max(20).default(9) });

const columnDef = z.discriminatedUnion("type", [textField, textareaField, numberField, integerField, choiceField, dateField]);
const tableField = z.object({
  ...base,
  type: z.literal("table"),
  columns: z.array(columnDef).min(1, "validation.report.columnsRequired").max(12),
  maxRows: z.number().int().min(1).max(200).default(50),
});

export const fieldDefSchema = z.discriminatedUnion("type", [textField, textareaField, numberField, integerField, choiceField, dateField, fileField, tableField]);

function uniqueKeys(list: { key: string }[]) {
  return new Set(list.map((f) => f.key)).size === list.length;
}

export const fieldsSchema = z
  .array(fieldDefSchema)
  .min(1, "validation.report.fieldsRequired")
  .max(60)
  .refine(uniqueKeys, "validation.report.duplicateKey")
  .refine((list) => list.every((f) => f.type !== "table" || uniqueKeys(f.columns)), "validation.report.duplicateKey");

export type FieldDef = z.output<typeof fieldDefSchema>;
export type ColumnDef = z.output<typeof columnDef>;
export type FieldType = FieldDef["type"];
export const FIELD_TYPES: FieldType[] = ["text", "textarea", "number", "integer", "choice", "date", "file", "table"];

/** Field definitions from the database (JSON): parsed, defaults filled; a broken definition yields no fields. */
export function readFields(raw: unknown): FieldDef[] {
  const parsed = fieldsSchema.safeParse(raw);
  return parsed.success ? parsed.data : [];
}

export type FilledData = Record<string, unknown>;
export type Mode = "draft" | "submit";

const ISO_DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
const FILE_ID = /^[a-z0-9]{1,40}$/;

const blank = (v: unknown) => v === undefined || v === null || (typeof v === "string" && v.trim() === "") || (Array.isArray(v) && v.length === 0);

/** Numbers arrive as JSON numbers or as strings typed in a form ("1,200" too). */
const toNumber = (v: unknown) => (typeof v === "string" ? Number(v.trim().replace(/,/g, "")) : v);

function scalarSchema(f: ColumnDef | Extract<FieldDef, { type: "file" }>): z.ZodType {
  switch (f.type) {
    case "text":
    case "textarea":
      return z.string().trim().max(f.maxLength, "validation.tooLong");
    case "number": {
      let n = z.number({ error: "validation.report.number" });
      if (f.min !== undefined) n = n.min(f.min, "validation.report.min");
      if (f.max !== undefined) n = n.max(f.max, "validation.report.max");
      const factor = 10 ** f.decimals;
      return z.preprocess(toNumber, n.transform((x) => Math.round(x * factor) / factor));
    }
    case "integer": {
      let n = z.number({ error: "validation.report.integer" }).int("validation.report.integer");
      if (f.min !== undefined) n = n.min(f.min, "validation.report.min");
      else n = n.min(0, "validation.report.min");
      if (f.max !== undefined) n = n.max(f.max, "validation.report.max");
      return z.preprocess(toNumber, n);
    }
    case "choice": {
      const values = f.options.map((o) => o.value) as [string, ...string[]];
      const one = z.enum(values, { error: "validation.report.choice" });
      return f.multiple ? z.array(one).max(values.length) : one;
    }
    case "date":
      return z.string().regex(ISO_DATE, "validation.report.date");
    case "file":
      return z.array(z.string().regex(FILE_ID, "validation.id")).max(f.maxFiles, "validation.report.tooManyFiles");
  }
}

/**
 * The zod schema of a report's data. Drafts accept any subset (what is typed is kept, required fields may be
 * empty); a submission needs every required field and at least one row in a required table. Unknown keys are
 * dropped; blank values are left out.
 */
export function dataSchema(fields: FieldDef[], mode: Mode): z.ZodType<FilledData> {
  const shape: Record<string, z.ZodType> = {};
  const required = (f: { required: boolean }) => mode === "submit" && f.required;
  const wrap = (s: z.ZodType, f: { required: boolean }) =>
    z.preprocess((v) => (blank(v) ? undefined : v), required(f) ? z.any().refine((v) => v !== undefined, "validation.report.required").pipe(s) : s.optional());
  for (const f of fields) {
    if (f.type === "table") {
      const row: Record<string, z.ZodType> = {};
      for (const c of f.columns) row[c.key] = wrap(scalarSchema(c), c);
      const rows = z.array(z.object(row).transform(dropBlank)).max(f.maxRows, "validation.report.tooManyRows");
      // Rows where nothing was typed are dropped before the required checks (an added, untouched row).
      shape[f.key] = wrap(
        z.preprocess((v) => (Array.isArray(v) ? v.filter((r) => r && typeof r === "object" && Object.values(r).some((x) => !blank(x))) : v), rows),
        f,
      );
    } else {
      shape[f.key] = wrap(scalarSchema(f), f);
    }
  }
  return z.object(shape).transform(dropBlank) as unknown as z.ZodType<FilledData>;
}

function dropBlank<T extends Record<string, unknown>>(o: T): T {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(o)) if (!blank(v)) out[k] = v;
  return out as T;
}

/** A numeric value a roll-up can sum: a number field, an integer field, or such a column of a table (summed over its rows). */
export type NumericPath = { path: string; fieldKey: string; columnKey?: string; label: string; labelEn?: string; parentLabel?: string; unit?: string; integer: boolean };

export function numericPaths(fields: FieldDef[]): NumericPath[] {
  const out: NumericPath[] = [];
  for (const f of fields) {
    if (f.type === "number" || f.type === "integer") out.push({ path: f.key, fieldKey: f.key, label: f.label, labelEn: f.labelEn, unit: f.unit, integer: f.type === "integer" });
    if (f.type === "table") {
      for (const c of f.columns) {
        if (c.type === "number" || c.type === "integer") {
          out.push({ path: `${f.key}.${c.key}`, fieldKey: f.key, columnKey: c.key, label: c.label, labelEn: c.labelEn, parentLabel: f.label, unit: c.unit, integer: c.type === "integer" });
        }
      }
    }
  }
  return out;
}

function asNumber(v: unknown): number {
  const n = typeof v === "number" ? v : typeof v === "string" ? Number(v) : NaN;
  return Number.isFinite(n) ? n : 0;
}

/** The value of a numeric path in one report's data (a table column: the sum over its rows). */
export function numericValue(data: FilledData, p: NumericPath): number {
  const v = data[p.fieldKey];
  if (!p.columnKey) return asNumber(v);
  if (!Array.isArray(v)) return 0;
  return v.reduce((sum: number, row) => sum + asNumber((row as Record<string, unknown>)?.[p.columnKey!]), 0);
}

/** Where a filed value differs from the value the system proposed (prefill): the keys to flag. */
export function differsFromPrefill(fields: FieldDef[], data: FilledData, prefill: FilledData): string[] {
  const out: string[] = [];
  for (const f of fields) {
    if (!(f.key in prefill)) continue;
    if (JSON.stringify(data[f.key] ?? null) !== JSON.stringify(prefill[f.key] ?? null)) out.push(f.key);
  }
  return out;
}

/** A field's label in the reader's language. */
export function fieldLabel(f: { label: string; labelEn?: string }, locale: "zh-CN" | "en"): string {
  return locale === "en" && f.labelEn ? f.labelEn : f.label;
}

/** One value as text (exports, the diff viewer, the print view). */
export function formatValue(f: FieldDef | ColumnDef, v: unknown, locale: "zh-CN" | "en" = "zh-CN"): string {
  if (blank(v)) return "";
  switch (f.type) {
    case "choice": {
      const list = Array.isArray(v) ? v : [v];
      return list.map((x) => {
        const o = f.options.find((op) => op.value === x);
        return o ? fieldLabel(o, locale) : String(x);
      }).join("、");
    }
    case "file":
      return Array.isArray(v) ? `${v.length}` : "";
    case "table":
      return Array.isArray(v) ? `${v.length}` : "";
    default:
      return String(v);
  }
}
