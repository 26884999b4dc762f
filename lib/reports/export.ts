import "server-only";
import ExcelJS from "exceljs";
import type { Actor } from "../access/actor";
import { requireScope, tenantOf } from "../access/scope";
import { inTenant } from "../access/tenant-tx";
import { audit } from "../audit/write-audit";
import type { Tx } from "../db";
import type { Translate } from "../imports/templates";
import { idsOnPath } from "../org/tree-rules";
import { resolveArea, type Area } from "./area";
import { formatInZone, periodLabel } from "./calendar";
import { fieldLabel, formatValue, numericPaths, numericValue, type ColumnDef, type FieldDef, type FilledData } from "./fields";
import { loadTypeDef } from "./report-types";
import { displayStatus } from "./status";
import type { TypeDef } from "./type-def";
import { periodFor } from "./write-submissions";

type UnitRow = {
  id: string;
  name: string;
  code: string | null;
  parentName: string | null;
  status: "DRAFT" | "SUBMITTED" | "RETURNED" | "APPROVED" | null;
  data: FilledData | null;
  submittedAt: Date | null;
  firstSubmittedAt: Date | null;
  onTime: boolean | null;
  approvedLevel: number | null;
  levels: number | null;
};

/** Every filing unit of the area with its report for the period (null where nothing was filed), in tree order. */
async function unitRows(tx: Tx, tenantId: string, def: TypeDef, area: Area, key: string): Promise<UnitRow[]> {
  return tx.$queryRawUnsafe<UnitRow[]>(
    `SELECT u.id, u.name, u.code, pn.name AS "parentName", s.status::text AS status, s.data, s."submittedAt", s."firstSubmittedAt", s."onTime",
            s."approvedLevel", cardinality(s."reviewChain") AS levels
     FROM "OrgNode" u
     JOIN "OrgKind" k ON k.id = u."kindId" AND k."tenantId" = u."tenantId"
     LEFT JOIN "OrgNode" pn ON pn.id = u."parentId" AND pn."tenantId" = u."tenantId"
     LEFT JOIN "ReportSubmission" s ON s."tenantId" = $1::text AND s."reportTypeId" = $5::text AND s."nodeId" = u.id AND s."periodKey" = $6::text
     WHERE u."tenantId" = $1::text AND NOT u.archived AND k.code = ANY($2::text[]) AND u.path LIKE $3::text AND u.path LIKE ANY($4::text[])
`,
    tenantId,
    def.filerKindCodes,
    def.filerRootPath ? `${def.filerRootPath}%` : "%",
    area.patterns,
    def.id,
    key,
  ).then((rows) => inTreeOrder(tx, tenantId, rows));
}

/** Depth-first in the order the tree shows (each level by its sort order, then name), not by id. */
async function inTreeOrder<T extends { id: string }>(tx: Tx, tenantId: string, rows: T[]): Promise<T[]> {
  if (rows.length < 2) return rows;
  const paths = await tx.orgNode.findMany({ where: { tenantId, id: { in: rows.map((r) => r.id) } }, select: { id: true, path: true } });
  const pathOf = new Map(paths.map((p) => [p.id, p.path]));
  const ancestorIds = [...new Set(paths.flatMap((p) => idsOnPath(p.path)))];
  const nodes = await tx.orgNode.findMany({ where: { tenantId, id: { in: ancestorIds } }, select: { id: true, sortOrder: true, name: true } });
  const pos = new Map(nodes.map((n) => [n.id, n]));
  const keyOf = (id: string) => idsOnPath(pathOf.get(id) ?? "").map((a) => pos.get(a)!);
  const cmp = (a: T, b: T) => {
    const ka = keyOf(a.id);
    const kb = keyOf(b.id);
    for (let i = 0; i < Math.min(ka.length, kb.length); i++) {
      if (ka[i].id === kb[i].id) continue;
      return ka[i].sortOrder - kb[i].sortOrder || ka[i].name.localeCompare(kb[i].name, "zh-CN");
    }
    return ka.length - kb.length;
  };
  return [...rows].sort(cmp);
}

const filed = (r: UnitRow) => !!r.firstSubmittedAt;
const thin = { style: "thin" as const, color: { argb: "FF999999" } };
const border = { top: thin, left: thin, bottom: thin, right: thin };

function headerStyle(row: ExcelJS.Row) {
  row.font = { bold: true };
  row.alignment = { vertical: "middle", horizontal: "center", wrapText: true };
  row.eachCell((c) => {
    c.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFF1F5F9" } };
    c.border = border;
  });
}

function withUnit(label: string, f: { unit?: string }) {
  return f.unit ? `${label}（${f.unit}）` : label;
}

function cellValue(f: FieldDef | ColumnDef, v: unknown, locale: "zh-CN" | "en"): string | number | null {
  if (v === undefined || v === null || v === "") return null;
  if ((f.type === "number" || f.type === "integer") && typeof v === "number") return v;
  return formatValue(f, v, locale);
}

/**
 * One period's reports for a subtree as .xlsx: a row per filing unit (status, times, every field; tables as
 * their row count and column sums), and a sheet per table field with its rows. Needs export.run.
 */
export async function exportPeriod({ actor, t, type, period: key, nodeId, now = new Date() }: { actor: Actor; t: Translate; type: string; period: string; nodeId?: string; now?: Date }) {
  const scope = requireScope(actor, "reports.read");
  requireScope(actor, "export.run");
  return inTenant(actor, async (tx) => {
    const tenantId = tenantOf(actor);
    const def = await loadTypeDef(tx, tenantId, type);
    const period = periodFor(def, key);
    const area = await resolveArea(tx, actor, scope, def, nodeId);
    const rows = await unitRows(tx, tenantId, def, area, key);
    const locale = actor.locale;
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet(t("reports.export.sheet"), { views: [{ state: "frozen", ySplit: 1, xSplit: 2 }] });
    const scalar = def.fields.filter((f) => f.type !== "table");
    const tables = def.fields.filter((f): f is Extract<FieldDef, { type: "table" }> => f.type === "table");
    const sums = numericPaths(def.fields).filter((p) => p.columnKey);
    ws.columns = [
      { header: t("reports.export.no"), key: "no", width: 6 },
      { header: t("reports.export.unit"), key: "unit", width: 26 },
      { header: t("reports.export.unitCode"), key: "code", width: 14 },
      { header: t("reports.export.parent"), key: "parent", width: 20 },
      { header: t("reports.export.status"), key: "status", width: 12 },
      { header: t("reports.export.submittedAt"), key: "submittedAt", width: 18 },
      { header: t("reports.export.onTime"), key: "onTime", width: 8 },
      { header: t("reports.export.review"), key: "review", width: 10 },
      ...scalar.map((f) => ({ header: withUnit(fieldLabel(f, locale), f as { unit?: string }), key: `f:${f.key}`, width: f.type === "textarea" ? 40 : 14 })),
      ...tables.map((f) => ({ header: t("reports.export.tableRows", { name: fieldLabel(f, locale) }), key: `n:${f.key}`, width: 12 })),
      ...sums.map((p) => ({ header: t("reports.export.tableSum", { name: `${p.parentLabel}·${p.label}` }), key: `s:${p.path}`, width: 14 })),
    ];
    headerStyle(ws.getRow(1));
    rows.forEach((r, i) => {
      const data = r.data ?? {};
      const status = displayStatus(r.status ? { status: r.status, firstSubmittedAt: r.firstSubmittedAt, onTime: r.onTime } : null, period, now);
      const row: Record<string, unknown> = {
        no: i + 1,
        unit: r.name,
        code: r.code ?? "",
        parent: r.parentName ?? "",
        status: t(`reports.status.${status}`),
        submittedAt: r.firstSubmittedAt ? formatInZone(r.firstSubmittedAt, def.tz) : "",
        onTime: filed(r) ? t(r.onTime ? "reports.export.yes" : "reports.export.no2") : "",
        review: r.levels ? `${r.status === "APPROVED" ? r.levels : (r.approvedLevel ?? 0)}/${r.levels}` : "",
      };
      if (filed(r) || r.status) {
        for (const f of scalar) row[`f:${f.key}`] = cellValue(f, data[f.key], locale);
        for (const f of tables) row[`n:${f.key}`] = Array.isArray(data[f.key]) ? (data[f.key] as unknown[]).length : 0;
        for (const p of sums) row[`s:${p.path}`] = numericValue(data, p);
      }
      ws.addRow(row);
    });
    for (const f of tables) {
      const sheet = wb.addWorksheet(fieldLabel(f, locale).slice(0, 31), { views: [{ state: "frozen", ySplit: 1 }] });
      sheet.columns = [
        { header: t("reports.export.unit"), key: "unit", width: 26 },
        ...f.columns.map((c) => ({ header: withUnit(fieldLabel(c, locale), c as { unit?: string }), key: c.key, width: c.type === "textarea" ? 40 : 16 })),
      ];
      headerStyle(sheet.getRow(1));
      for (const r of rows) {
        const list = Array.isArray(r.data?.[f.key]) ? (r.data![f.key] as Record<string, unknown>[]) : [];
        for (const item of list) sheet.addRow({ unit: r.name, ...Object.fromEntries(f.columns.map((c) => [c.key, cellValue(c, item[c.key], locale)])) });
      }
    }
    const bytes = Buffer.from(await wb.xlsx.writeBuffer());
    await audit(tx, actor, { action: "report.export", entityType: "ReportType", entityId: def.id, nodeId: area.node?.id ?? null, after: { type: def.code, periodKey: key, units: rows.length } });
    return { bytes, def, periodLabel: periodLabel(def.rule.cadence, key, locale), nodeName: area.node?.name ?? null };
  });
}

/**
 * The aggregated table of one period in the layout of the paper form (seed 000, attachment 2: 全区工会系统参与
 * "桶前值守"情况统计表): title, a header row, a row per filing unit with its figures, a total row. Units that
 * did not file stay in the table with "未报送" in the last column.
 */
export async function exportAggregatedTable({ actor, t, type, period: key, nodeId }: { actor: Actor; t: Translate; type: string; period: string; nodeId?: string }) {
  const scope = requireScope(actor, "reports.read");
  requireScope(actor, "export.run");
  return inTenant(actor, async (tx) => {
    const tenantId = tenantOf(actor);
    const def = await loadTypeDef(tx, tenantId, type);
    periodFor(def, key);
    const area = await resolveArea(tx, actor, scope, def, nodeId);
    const rows = await unitRows(tx, tenantId, def, area, key);
    const locale = actor.locale;
    const cols = def.fields.filter((f) => f.type !== "table" && f.type !== "file" && f.type !== "textarea");
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet(t("reports.export.aggregatedSheet"), { pageSetup: { paperSize: 9, orientation: "landscape", fitToPage: true, fitToWidth: 1, fitToHeight: 0 } });
    const width = 2 + cols.length;
    const title = `${def.exportTitle ?? def.name}（${periodLabel(def.rule.cadence, key, locale)}）`;
    ws.mergeCells(1, 1, 1, width);
    const tc = ws.getCell(1, 1);
    tc.value = title;
    tc.font = { bold: true, size: 16 };
    tc.alignment = { horizontal: "center", vertical: "middle" };
    ws.getRow(1).height = 30;
    ws.mergeCells(2, 1, 2, width);
    ws.getCell(2, 1).value = t("reports.export.filedBy", { name: area.node?.name ?? "" });
    const header = ws.getRow(3);
    header.values = [t("reports.export.no"), t("reports.export.unit"), ...cols.map((f) => withUnit(fieldLabel(f, locale), f as { unit?: string }))];
    headerStyle(header);
    header.height = 32;
    ws.getColumn(1).width = 6;
    ws.getColumn(2).width = 28;
    cols.forEach((f, i) => (ws.getColumn(3 + i).width = f.type === "text" ? 24 : 14));
    const totals = cols.map(() => 0);
    const remarksIdx = cols.findIndex((f) => f.type === "text");
    rows.forEach((r, i) => {
      const data = r.data ?? {};
      const values = cols.map((f, ci) => {
        if (!filed(r)) return ci === remarksIdx ? t("reports.export.notFiled") : null;
        const v = cellValue(f, data[f.key], locale);
        if (typeof v === "number") totals[ci] += v;
        return v;
      });
      const row = ws.addRow([i + 1, r.name, ...values]);
      row.eachCell({ includeEmpty: true }, (c) => (c.border = border));
    });
    const numeric = cols.map((f) => f.type === "number" || f.type === "integer");
    const total = ws.addRow([null, t("reports.export.total"), ...totals.map((v, i) => (numeric[i] ? Math.round(v * 100) / 100 : null))]);
    total.font = { bold: true };
    total.eachCell({ includeEmpty: true }, (c) => (c.border = border));
    const filedCount = rows.filter(filed).length;
    ws.addRow([]);
    ws.addRow([null, t("reports.export.footer", { filed: filedCount, expected: rows.length })]);
    const bytes = Buffer.from(await wb.xlsx.writeBuffer());
    await audit(tx, actor, { action: "report.export", entityType: "ReportType", entityId: def.id, nodeId: area.node?.id ?? null, after: { type: def.code, periodKey: key, layout: "aggregated", units: rows.length } });
    return { bytes, title, def };
  });
}
