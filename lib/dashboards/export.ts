import "server-only";
// A drill-down table as .xlsx: the units with the figure of the period, its numerator and denominator, the
// previous period and the change.
import ExcelJS from "exceljs";
import type { Actor } from "../access/actor";
import { requireScope } from "../access/scope";
import { getDrill, type Drill } from "./read";

type T = (key: string, params?: Record<string, string | number>) => string;

export async function drillXlsx(d: Drill, t: T): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.creator = "ljfl-platform";
  const ws = wb.addWorksheet(t("dashboards.export.sheet"), { views: [{ state: "frozen", ySplit: 2 }] });
  ws.columns = [{ width: 30 }, { width: 14 }, { width: 14 }, { width: 14 }, { width: 14 }, { width: 14 }];
  const name = t(`dashboards.indicators.${d.indicator.code}.name`);
  ws.addRow([`${d.node ? `${d.node.name} · ` : ""}${t("dashboards.export.title", { indicator: name, period: d.periodLabel })}`]).font = { bold: true, size: 13 };
  ws.addRow([t("dashboards.export.unit"), t("dashboards.export.value"), t("dashboards.export.numerator"), t("dashboards.export.denominator"), t("dashboards.export.previous"), t("dashboards.export.change")]).font = { bold: true };
  const sum = d.indicator.kind === "sum";
  const scale = (v: number) => (sum ? Math.round(v * d.indicator.scale * 100) / 100 : v);
  for (const r of d.rows) ws.addRow([r.name, r.value, scale(r.num), sum ? null : r.den, r.previous, r.delta]);
  if (d.direct) ws.addRow([t("dashboards.drill.direct"), d.direct.value, scale(d.direct.num), sum ? null : d.direct.den, null, null]);
  const total = ws.addRow([t("dashboards.drill.total"), d.total.value, scale(d.total.num), sum ? null : d.total.den, d.total.previous, null]);
  total.font = { bold: true };
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

/** The drill-down of one indicator of a node as .xlsx. Needs export.run besides dashboards.read. */
export async function exportDrill({ actor, t, ...query }: { actor: Actor; t: T; indicator: string; nodeId?: string | null; period?: string | null; now?: Date }) {
  requireScope(actor, "export.run");
  const drill = await getDrill({ actor, ...query });
  return { drill, bytes: await drillXlsx(drill, t) };
}
