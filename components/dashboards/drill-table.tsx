"use client";
import Link from "next/link";
import { useMemo, useState } from "react";
import { useLocale, useTranslations } from "next-intl";
import { ArrowDown, ArrowUp, ChevronRight } from "lucide-react";
import { Bar, BarChart, CartesianGrid, Cell, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { indicatorOf } from "@/lib/dashboards/catalogue";
import { deltaTone, formatDelta, formatFigure, formatNumber } from "@/lib/dashboards/format";
import { Table, Td, Th } from "@/components/ui/table";
import { cn } from "@/components/ui/cn";

export type DrillRow = { id: string; name: string; kind: string; hasChildren: boolean; num: number; den: number; value: number | null; previous: number | null; delta: number | null };
type Key = "name" | "value" | "num" | "den" | "previous" | "delta";

/** The children of a node with one indicator: sortable by any column, a bar chart beside; a row opens its own children. */
export function DrillTable({ code, rows, direct, total, target, hrefBase }: { code: string; rows: DrillRow[]; direct: { num: number; den: number; value: number | null } | null; total: { num: number; den: number; value: number | null; previous: number | null }; target: number | null; hrefBase: string }) {
  const t = useTranslations("dashboards");
  const locale = useLocale() as "zh-CN" | "en";
  const ind = indicatorOf(code);
  const [sort, setSort] = useState<{ key: Key; asc: boolean }>({ key: "value", asc: !ind.higherIsBetter });
  const sorted = useMemo(() => {
    const v = (r: DrillRow) => (sort.key === "name" ? r.name : r[sort.key]);
    return [...rows].sort((a, b) => {
      const x = v(a);
      const y = v(b);
      if (x === null && y === null) return 0;
      if (x === null) return 1;
      if (y === null) return -1;
      const c = typeof x === "string" ? x.localeCompare(y as string, "zh-CN") : (x as number) - (y as number);
      return sort.asc ? c : -c;
    });
  }, [rows, sort]);
  const sum = ind.kind === "sum";
  const num = (n: number) => formatNumber(sum ? n * ind.scale : n, sum ? ind.decimals : 0, locale);
  const head = (key: Key, label: string, right = true) => (
    <Th className={right ? "text-right" : undefined} aria-sort={sort.key === key ? (sort.asc ? "ascending" : "descending") : "none"}>
      <button type="button" className="inline-flex items-center gap-0.5 uppercase hover:text-slate-800" onClick={() => setSort((s) => ({ key, asc: s.key === key ? !s.asc : key === "name" }))} data-testid={`sort-${key}`}>
        {label}
        {sort.key === key ? sort.asc ? <ArrowUp className="h-3 w-3" aria-hidden /> : <ArrowDown className="h-3 w-3" aria-hidden /> : null}
      </button>
    </Th>
  );
  const chart = sorted.filter((r) => r.value !== null).slice(0, 50).map((r) => ({ name: r.name, value: r.value }));
  return (
    <div className="grid gap-5 2xl:grid-cols-[1fr_28rem]">
      <div>
        <Table>
          <thead className="bg-slate-50">
            <tr>
              {head("name", t("drill.unit"), false)}
              {head("value", t("value"))}
              {head("num", sum ? t(`units.${ind.unit}`) || t("value") : t("drill.numerator"))}
              {sum ? null : head("den", t("drill.denominator"))}
              {head("previous", t("previous"))}
              {head("delta", t("change"))}
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100" data-testid="drill-rows">
            {sorted.map((r) => (
              <tr key={r.id} className="hover:bg-slate-50" data-testid="drill-row" data-unit={r.name}>
                <Td>
                  <Link href={`${hrefBase}${r.id}`} className="inline-flex items-center gap-1 font-medium text-slate-900 hover:text-brand-700">
                    {r.name}
                    <ChevronRight className="h-3.5 w-3.5 text-slate-400" aria-hidden />
                  </Link>
                  <span className="ml-1.5 text-xs text-slate-400">{r.kind}</span>
                </Td>
                <Td className={cn("text-right font-medium tabular-nums", target !== null && r.value !== null && (ind.higherIsBetter ? r.value < target : r.value > target) ? "text-amber-700" : "text-slate-900")}>
                  {formatFigure(code, r.value, locale)}
                </Td>
                <Td className="text-right tabular-nums">{num(r.num)}</Td>
                {sum ? null : <Td className="text-right tabular-nums">{formatNumber(r.den, 0, locale)}</Td>}
                <Td className="text-right tabular-nums text-slate-500">{formatFigure(code, r.previous, locale)}</Td>
                <Td className={cn("text-right tabular-nums", { good: "text-green-700", bad: "text-red-700", neutral: "text-slate-500" }[deltaTone(code, r.delta)])}>{formatDelta(code, r.delta, locale)}</Td>
              </tr>
            ))}
            {direct ? (
              <tr className="text-slate-500" title={t("drill.directHint")}>
                <Td>{t("drill.direct")}</Td>
                <Td className="text-right tabular-nums">{formatFigure(code, direct.value, locale)}</Td>
                <Td className="text-right tabular-nums">{num(direct.num)}</Td>
                {sum ? null : <Td className="text-right tabular-nums">{formatNumber(direct.den, 0, locale)}</Td>}
                <Td />
                <Td />
              </tr>
            ) : null}
            <tr className="bg-slate-50 font-medium" data-testid="drill-total">
              <Td>{t("drill.total")}</Td>
              <Td className="text-right tabular-nums">{formatFigure(code, total.value, locale)}</Td>
              <Td className="text-right tabular-nums">{num(total.num)}</Td>
              {sum ? null : <Td className="text-right tabular-nums">{formatNumber(total.den, 0, locale)}</Td>}
              <Td className="text-right tabular-nums text-slate-500">{formatFigure(code, total.previous, locale)}</Td>
              <Td />
            </tr>
          </tbody>
        </Table>
        <p className="px-3 pt-2 text-xs text-slate-500">{t("drill.sortHint")}</p>
      </div>
      {chart.length ? (
        <div className="rounded-lg bg-white p-3 ring-1 ring-slate-200" data-testid="drill-chart">
          <p className="mb-2 text-sm font-medium text-slate-700">{t("drill.chart")}</p>
          <div style={{ height: Math.max(160, chart.length * 26 + 40) }}>
            <ResponsiveContainer width="100%" height="100%">
              <BarChart data={chart} layout="vertical" margin={{ top: 4, right: 16, bottom: 4, left: 8 }}>
                <CartesianGrid strokeDasharray="3 3" stroke="#e2e8f0" horizontal={false} />
                <XAxis type="number" tick={{ fontSize: 11 }} domain={ind.unit === "percent" ? [0, 100] : [0, "auto"]} />
                <YAxis type="category" dataKey="name" width={110} tick={{ fontSize: 11 }} interval={0} />
                <Tooltip formatter={(v) => formatFigure(code, Number(v), locale)} />
                {target !== null ? <ReferenceLine x={target} stroke="#b45309" strokeDasharray="4 3" /> : null}
                <Bar dataKey="value" isAnimationActive={false}>
                  {chart.map((c) => (
                    <Cell key={c.name} fill={target !== null && c.value !== null && (ind.higherIsBetter ? c.value < target : c.value > target) ? "#f59e0b" : "#c21f1f"} />
                  ))}
                </Bar>
              </BarChart>
            </ResponsiveContainer>
          </div>
        </div>
      ) : null}
    </div>
  );
}
