// Import errors in words: translated at the boundary (the job stores i18n keys), shown on the page and
// downloadable as a workbook of 行号 / 列 / 原因 / 原始内容.
import ExcelJS from "exceljs";
import type { ImportKind } from "../generated/prisma/enums";
import type { RowError } from "./cells";
import { columnsOf, KIND_SLUGS, type Translate } from "./templates";

export type ErrorLine = { row: number; column: string; message: string; value: string };

export function describeErrors(errors: RowError[], kind: ImportKind, t: Translate): ErrorLine[] {
  const known = new Set(columnsOf(kind).map((c) => c.key));
  return errors.map((e) => ({
    row: e.row,
    column: e.column && known.has(e.column) ? t(`imports.columns.${KIND_SLUGS[kind]}.${e.column}`) : "",
    message: t(e.message, e.params),
    value: e.value ?? "",
  }));
}

export async function buildErrorReport(job: { kind: ImportKind; fileName: string; errors: RowError[] }, t: Translate): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(t("imports.report.sheet"), { views: [{ state: "frozen", ySplit: 1 }] });
  ws.columns = [
    { header: t("imports.report.row"), key: "row", width: 8 },
    { header: t("imports.report.column"), key: "column", width: 16 },
    { header: t("imports.report.message"), key: "message", width: 60 },
    { header: t("imports.report.value"), key: "value", width: 30, style: { numFmt: "@" } },
  ];
  ws.getRow(1).font = { bold: true };
  for (const line of describeErrors(job.errors, job.kind, t)) ws.addRow({ row: line.row || null, column: line.column || null, message: line.message, value: line.value || null });
  ws.addRow([]);
  ws.addRow([t("imports.report.source", { fileName: job.fileName })]).font = { italic: true, color: { argb: "FF64748B" } };
  return Buffer.from(await wb.xlsx.writeBuffer());
}
