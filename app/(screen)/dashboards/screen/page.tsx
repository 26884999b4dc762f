import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { orNotFound } from "@/lib/access/page";
import { requirePageActor } from "@/lib/auth/current-actor";
import { indicatorOf, type IndicatorCode } from "@/lib/dashboards/catalogue";
import { deltaTone, formatDelta, formatFigure } from "@/lib/dashboards/format";
import { loadDashboardPage } from "@/lib/dashboards/home";
import { getChildrenFigures } from "@/lib/dashboards/read";
import { summaryQuery } from "@/lib/dashboards/schemas";
import { getMyTenant } from "@/lib/org/read-tenant";
import { now } from "@/lib/time/clock";
import { AutoRefresh } from "@/components/dashboards/auto-refresh";
import { freshnessText } from "@/components/dashboards/dashboard-view";
import { ScreenRanking, ScreenTrend } from "@/components/dashboards/screen-charts";
import { cn } from "@/components/ui/cn";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("dashboards"))("screenTitle") };
}

const TILES: IndicatorCode[] = [
  "report_submission",
  "report_ontime",
  "pledge_rate",
  "participation_rate",
  "awareness_rate",
  "disposal_rate",
  "duty_norm_share",
  "duty_hours",
  "link_coverage",
  "volunteer_hours",
  "inspection_score",
  "rectification_rate",
];

/** The leading group's big screen: 1920×1080, dark, refreshing itself every 30 seconds. */
export default async function ScreenPage({ searchParams }: { searchParams: Promise<{ node?: string; period?: string }> }) {
  const actor = await requirePageActor();
  const t = await getTranslations("dashboards");
  const locale = (await getLocale()) as "zh-CN" | "en";
  const q = summaryQuery.safeParse(await searchParams);
  const at = await now();
  const nodeId = q.success ? q.data.node : undefined;
  const period = q.success ? q.data.period : undefined;
  const [{ d, overdue }, kids, tenant] = await Promise.all([
    orNotFound(loadDashboardPage({ actor, nodeId, period, now: at })),
    orNotFound(getChildrenFigures({ actor, nodeId, period, indicators: ["report_submission", "report_ontime", "duty_norm_share", "rectification_rate"], now: at })),
    getMyTenant({ actor }),
  ]);
  const card = (code: IndicatorCode) => d.cards.find((c) => c.code === code)!;
  const trend = card("report_submission").trend.map((p, i) => ({
    label: p.label,
    report_submission: p.value,
    participation_rate: card("participation_rate").trend[i]?.value ?? null,
    disposal_rate: card("disposal_rate").trend[i]?.value ?? null,
    duty_norm_share: card("duty_norm_share").trend[i]?.value ?? null,
  }));
  return (
    <div className="mx-auto flex h-screen max-h-[1080px] w-full max-w-[1920px] flex-col gap-4 overflow-hidden p-6" data-testid="big-screen">
      <header className="flex items-end justify-between border-b border-red-900/60 pb-3">
        <div>
          <h1 className="text-4xl font-bold tracking-wide text-white">{t("screen.title", { tenant: d.node?.name ?? tenant?.name ?? "" })}</h1>
          <p className="mt-1 text-lg text-slate-400">{t("screen.subtitle", { period: d.periodLabel })} · {freshnessText(d.refreshedAt, t, locale)}</p>
        </div>
        <div className="flex items-center gap-6 text-xl text-slate-300">
          <AutoRefresh seconds={30} locale={locale} />
          <Link href={`/dashboards${d.node ? `?node=${d.node.id}` : ""}`} className="rounded border border-slate-700 px-3 py-1 text-base text-slate-400 hover:text-white">{t("screen.exit")}</Link>
        </div>
      </header>
      <section className="grid grid-cols-6 gap-3" data-testid="screen-tiles">
        {TILES.map((code) => {
          const c = card(code);
          const tone = deltaTone(code, c.delta);
          return (
            <div key={code} className="rounded-lg bg-slate-900 px-4 py-3 ring-1 ring-slate-800" data-testid={`screen-${code}`}>
              <p className="text-base text-slate-400">{t(`indicators.${code}.name`)}</p>
              <p className={cn("mt-1 text-4xl font-bold tabular-nums", c.meets === false ? "text-amber-400" : "text-white")}>{formatFigure(code, c.value, locale)}</p>
              <p className="mt-1 flex justify-between text-sm">
                <span className={tone === "good" ? "text-green-400" : tone === "bad" ? "text-red-400" : "text-slate-500"}>{formatDelta(code, c.delta, locale)}</span>
                <span className="text-slate-500">{c.target === null ? "" : `${t("target")} ${formatFigure(code, c.target, locale)}`}</span>
              </p>
            </div>
          );
        })}
      </section>
      <section className="grid min-h-0 flex-1 grid-cols-[1.1fr_1fr_0.9fr] gap-4">
        <div className="flex min-h-0 flex-col rounded-lg bg-slate-900 p-4 ring-1 ring-slate-800">
          <h2 className="mb-2 text-xl font-semibold text-white">{t("screen.ranking")}</h2>
          <div className="min-h-0 flex-1">
            <ScreenRanking rows={kids.rows.map((r) => ({ name: r.name, value: r.values.report_submission }))} target={card("report_submission").target} />
          </div>
        </div>
        <div className="flex min-h-0 flex-col gap-4">
          <div className="flex min-h-[14rem] flex-1 flex-col rounded-lg bg-slate-900 p-4 ring-1 ring-slate-800">
            <h2 className="mb-2 text-xl font-semibold text-white">{t("trend")}</h2>
            <div className="min-h-0 flex-1">
              <ScreenTrend
                points={trend}
                series={[
                  { key: "report_submission", name: t("indicators.report_submission.short"), color: "#ef4444" },
                  { key: "participation_rate", name: t("indicators.participation_rate.short"), color: "#38bdf8" },
                  { key: "disposal_rate", name: t("indicators.disposal_rate.short"), color: "#4ade80" },
                  { key: "duty_norm_share", name: t("indicators.duty_norm_share.short"), color: "#fbbf24" },
                ]}
              />
            </div>
          </div>
          <div className="shrink-0 rounded-lg bg-slate-900 px-4 py-3 ring-1 ring-slate-800">
            <h2 className="mb-2 text-xl font-semibold text-white">{t("screen.ontimeTable")}</h2>
            <table className="w-full text-base" data-testid="screen-table">
              <thead className="text-slate-400">
                <tr>
                  <th className="py-1 text-left font-normal">{t("drill.unit")}</th>
                  {(["report_ontime", "duty_norm_share", "rectification_rate"] as IndicatorCode[]).map((c) => (
                    <th key={c} className="py-1 text-right font-normal">{t(`indicators.${c}.short`)}</th>
                  ))}
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-800">
                {kids.rows.slice(0, 7).map((r) => (
                  <tr key={r.id}>
                    <td className="max-w-0 truncate py-0.5 pr-2 text-slate-200" title={r.name}>{r.name}</td>
                    {(["report_ontime", "duty_norm_share", "rectification_rate"] as IndicatorCode[]).map((c) => (
                      <td key={c} className={cn("w-24 py-0.5 text-right tabular-nums", r.values[c] !== null && indicatorOf(c).defaultTarget !== null && r.values[c]! < (card(c).target ?? 0) ? "text-amber-400" : "text-slate-100")}>
                        {formatFigure(c, r.values[c], locale)}
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </div>
        <div className="flex min-h-0 flex-col rounded-lg bg-slate-900 p-4 ring-1 ring-slate-800">
          <h2 className="mb-2 flex items-center gap-2 text-xl font-semibold text-white">
            {t("screen.overdue")}
            <span className="rounded-full bg-red-600 px-2 text-base">{overdue.overdue}</span>
          </h2>
          <ul className="min-h-0 flex-1 space-y-2 overflow-hidden" data-testid="screen-overdue">
            {overdue.rows.filter((r) => r.overdue).map((r) => (
              <li key={r.id} className="rounded bg-red-950/40 px-3 py-2 ring-1 ring-red-900/50">
                <p className="truncate text-lg text-white">{r.description}</p>
                <p className="text-sm text-red-300">{r.node.name} · {locale === "en" ? `${r.daysOverdue} d overdue` : `逾期 ${r.daysOverdue} 天`}</p>
              </li>
            ))}
            {overdue.overdue ? null : <li className="text-lg text-slate-400">{t("home.noOverdue")}</li>}
          </ul>
        </div>
      </section>
    </div>
  );
}
