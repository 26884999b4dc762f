import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { AlertTriangle, BookOpen, Clock, MonitorPlay } from "lucide-react";
import type { Dashboard, Drill } from "@/lib/dashboards/read";
import { CATALOGUE, SECTIONS } from "@/lib/dashboards/catalogue";
import { formatFigure } from "@/lib/dashboards/format";
import { buttonClass } from "@/components/ui/button";
import { Card, CardHeader } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { IndicatorCard } from "./indicator-card";
import { PeriodPicker } from "./period-picker";

type Overdue = { rows: { id: string; description: string; deadline: Date; overdue: boolean; daysOverdue: number; node: { id: string; name: string } }[]; open: number; overdue: number };

export function freshnessText(at: Date | null, t: (k: string, p?: Record<string, string>) => string, locale: string) {
  if (!at) return t("notRefreshed");
  const time = new Intl.DateTimeFormat(locale, { timeZone: "Asia/Shanghai", month: "numeric", day: "numeric", hour: "2-digit", minute: "2-digit", second: "2-digit", hour12: false }).format(at);
  return t("refreshedAt", { time });
}

/** A node's (or the actor's units') dashboard: every indicator by section, overdue rectifications, units to watch. */
export async function DashboardView({ d, overdue, weakest, now, basePath, title }: { d: Dashboard; overdue: Overdue; weakest: Drill | null; now: Date; basePath: string; title: string }) {
  const t = await getTranslations("dashboards");
  const locale = (await getLocale()) as "zh-CN" | "en";
  const nodeQs = d.node ? `node=${d.node.id}&` : "";
  const periodHref = (p: string) => `${basePath}?${nodeQs}period=${p}`;
  const drillHref = (code: string) => `/dashboards/${code}?${nodeQs}period=${d.period}`;
  return (
    <>
      <PageHeader
        title={title}
        description={
          <span className="inline-flex items-center gap-1" data-testid="freshness">
            <Clock className="h-3.5 w-3.5" aria-hidden />
            {freshnessText(d.refreshedAt, t, locale)} · {t("freshHint")}
          </span>
        }
        actions={
          <>
            <Link href={`/dashboards/catalogue`} className={buttonClass("secondary", "sm")}>
              <BookOpen className="h-4 w-4" aria-hidden />
              {t("home.catalogue")}
            </Link>
            <Link href={`/dashboards/screen${d.node ? `?node=${d.node.id}` : ""}`} className={buttonClass("secondary", "sm")} data-testid="open-screen">
              <MonitorPlay className="h-4 w-4" aria-hidden />
              {t("home.bigScreen")}
            </Link>
          </>
        }
      />
      <div className="mb-4 flex flex-wrap items-center justify-between gap-3">
        <PeriodPicker period={d.period} now={now} href={periodHref} />
        {!d.node && d.roots.length > 1 ? (
          <div className="flex flex-wrap items-center gap-1.5 text-sm">
            <span className="text-slate-500">{t("followedUnits")}：</span>
            {d.roots.map((r) => (
              <Link key={r.id} href={`/dashboards?node=${r.id}&period=${d.period}`} className="rounded-full bg-white px-2.5 py-0.5 text-slate-700 ring-1 ring-slate-200 hover:text-brand-700">
                {r.name}
              </Link>
            ))}
          </div>
        ) : null}
      </div>
      <div className="grid gap-5 xl:grid-cols-[1fr_20rem]">
        <div className="space-y-5" data-testid="dashboard-cards">
          {SECTIONS.map((s) => {
            const cards = d.cards.filter((c) => CATALOGUE.find((i) => i.code === c.code)!.section === s);
            return (
              <section key={s} aria-labelledby={`section-${s}`}>
                <h2 id={`section-${s}`} className="mb-2 text-sm font-semibold text-slate-700">{t(`sections.${s}`)}</h2>
                <div className="grid grid-cols-1 gap-3 sm:grid-cols-2 lg:grid-cols-3 2xl:grid-cols-4">
                  {cards.map((c) => (
                    <IndicatorCard key={c.code} card={c} href={drillHref(c.code)} />
                  ))}
                </div>
              </section>
            );
          })}
        </div>
        <aside className="space-y-5">
          <Card>
            <CardHeader
              title={
                <span className="inline-flex items-center gap-1.5">
                  <AlertTriangle className={overdue.overdue ? "h-4 w-4 text-red-600" : "h-4 w-4 text-slate-400"} aria-hidden />
                  {t("home.openRectifications", { count: overdue.open })}
                  {overdue.overdue ? <span className="rounded-full bg-red-600 px-1.5 text-xs font-semibold text-white" data-testid="overdue-count">{t("home.overdueCount", { count: overdue.overdue })}</span> : null}
                </span>
              }
              actions={<Link href={`/rectifications?${overdue.overdue ? "state=OVERDUE" : ""}${d.node ? `&node=${d.node.id}` : ""}`} className="text-sm text-brand-700 hover:underline">{t("home.allRectifications")}</Link>}
            />
            {overdue.rows.length ? (
              <ul className="divide-y divide-slate-100" data-testid="overdue-list">
                {overdue.rows.map((r) => (
                  <li key={r.id} className={r.overdue ? "border-l-4 border-red-500 bg-red-50/60 px-3 py-2.5 text-sm" : "px-4 py-2.5 text-sm"} data-testid="open-rectification" data-overdue={r.overdue ? "1" : "0"}>
                    <Link href={`/rectifications/${r.id}`} className="font-medium text-slate-900 hover:text-brand-700">{r.description}</Link>
                    <p className="mt-0.5 text-xs text-slate-500">
                      {r.node.name} ·{" "}
                      {r.overdue ? (
                        <span className="font-medium text-red-700">{locale === "en" ? `${r.daysOverdue} d overdue` : `逾期 ${r.daysOverdue} 天`}</span>
                      ) : (
                        <span>{t("home.dueOn", { date: new Intl.DateTimeFormat(locale, { timeZone: "Asia/Shanghai", month: "numeric", day: "numeric" }).format(r.deadline) })}</span>
                      )}
                    </p>
                  </li>
                ))}
              </ul>
            ) : (
              <p className="px-4 py-5 text-sm text-slate-500">{t("home.noOverdue")}</p>
            )}
          </Card>
          {weakest && weakest.rows.length ? (
            <Card>
              <CardHeader title={t("home.weakest")} description={t("home.weakestHint")} />
              <ul className="divide-y divide-slate-100" data-testid="weakest-list">
                {[...weakest.rows]
                  .filter((r) => r.value !== null)
                  .sort((a, b) => (a.value ?? 0) - (b.value ?? 0))
                  .slice(0, 6)
                  .map((r) => (
                    <li key={r.id} className="flex items-center justify-between px-4 py-2 text-sm">
                      <Link href={`/dashboards/report_submission?node=${r.id}&period=${d.period}`} className="truncate text-slate-800 hover:text-brand-700">{r.name}</Link>
                      <span className="tabular-nums text-slate-600">{formatFigure("report_submission", r.value, locale)}</span>
                    </li>
                  ))}
              </ul>
            </Card>
          ) : null}
        </aside>
      </div>
    </>
  );
}
