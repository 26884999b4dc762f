// Reads the first worksheet of an uploaded .xlsx. Headers are matched by their Chinese names or English aliases;
// each data row keeps its Excel row number for error reports.
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

/** Parts of a worksheet the import never reads (the template's drop-downs would otherwise expand per cell). */
const IGNORED_NODES = ["dataValidations", "conditionalFormatting", "hyperlinks", "mergeCells", "drawing", "picture", "tableParts", "extLst", "rowBreaks", "pageSetup", "headerFooter", "printOptions", "pageMargins", "sheetProtection", "autoFilter"];

/** Title rows above the header (a merged "2024年花名册" line) are tolerated, up to this many. */
const MAX_ROWS_BEFORE_HEADER = 10;

/**
 * The uncompressed size the zip's central directory declares, or null when it cannot be read (then the loader
 * decides). Refuses zip bombs before anything is inflated.
 */
export function declaredUnzippedSize(bytes: Uint8Array): number | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const floor = Math.max(0, bytes.length - 22 - 0xffff);
  let eocd = -1;
  for (let i = bytes.length - 22; i >= floor; i--) {
    if (view.getUint32(i, true) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return null;
  const entries = view.getUint16(eocd + 10, true);
  let at = view.getUint32(eocd + 16, true);
  let total = 0;
  for (let n = 0; n < entries; n++) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== 0x02014b50) return null;
    const size = view.getUint32(at + 24, true);
    if (size === 0xffffffff) return Number.POSITIVE_INFINITY; // ZIP64: far beyond anything we read
    total += size;
    at += 46 + view.getUint16(at + 28, true) + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return total;
}

/** Generous for 20,000 rows of ten columns (about 15 MB of XML), small enough to keep memory in hand. */
const MAX_UNZIPPED_BYTES = 200 * 1024 * 1024;

/**
 * The data rows of the first worksheet. The header is the first row naming a known column; fully empty rows are
 * skipped. onProgress is awaited every `every` rows (the import job records how far reading got).
 *
 * Not exceljs's streaming reader: in 4.4 it decodes each zip chunk on its own and garbles Chinese characters that
 * straddle two chunks. load() decodes whole entries; its maxRows option stops a huge sheet while parsing.
 */
export async function parseXlsx(
  bytes: Uint8Array,
  columns: ColumnDef[],
  { onProgress, every = 500, maxRows = MAX_ROWS }: { onProgress?: (rowsRead: number) => Promise<void>; every?: number; maxRows?: number } = {},
): Promise<ParsedRow[]> {
  if (!looksLikeXlsx(bytes)) throw new AppError("UNSUPPORTED_MEDIA", "errors.fileType");
  const tooMany = () => new AppError("VALIDATION", "errors.fileTooManyRows", { max: maxRows });
  if ((declaredUnzippedSize(bytes) ?? 0) > MAX_UNZIPPED_BYTES) throw tooMany();

  const wb = new ExcelJS.Workbook();
  try {
    // Blank rows that only carry formatting count towards exceljs's limit, hence the slack; data rows are
    // counted exactly below.
    await wb.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as never, {
      ignoreNodes: IGNORED_NODES,
      maxRows: maxRows * 2 + MAX_ROWS_BEFORE_HEADER,
      maxCols: 200,
    } as Partial<ExcelJS.XlsxReadOptions>);
  } catch (e) {
    if (e instanceof Error && /^Max row count/.test(e.message)) throw tooMany();
    // Not a workbook (another kind of zip), or a damaged one.
    throw new AppError("UNSUPPORTED_MEDIA", "errors.fileType");
  }
  const sheet = wb.worksheets[0];
  if (!sheet) throw new AppError("UNSUPPORTED_MEDIA", "errors.fileType");

  const rows: ParsedRow[] = [];
  let positions: Map<string, number> | null = null;
  let rowsBeforeHeader = 0;
  for (let n = 1; n <= sheet.rowCount; n++) {
    const cells = (sheet.findRow(n)?.values as unknown[] | undefined) ?? [];
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
    rows.push({ row: n, values });
    if (rows.length > maxRows) throw tooMany();
    if (onProgress && rows.length % every === 0) await onProgress(rows.length);
  }
  if (!positions && rowsBeforeHeader > 0) {
    const required = columns.filter((c) => c.required).map((c) => c.header);
    throw new AppError("VALIDATION", "imports.errors.missingColumns", { columns: required.join("、") });
  }
  if (!positions || rows.length === 0) throw new AppError("VALIDATION", "errors.fileEmpty");
  return rows;
}
