import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { requirePageActor } from "@/lib/auth/current-actor";
import { orNotFound } from "@/lib/access/page";
import { currentPeriodKey, isPeriodKey, periodLabel, shiftPeriodKey } from "@/lib/reports/calendar";
import { fieldLabel } from "@/lib/reports/fields";
import { getRollup } from "@/lib/reports/read-rollup";
import { listReportTypes } from "@/lib/reports/report-types";
import { reportTabsFor } from "@/lib/reports/tabs";
import { typeName } from "@/lib/reports/type-def";
import { now } from "@/lib/time/clock";
import { buttonClass } from "@/components/ui/button";
import { Card, CardHeader } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { Select } from "@/components/ui/field";
import { PageHeader } from "@/components/ui/page-header";
import { Table, Td, Th } from "@/components/ui/table";
import { AreaBreadcrumb } from "@/components/reports/area-breadcrumb";
import { ReportsTabs } from "@/components/reports/reports-tabs";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("reports"))("tabs.rollup") };
}

export default async function RollupPage({ searchParams }: { searchParams: Promise<{ type?: string; node?: string; period?: string }> }) {
  const actor = await requirePageActor();
  const t = await getTranslations("reports");
  const at = await now();
  const sp = await searchParams;
  const types = await orNotFound(listReportTypes({ actor }));
  const def = types.find((x) => x.code === sp.type) ?? types[0];
  if (!def) {
    return (
      <>
        <PageHeader title={t("rollup.title")} />
        <ReportsTabs active="rollup" tabs={reportTabsFor(actor)} />
        <Card><EmptyState title={t("home.empty")} /></Card>
      </>
    );
  }
  const current = currentPeriodKey(def.rule, at, def.tz);
  const period = sp.period && isPeriodKey(def.rule.cadence, sp.period) ? sp.period : current;
  const r = await orNotFound(getRollup({ actor, type: def.code, period, nodeId: sp.node && /^[a-z0-9]{1,40}$/.test(sp.node) ? sp.node : undefined }));
  const choices = Array.from({ length: 26 }, (_, i) => shiftPeriodKey(def.rule.cadence, current, -i));
  const link = (node: string) => `/reports/rollup?${new URLSearchParams({ type: def.code, node, period })}`;
  const num = (v: number) => v.toLocaleString("zh-CN", { maximumFractionDigits: 2 });
  const head = (p: (typeof r.paths)[number]) => `${p.parentLabel ? `${p.parentLabel}·` : ""}${fieldLabel(p, actor.locale)}${p.unit ? `（${p.unit}）` : ""}`;
  return (
    <>
      <PageHeader title={t("rollup.title")} description={t("rollup.subtitle", { period: r.periodLabel, node: r.area.node?.name ?? t("completeness.followed") })} />
      <ReportsTabs active="rollup" tabs={reportTabsFor(actor)} query={`?type=${def.code}${sp.node ? `&node=${sp.node}` : ""}`} />
      <form className="mb-4 flex flex-wrap items-end gap-3" method="get">
        <label className="text-sm text-slate-600">
          {t("completeness.type")}
          <Select name="type" defaultValue={def.code} className="mt-1 w-72">
            {types.map((ty) => <option key={ty.code} value={ty.code}>{typeName(ty, actor.locale)}</option>)}
          </Select>
        </label>
        <label className="text-sm text-slate-600">
          {t("completeness.period")}
          <Select name="period" defaultValue={period} className="mt-1 w-72">
            {choices.map((k) => <option key={k} value={k}>{periodLabel(def.rule.cadence, k, actor.locale)}</option>)}
          </Select>
        </label>
        {sp.node ? <input type="hidden" name="node" value={sp.node} /> : null}
        <button type="submit" className={buttonClass("secondary", "md")}>{t("completeness.apply")}</button>
      </form>
      <AreaBreadcrumb steps={r.area.breadcrumb} hrefFor={link} />
      <Card>
        <CardHeader title={typeName(def, actor.locale)} description={t("rollup.hint")} />
        {r.paths.length ? (
          <Table>
            <thead>
              <tr>
                <Th>{t("completeness.unit")}</Th>
                <Th className="text-right">{t("rollup.filed")}</Th>
                {/* Long field names wrap; the unit keeps room for its name (a phone scrolls the table sideways). */}
                {r.paths.map((p) => <Th key={p.path} className="min-w-[6rem] whitespace-normal text-right normal-case">{head(p)}</Th>)}
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100" data-testid="rollup-rows">
              {r.rows.map((row) => {
                const drill = !row.self && (row.expected > 1 || !row.isFiler);
                return (
                  <tr key={row.id}>
                    <Td className="min-w-[7rem] font-medium">
                      <Link href={drill ? link(row.id) : `/reports/${def.code}/${period}/${row.id}`} className="text-slate-900 hover:text-brand-700">{row.name}</Link>
                      {row.self ? <span className="ml-1 text-xs text-slate-500">{t("completeness.self")}</span> : null}
                    </Td>
                    <Td className="text-right tabular-nums">{row.reports}/{row.expected}</Td>
                    {row.values.map((v, i) => <Td key={i} className="text-right tabular-nums">{num(v)}</Td>)}
                  </tr>
                );
              })}
              <tr className="bg-slate-50 font-semibold" data-testid="rollup-total">
                <Td>{t("rollup.total")}</Td>
                <Td className="text-right tabular-nums">{r.total.reports}/{r.total.expected}</Td>
                {r.total.values.map((v, i) => <Td key={i} className="text-right tabular-nums">{num(v)}</Td>)}
              </tr>
            </tbody>
          </Table>
        ) : (
          <EmptyState title={t("rollup.noNumbers")} />
        )}
      </Card>
    </>
  );
}
