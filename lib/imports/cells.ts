// Cell values as the validators see them, and the small conversions every import needs. Pure.

/** One cell after parsing: rich text joined, formulas replaced by their result, empty strings as null. */
export type CellValue = string | number | boolean | Date | null;

export type ParsedRow = { /** The row number in Excel (1 is the header). */ row: number; values: Record<string, CellValue> };

/** An error on one row, with an i18n key (imports.errors.*) translated where it is shown or downloaded. */
export type RowError = {
  row: number;
  /** Column key (ColumnDef.key), or null for an error about the whole row or file. */
  column: string | null;
  message: string;
  params?: Record<string, string | number>;
  /** What the cell held, as text, so the report shows it beside the reason. */
  value?: string;
};

/** A cell as text: numbers without exponent or trailing ".0" (phone numbers and codes typed as numbers). */
export function cellText(v: CellValue | undefined): string {
  if (v === null || v === undefined) return "";
  if (typeof v === "string") return v.trim();
  if (typeof v === "number") return Number.isInteger(v) ? BigInt(v).toString() : String(v);
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  return formatDate(v);
}

const YES = new Set(["是", "y", "yes", "true", "1", "√", "✓", "有"]);
const NO = new Set(["否", "n", "no", "false", "0", "×", "无", ""]);

/** 是/否 (and a few spellings people type), blank = 否. undefined when the value is neither. */
export function parseFlag(v: CellValue | undefined): boolean | undefined {
  if (typeof v === "boolean") return v;
  const s = cellText(v).toLowerCase();
  if (YES.has(s)) return true;
  if (NO.has(s)) return false;
  return undefined;
}

export function formatDate(d: Date): string {
  return d.toISOString().slice(0, 10);
}

// Excel's day 0 is 1899-12-30 (it counts the 1900 leap day that never was).
const EXCEL_EPOCH = Date.UTC(1899, 11, 30);

export type DateResult = { ok: true; date: Date | null } | { ok: false; message: string };

/**
 * A date cell, "yyyy-mm-dd" (also with / or . or 年月日), or an Excel serial number when the cell lost its date
 * format. Dates are calendar days: UTC midnight, as the @db.Date column stores them.
 */
export function parseDateCell(v: CellValue | undefined): DateResult {
  if (v === null || v === undefined || (typeof v === "string" && !v.trim())) return { ok: true, date: null };
  let date: Date | null = null;
  if (v instanceof Date) {
    date = new Date(Date.UTC(v.getUTCFullYear(), v.getUTCMonth(), v.getUTCDate()));
  } else if (typeof v === "number") {
    if (Number.isInteger(v) && v > 0 && v < 80_000) date = new Date(EXCEL_EPOCH + v * 86_400_000);
  } else if (typeof v === "string") {
    const m = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/.exec(v.trim());
    if (m) {
      const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
      const candidate = new Date(Date.UTC(y, mo - 1, d));
      // Date.UTC rolls 2023-02-30 over to March: a real date reads back the same.
      if (candidate.getUTCFullYear() === y && candidate.getUTCMonth() === mo - 1 && candidate.getUTCDate() === d) date = candidate;
    }
  }
  if (!date) return { ok: false, message: "imports.errors.date" };
  const year = date.getUTCFullYear();
  if (year < 1900 || year > 2100) return { ok: false, message: "imports.errors.dateRange" };
  return { ok: true, date };
}

export type IntResult = { ok: true; value: number | null } | { ok: false };

/** An optional whole number in [min, max]; "3" and 3 both count. */
export function parseOptionalInt(v: CellValue | undefined, min: number, max: number): IntResult {
  const s = cellText(v);
  if (!s) return { ok: true, value: null };
  if (!/^-?\d+$/.test(s)) return { ok: false };
  const n = Number(s);
  return n >= min && n <= max ? { ok: true, value: n } : { ok: false };
}

export function sortErrors(errors: RowError[], columnOrder: string[]): RowError[] {
  const pos = (c: string | null) => (c === null ? -1 : columnOrder.indexOf(c));
  return errors.sort((a, b) => a.row - b.row || pos(a.column) - pos(b.column));
}
