// Reads the first worksheet of an uploaded .xlsx with exceljs's streaming reader (a 10 MB upload never becomes a
// workbook in memory, and a file over the row limit is refused as soon as the limit is passed). Headers are matched
// by their Chinese names or English aliases; each data row keeps its Excel row number for error reports.
import { Readable } from "node:stream";
import ExcelJS from "exceljs";
import { AppError } from "../access/errors";
import type { CellValue, ParsedRow } from "./cells";
import { normalizeHeader, type ColumnDef } from "./templates";

export const MAX_ROWS = 20_000;

/** Every .xlsx is a zip archive: "PK\x03\x04". The file name and the browser's MIME type prove nothing. */
export function looksLikeXlsx(bytes: Uint8Array): boolean {
  return bytes.length > 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

/** exceljs's cell shapes → a plain value. */
export function normalizeCell(v: unknown): CellValue {
  if (v === null || v === undefined) return null;
  if (typeof v === "string") return v.trim() === "" ? null : v.trim();
  if (typeof v === "number") return Number.isFinite(v) ? v : null;
  if (typeof v === "boolean" || v instanceof Date) return v;
  if (typeof v === "object") {
    const o = v as Record<string, unknown>;
    if (Array.isArray(o.richText)) return normalizeCell((o.richText as { text?: string }[]).map((r) => r.text ?? "").join(""));
    if ("formula" in o || "sharedFormula" in o) return normalizeCell(o.result);
    if ("error" in o) return null;
    if ("text" in o) return normalizeCell(o.text);
    if ("result" in o) return normalizeCell(o.result);
  }
  return null;
}

function matchColumns(headerCells: unknown[], columns: ColumnDef[]) {
  const byName = new Map<string, ColumnDef>();
  for (const c of columns) {
    byName.set(normalizeHeader(c.header), c);
    for (const a of c.aliases) byName.set(normalizeHeader(a), c);
  }
  const positions = new Map<string, number>();
  headerCells.forEach((cell, index) => {
    const text = normalizeCell(cell);
    if (typeof text !== "string") return;
    const col = byName.get(normalizeHeader(text));
    if (col && !positions.has(col.key)) positions.set(col.key, index);
  });
  const missing = columns.filter((c) => c.required && !positions.has(c.key)).map((c) => c.header);
  return { positions, missing };
}

/** Title rows above the header (a merged "2024年花名册" line) are tolerated, up to this many. */
const MAX_ROWS_BEFORE_HEADER = 10;

function openReader(bytes: Uint8Array) {
  return new ExcelJS.stream.xlsx.WorkbookReader(Readable.from(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)), {
    sharedStrings: "cache",
    styles: "cache", // needed to tell date cells from numbers
    hyperlinks: "ignore",
    worksheets: "emit",
    entries: "ignore",
  } as ConstructorParameters<typeof ExcelJS.stream.xlsx.WorkbookReader>[1]);
}

/**
 * The data rows of the first worksheet. The header is the first non-empty row; fully empty rows are skipped.
 * onProgress is awaited every `every` rows (the import job records how far reading got).
 */
export async function parseXlsx(
  bytes: Uint8Array,
  columns: ColumnDef[],
  { onProgress, every = 500, maxRows = MAX_ROWS }: { onProgress?: (rowsRead: number) => Promise<void>; every?: number; maxRows?: number } = {},
): Promise<ParsedRow[]> {
  if (!looksLikeXlsx(bytes)) throw new AppError("UNSUPPORTED_MEDIA", "errors.fileType");
  const rows: ParsedRow[] = [];
  let positions: Map<string, number> | null = null;
  let rowsBeforeHeader = 0;
  let sawSheet = false;
  try {
    for await (const sheet of openReader(bytes)) {
      sawSheet = true;
      for await (const row of sheet as AsyncIterable<ExcelJS.Row>) {
        const cells = (row.values as unknown[]) ?? [];
        if (!cells.some((c) => normalizeCell(c) !== null)) continue;
        if (!positions) {
          const found = matchColumns(cells, columns);
          if (found.positions.size === 0 && ++rowsBeforeHeader < MAX_ROWS_BEFORE_HEADER) continue;
          if (found.missing.length) throw new AppError("VALIDATION", "imports.errors.missingColumns", { columns: found.missing.join("、") });
          positions = found.positions;
          continue;
        }
        const values: Record<string, CellValue> = {};
        for (const [key, index] of positions) values[key] = normalizeCell(cells[index]);
        if (Object.values(values).every((v) => v === null)) continue;
        rows.push({ row: row.number, values });
        if (rows.length > maxRows) throw new AppError("VALIDATION", "errors.fileTooManyRows", { max: maxRows });
        if (onProgress && rows.length % every === 0) await onProgress(rows.length);
      }
      break; // the first worksheet only
    }
  } catch (e) {
    if (e instanceof AppError) throw e;
    // A zip that is not a workbook, or a damaged one.
    throw new AppError("UNSUPPORTED_MEDIA", "errors.fileType");
  }
  if (!sawSheet) throw new AppError("UNSUPPORTED_MEDIA", "errors.fileType");
  if (!positions && rowsBeforeHeader > 0) {
    const required = columns.filter((c) => c.required).map((c) => c.header);
    throw new AppError("VALIDATION", "imports.errors.missingColumns", { columns: required.join("、") });
  }
  if (!positions || rows.length === 0) throw new AppError("VALIDATION", "errors.fileEmpty");
  return rows;
}
