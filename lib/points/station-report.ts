import "server-only";
import ExcelJS from "exceljs";
import type { Actor } from "../access/actor";
import { scopeOf } from "../access/actor";
import { notFound } from "../access/errors";
import { tenantOf } from "../access/scope";
import { inTenant } from "../access/tenant-tx";
import { monthRange, type MonthKey } from "../duty/time";
import { findStation } from "./stations";

export type StationReport = {
  station: { id: string; name: string; nodeName: string };
  month: MonthKey;
  /** Points booked in the month (confirmed claims and awards) for people and cards of the station's area. */
  issued: number;
  /** Points spent at this station in the month. */
  redeemed: number;
  exchanges: number;
  people: number;
  goods: { name: string; unit: string | null; quantity: number; points: number; stockNow: number }[];
};

/** The monthly station report: points issued in its area, redeemed at it, and the goods that went out. */
export async function getStationReport({ actor, stationId, month }: { actor: Actor; stationId: string; month: MonthKey }): Promise<StationReport> {
  return inTenant(actor, async (tx) => {
    const tenantId = tenantOf(actor);
    const permission = scopeOf(actor, "station.operate").paths.length ? "station.operate" : "points.read";
    const station = await findStation(tx, actor, stationId, permission).catch(() => findStation(tx, actor, stationId, "points.read"));
    if (!station) throw notFound();
    const { start, end } = monthRange(month);
    const area = station.node.path;
    const [issued] = await tx.$queryRaw<{ points: number }[]>`
      SELECT coalesce(sum(e.amount), 0)::int AS points
      FROM "LedgerEntry" e
      JOIN "PointsAccount" a ON a.id = e."accountId" AND a."tenantId" = e."tenantId"
      LEFT JOIN "Person" p ON p.id = a."personId" AND p."tenantId" = a."tenantId"
      LEFT JOIN "PointsCard" c ON c.id = a."cardId" AND c."tenantId" = a."tenantId"
      JOIN "OrgNode" n ON n."tenantId" = e."tenantId" AND n.id = coalesce(p."nodeId", c."nodeId")
      WHERE e."tenantId" = ${tenantId} AND e.currency = 'POINTS' AND e.kind IN ('CLAIM', 'AWARD') AND e.amount > 0
        AND e."createdAt" >= ${start} AND e."createdAt" < ${end} AND n.path LIKE ${`${area}%`}`;
    const exchanges = await tx.exchange.findMany({
      where: { tenantId, stationId: station.id, createdAt: { gte: start, lt: end } },
      select: { total: true, accountId: true, lines: { select: { goodsId: true, quantity: true, price: true } } },
    });
    const goods = await tx.exchangeGoods.findMany({ where: { tenantId, stationId: station.id }, select: { id: true, name: true, unit: true, stock: true }, orderBy: { name: "asc" } });
    const out = new Map<string, { quantity: number; points: number }>();
    for (const x of exchanges) for (const l of x.lines) {
      const o = out.get(l.goodsId) ?? { quantity: 0, points: 0 };
      o.quantity += l.quantity;
      o.points += l.quantity * l.price;
      out.set(l.goodsId, o);
    }
    return {
      station: { id: station.id, name: station.name, nodeName: station.node.name },
      month,
      issued: issued?.points ?? 0,
      redeemed: exchanges.reduce((a, x) => a + x.total, 0),
      exchanges: exchanges.length,
      people: new Set(exchanges.map((x) => x.accountId)).size,
      goods: goods
        .map((g) => ({ name: g.name, unit: g.unit, quantity: out.get(g.id)?.quantity ?? 0, points: out.get(g.id)?.points ?? 0, stockNow: g.stock }))
        .sort((a, b) => b.quantity - a.quantity || a.name.localeCompare(b.name, "zh-CN")),
    };
  });
}

type T = (key: string, params?: Record<string, string | number>) => string;

/** The report as a workbook: a summary block, then one row per goods. */
export async function stationReportXlsx(r: StationReport, t: T): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = "ljfl-platform";
  const ws = wb.addWorksheet(t("stations.report.sheet"));
  ws.columns = [{ width: 22 }, { width: 10 }, { width: 12 }, { width: 14 }, { width: 12 }];
  ws.addRow([t("stations.report.title", { station: r.station.name, month: r.month })]).font = { bold: true, size: 13 };
  ws.addRow([t("stations.report.area"), r.station.nodeName]);
  ws.addRow([t("stations.report.issued"), r.issued]);
  ws.addRow([t("stations.report.redeemed"), r.redeemed]);
  ws.addRow([t("stations.report.exchanges"), r.exchanges]);
  ws.addRow([t("stations.report.people"), r.people]);
  ws.addRow([]);
  const head = ws.addRow([t("stations.report.goods"), t("stations.report.unit"), t("stations.report.quantity"), t("stations.report.points"), t("stations.report.stockNow")]);
  head.font = { bold: true };
  for (const g of r.goods) ws.addRow([g.name, g.unit ?? "", g.quantity, g.points, g.stockNow]);
  return Buffer.from(await wb.xlsx.writeBuffer());
}
