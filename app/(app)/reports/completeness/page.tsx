import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Download } from "lucide-react";
import { can } from "@/lib/access/actor";
import { requirePageActor } from "@/lib/auth/current-actor";
import { orNotFound } from "@/lib/access/page";
import { currentPeriodKey, periodLabel, shiftPeriodKey } from "@/lib/reports/calendar";
import { formatRate } from "@/lib/reports/completeness";
import { getCompleteness } from "@/lib/reports/read-completeness";
import { listReportTypes } from "@/lib/reports/report-types";
import { completenessQuery } from "@/lib/reports/schemas";
import { reportTabsFor } from "@/lib/reports/tabs";
import { typeName } from "@/lib/reports/type-def";
import { now } from "@/lib/time/clock";
import { buttonClass } from "@/components/ui/button";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { Select } from "@/components/ui/field";
import { PageHeader } from "@/components/ui/page-header";
import { Table, Td, Th } from "@/components/ui/table";
import { CompletenessChart } from "@/components/reports/completeness-chart";
import { ReportsTabs } from "@/components/reports/reports-tabs";
import { AreaBreadcrumb } from "@/components/reports/area-breadcrumb";
import { PeriodName } from "@/components/reports/period-name";
import { StatusBadge } from "@/components/reports/status-badge";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("reports"))("tabs.completeness") };
}

type Search = { type?: string; node?: string; from?: string; to?: string };

export default async function CompletenessPage({ searchParams }: { searchParams: Promise<Search> }) {
  const actor = await requirePageActor();
  const t = await getTranslations("reports");
  const at = await now();
  const types = await orNotFound(listReportTypes({ actor }));
  const sp = await searchParams;
  const parsed = completenessQuery.safeParse({ ...sp, type: sp.type ?? types[0]?.code });
  if (!types.length || !parsed.success) {
    return (
      <>
        <PageHeader title={t("completeness.title")} />
        <ReportsTabs active="completeness" tabs={reportTabsFor(actor)} />
        <Card><EmptyState title={t("home.empty")} /></Card>
      </>
    );
  }
  const q = parsed.data;
  const c = await orNotFound(getCompleteness({ actor, type: q.type, nodeId: q.node, from: q.from, to: q.to, now: at }));
  const def = c.def;
  const current = currentPeriodKey(def.rule, at, def.tz);
  const choices = Array.from({ length: 26 }, (_, i) => shiftPeriodKey(def.rule.cadence, current, -i));
  const to = c.periods.at(-1)?.key ?? current;
  const from = c.periods[0]?.key ?? to;
  const link = (node?: string) => `/reports/completeness?${new URLSearchParams({ type: def.code, ...(node ? { node } : {}), from, to })}`;
  const query = `?${new URLSearchParams({ type: def.code, ...(q.node ? { node: q.node } : {}) })}`;
  const exportQs = new URLSearchParams({ type: def.code, period: to, ...(c.area.node ? { node: c.area.node.id } : {}) });
  const stats = [
    { key: "expected", value: c.total.counts.expected },
    { key: "submitted", value: c.total.counts.submitted },
    { key: "onTime", value: c.total.counts.onTime },
    { key: "late", value: c.total.counts.late },
    { key: "missing", value: c.total.counts.missing },
    { key: "submissionRate", value: formatRate(c.total.submissionRate) },
    { key: "onTimeRate", value: formatRate(c.total.onTimeRate) },
  ];
  return (
    <>
      <PageHeader
        title={t("completeness.title")}
        description={c.area.node ? c.area.node.name : t("completeness.followed")}
        actions={
          can(actor, "export.run") ? (
            <>
              <a href={`/api/reports/export?${exportQs}`} className={buttonClass("secondary", "sm")} data-testid="export-period">
                <Download className="h-4 w-4" aria-hidden />
                {t("completeness.exportPeriod")}
              </a>
              {def.exportTitle ? (
                <a href={`/api/reports/export/aggregated?${exportQs}`} className={buttonClass("secondary", "sm")} data-testid="export-aggregated">
                  <Download className="h-4 w-4" aria-hidden />
                  {t("completeness.exportTable")}
                </a>
              ) : null}
            </>
          ) : null
        }
      />
      <ReportsTabs active="completeness" tabs={reportTabsFor(actor)} query={query} />
      <form className="mb-4 flex flex-wrap items-end gap-3" method="get">
        <label className="text-sm text-slate-600">
          {t("completeness.type")}
          <Select name="type" defaultValue={def.code} className="mt-1 w-72">
            {types.map((ty) => <option key={ty.code} value={ty.code}>{typeName(ty, actor.locale)}</option>)}
          </Select>
        </label>
        <label className="text-sm text-slate-600">
          {t("completeness.from")}
          <Select name="from" defaultValue={from} className="mt-1 w-72">
            {choices.map((k) => <option key={k} value={k}>{periodLabel(def.rule.cadence, k, actor.locale)}</option>)}
          </Select>
        </label>
        <label className="text-sm text-slate-600">
          {t("completeness.to")}
          <Select name="to" defaultValue={to} className="mt-1 w-72">
            {choices.map((k) => <option key={k} value={k}>{periodLabel(def.rule.cadence, k, actor.locale)}</option>)}
          </Select>
        </label>
        {q.node ? <input type="hidden" name="node" value={q.node} /> : null}
        <button type="submit" className={buttonClass("secondary", "md")}>{t("completeness.apply")}</button>
      </form>
      <AreaBreadcrumb steps={c.area.breadcrumb} hrefFor={link} />
      <div className="grid grid-cols-2 gap-3 sm:grid-cols-4 xl:grid-cols-7" data-testid="completeness-totals">
        {stats.map((s) => (
          <Card key={s.key} className="p-3">
            <p className="text-xs text-slate-500">{t(`completeness.${s.key}`)}</p>
            <p className="mt-1 text-xl font-semibold tabular-nums text-slate-900" data-testid={`total-${s.key}`}>{s.value}</p>
          </Card>
        ))}
      </div>
      {c.trend.length > 1 ? (
        <Card className="mt-5">
          <CardHeader title={t("completeness.trend")} />
          <CardBody>
            <CompletenessChart points={c.trend} />
          </CardBody>
        </Card>
      ) : null}
      <Card className="mt-5">
        <CardHeader title={t("completeness.byUnit")} description={t("completeness.rateHint")} />
        {c.rows.length ? (
          <Table>
            <thead>
              <tr>
                <Th>{t("completeness.unit")}</Th>
                {/* On a phone: the unit, what is missing and the two rates; the counts behind them from sm up. */}
                <Th className="hidden text-right sm:table-cell">{t("completeness.expected")}</Th>
                <Th className="hidden text-right sm:table-cell">{t("completeness.submitted")}</Th>
                <Th className="hidden text-right sm:table-cell">{t("completeness.onTime")}</Th>
                <Th className="hidden text-right sm:table-cell">{t("completeness.late")}</Th>
                <Th className="text-right">{t("completeness.missing")}</Th>
                <Th className="text-right">{t("completeness.submissionRate")}</Th>
                <Th className="text-right">{t("completeness.onTimeRate")}</Th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100" data-testid="completeness-rows">
              {c.rows.map((r) => {
                // A row with units below it drills down; a single filing unit opens its report of the last period.
                const drill = !r.self && (r.units > 1 || !r.isFiler);
                const href = drill ? link(r.id) : `/reports/${def.code}/${to}/${r.id}`;
                return (
                  <tr key={r.id} data-testid="completeness-row" data-unit={r.name}>
                    <Td className="min-w-[7rem] font-medium">
                      <Link href={href} className="text-slate-900 hover:text-brand-700">{r.name}</Link>
                      {r.self ? <span className="ml-1 text-xs text-slate-500">{t("completeness.self")}</span> : null}
                      {drill ? <span className="ml-1 text-xs text-slate-400">{t("completeness.units", { count: r.units })}</span> : null}
                    </Td>
                    <Td className="hidden text-right tabular-nums sm:table-cell">{r.counts.expected}</Td>
                    <Td className="hidden text-right tabular-nums sm:table-cell">{r.counts.submitted}</Td>
                    <Td className="hidden text-right tabular-nums sm:table-cell">{r.counts.onTime}</Td>
                    <Td className="hidden text-right tabular-nums sm:table-cell">{r.counts.late}</Td>
                    <Td className={`text-right tabular-nums ${r.counts.missing ? "font-medium text-red-700" : ""}`}>{r.counts.missing}</Td>
                    <Td className="text-right tabular-nums">{formatRate(r.submissionRate)}</Td>
                    <Td className="text-right tabular-nums">{formatRate(r.onTimeRate)}</Td>
                  </tr>
                );
              })}
            </tbody>
          </Table>
        ) : (
          <EmptyState title={t("completeness.noUnits")} />
        )}
      </Card>
      <Card className="mt-5">
        <CardHeader title={t("completeness.missingTitle", { count: c.total.counts.missing })} />
        {c.missing.length ? (
          <Table>
            <thead>
              <tr>
                <Th>{t("completeness.unit")}</Th>
                <Th className="hidden sm:table-cell">{t("completeness.parent")}</Th>
                <Th className="hidden sm:table-cell">{t("completeness.period")}</Th>
                <Th>{t("completeness.status")}</Th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100" data-testid="missing-list">
              {c.missing.map((m) => (
                <tr key={`${m.nodeId}-${m.periodKey}`}>
                  <Td>
                    <Link href={`/reports/${def.code}/${m.periodKey}/${m.nodeId}`} className="text-slate-900 hover:text-brand-700">{m.name}</Link>
                    {/* On a phone the period goes under the unit. */}
                    <p className="mt-0.5 text-xs text-slate-500 sm:hidden">
                      <PeriodName label={periodLabel(def.rule.cadence, m.periodKey, actor.locale)} />
                    </p>
                  </Td>
                  <Td className="hidden text-slate-500 sm:table-cell">{m.parentName ?? ""}</Td>
                  <Td className="hidden whitespace-nowrap sm:table-cell">{periodLabel(def.rule.cadence, m.periodKey, actor.locale)}</Td>
                  <Td><StatusBadge status="MISSING" />{m.status === "DRAFT" ? <span className="ml-1 text-xs text-slate-500">{t("completeness.hasDraft")}</span> : null}</Td>
                </tr>
              ))}
            </tbody>
          </Table>
        ) : (
          <p className="px-4 py-6 text-sm text-slate-500">{t("completeness.noneMissing")}</p>
        )}
      </Card>
    </>
  );
}
