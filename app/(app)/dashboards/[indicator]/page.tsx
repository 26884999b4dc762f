import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { Download } from "lucide-react";
import { can } from "@/lib/access/actor";
import { orNotFound } from "@/lib/access/page";
import { requirePageActor } from "@/lib/auth/current-actor";
import { isIndicatorCode } from "@/lib/dashboards/catalogue";
import { formatFigure } from "@/lib/dashboards/format";
import { getDrill } from "@/lib/dashboards/read";
import { summaryQuery } from "@/lib/dashboards/schemas";
import { now } from "@/lib/time/clock";
import { DrillTable } from "@/components/dashboards/drill-table";
import { freshnessText } from "@/components/dashboards/dashboard-view";
import { LeafRecords } from "@/components/dashboards/leaf-records";
import { PeriodPicker } from "@/components/dashboards/period-picker";
import { Breadcrumb } from "@/components/shell/breadcrumb";
import { buttonClass } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";

type Params = { indicator: string };

export async function generateMetadata({ params }: { params: Promise<Params> }): Promise<Metadata> {
  const { indicator } = await params;
  const t = await getTranslations("dashboards");
  return { title: isIndicatorCode(indicator) ? t(`indicators.${indicator}.name`) : t("title") };
}

/** One indicator by unit, one level at a time: a row opens its children, a unit without children its records. */
export default async function DrillPage({ params, searchParams }: { params: Promise<Params>; searchParams: Promise<{ node?: string; period?: string }> }) {
  const actor = await requirePageActor();
  const { indicator } = await params;
  if (!isIndicatorCode(indicator)) notFound();
  const t = await getTranslations("dashboards");
  const locale = (await getLocale()) as "zh-CN" | "en";
  const q = summaryQuery.safeParse(await searchParams);
  const at = await now();
  const d = await orNotFound(getDrill({ actor, indicator, nodeId: q.success ? q.data.node : undefined, period: q.success ? q.data.period : undefined, now: at }));
  const nodeQs = d.node ? `node=${d.node.id}&` : "";
  const name = t(`indicators.${indicator}.name`);
  const leaf = d.node && !d.node.hasChildren;
  // The records beneath the figure: at a leaf, and at a unit that keeps records of its own besides its children's
  // (a grassroots union files its weekly report itself; its pilot units below file nothing).
  const records = leaf || !!d.direct;
  return (
    <>
      <Breadcrumb items={[{ label: t("title"), href: `/dashboards?${nodeQs}period=${d.period}` }, ...d.breadcrumb.map((b) => ({ label: b.name, href: `/dashboards/${indicator}?node=${b.id}&period=${d.period}` }))]} />
      <PageHeader
        title={t("drill.title", { indicator: name })}
        description={`${d.node?.name ?? t("followedUnits")} · ${d.periodLabel} · ${freshnessText(d.refreshedAt, t, locale)}`}
        actions={
          can(actor, "export.run") ? (
            <a href={`/api/dashboards/drill/export?indicator=${indicator}&${nodeQs}period=${d.period}`} className={buttonClass("secondary", "sm")} data-testid="drill-export">
              <Download className="h-4 w-4" aria-hidden />
              {t("drill.export")}
            </a>
          ) : null
        }
      />
      <div className="mb-4 flex flex-wrap items-center justify-between gap-3">
        <PeriodPicker period={d.period} now={at} href={(p) => `/dashboards/${indicator}?${nodeQs}period=${p}`} />
        <div className="flex flex-wrap gap-4 text-sm">
          <span>{t("value")}：<strong className="tabular-nums" data-testid="drill-value">{formatFigure(indicator, d.total.value, locale)}</strong></span>
          <span className="text-slate-500">{t("previous")}：{formatFigure(indicator, d.total.previous, locale)}</span>
          <span className="text-slate-500">{t("target")}：{d.target === null ? t("noTarget") : formatFigure(indicator, d.target, locale)}</span>
        </div>
      </div>
      <Card className="mb-3 p-3 text-sm text-slate-600">
        <span className="font-medium text-slate-800">{t("catalogue.formula")}：</span>{t(`indicators.${indicator}.formula`)}
        <Link href={`/dashboards/catalogue#${indicator}`} className="ml-2 text-brand-700 hover:underline">{t("catalogueTitle")}</Link>
      </Card>
      {d.rows.length ? (
        <Card className="p-0">
          <DrillTable code={indicator} rows={d.rows} direct={d.direct} total={d.total} target={d.target} hrefBase={`/dashboards/${indicator}?period=${d.period}&node=`} />
        </Card>
      ) : null}
      {leaf ? <p className="mt-4 text-sm text-slate-500" data-testid="leaf-hint">{t("drill.leaf")}</p> : null}
      {d.node ? <LeafRecords actor={actor} ind={d.indicator} node={d.node} period={d.period} now={at} linkOnly={!records} /> : null}
    </>
  );
}
