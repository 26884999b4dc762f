import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { can } from "@/lib/access/actor";
import { requirePageActor } from "@/lib/auth/current-actor";
import { currentPeriodKey, formatInZone, ruleLabel } from "@/lib/reports/calendar";
import { formatRate } from "@/lib/reports/completeness";
import { getCompleteness } from "@/lib/reports/read-completeness";
import { countReviewQueue, listMyFilings } from "@/lib/reports/read-submissions";
import { listReportTypes } from "@/lib/reports/report-types";
import { reportTabsFor } from "@/lib/reports/tabs";
import { typeName } from "@/lib/reports/type-def";
import { now } from "@/lib/time/clock";
import { buttonClass } from "@/components/ui/button";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { Table, Td, Th } from "@/components/ui/table";
import { ReportsTabs } from "@/components/reports/reports-tabs";
import { PeriodName } from "@/components/reports/period-name";
import { StatusBadge } from "@/components/reports/status-badge";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("nav"))("reports") };
}

export default async function ReportsPage() {
  const actor = await requirePageActor();
  const t = await getTranslations("reports");
  const at = await now();
  const tabs = reportTabsFor(actor);
  const filings = can(actor, "reports.submit") ? await listMyFilings({ actor, now: at }) : [];
  const overview = !filings.length && can(actor, "reports.read") ? await listReportTypes({ actor }) : [];
  const summaries = await Promise.all(
    overview.map(async (def) => {
      const key = currentPeriodKey(def.rule, at, def.tz);
      const c = await getCompleteness({ actor, type: def.code, now: at, from: key, to: key }).catch(() => null);
      const last = c?.trend.at(-1);
      return { def, current: c?.periods.at(-1) ?? null, last };
    }),
  );
  const waiting = can(actor, "reports.review") ? await countReviewQueue({ actor }) : 0;
  return (
    <>
      <PageHeader title={t("title")} description={t("subtitle")} />
      <ReportsTabs active="mine" tabs={tabs} />
      {waiting > 0 ? (
        <Link href="/reports/review" className="mb-4 block rounded-md bg-amber-50 px-4 py-3 text-sm text-amber-900 ring-1 ring-amber-200 hover:bg-amber-100" data-testid="review-waiting">
          {t("home.waiting", { count: waiting })}
        </Link>
      ) : null}
      {filings.length ? (
        <div className="space-y-5">
          {filings.map(({ def, units, more }) => (
            <Card key={def.id}>
              <CardHeader title={typeName(def, actor.locale)} description={ruleLabel(def.rule, actor.locale)} />
              <div className="divide-y divide-slate-100">
                {units.map((u) => (
                  <div key={u.id} className="px-4 py-3" data-testid="my-unit">
                    {units.length > 1 ? <p className="mb-2 text-sm font-medium text-slate-800">{u.name}</p> : null}
                    <Table>
                      <thead>
                        <tr>
                          <Th>{t("home.period")}</Th>
                          <Th className="hidden sm:table-cell">{t("home.deadline")}</Th>
                          <Th>{t("home.status")}</Th>
                          <Th className="text-right">{t("home.action")}</Th>
                        </tr>
                      </thead>
                      <tbody className="divide-y divide-slate-100">
                        {u.periods.map((p) => {
                          const editable = !p.locked && (p.stored === null || p.stored === "DRAFT" || p.stored === "RETURNED");
                          return (
                            <tr key={p.key} data-testid={`period-${def.code}-${p.key}`}>
                              <Td className="sm:whitespace-nowrap">
                                <PeriodName label={p.label} />
                              </Td>
                              <Td className="hidden whitespace-nowrap text-slate-500 sm:table-cell">{formatInZone(p.deadline, def.tz)}</Td>
                              <Td><StatusBadge status={p.status} /></Td>
                              <Td className="text-right">
                                <Link href={`/reports/${def.code}/${p.key}/${u.id}`} className={buttonClass(editable ? "primary" : "secondary", "sm")}>
                                  {editable ? t("home.fill") : t("home.view")}
                                </Link>
                              </Td>
                            </tr>
                          );
                        })}
                      </tbody>
                    </Table>
                  </div>
                ))}
              </div>
              {more > 0 ? <p className="border-t border-slate-100 px-4 py-2 text-sm text-slate-500">{t("home.more", { count: more })}</p> : null}
            </Card>
          ))}
        </div>
      ) : summaries.length ? (
        <div className="grid gap-4 md:grid-cols-2 xl:grid-cols-3">
          {summaries.map(({ def, current, last }) => (
            <Link key={def.id} href={`/reports/completeness?type=${def.code}`} className="group">
              <Card className="h-full transition-shadow group-hover:shadow-md">
                <CardBody>
                  <p className="font-medium text-slate-900">{typeName(def, actor.locale)}</p>
                  <p className="text-xs text-slate-500">{ruleLabel(def.rule, actor.locale)}</p>
                  {current && last ? (
                    <div className="mt-3 grid grid-cols-3 gap-2 text-center">
                      <div>
                        <p className="text-xs text-slate-500">{t("home.submitted")}</p>
                        <p className="text-lg font-semibold tabular-nums">{last.submitted}/{last.expected}</p>
                      </div>
                      <div>
                        <p className="text-xs text-slate-500">{t("home.submissionRate")}</p>
                        <p className="text-lg font-semibold tabular-nums">{formatRate(last.submissionRate)}</p>
                      </div>
                      <div>
                        <p className="text-xs text-slate-500">{t("home.onTimeRate")}</p>
                        <p className="text-lg font-semibold tabular-nums">{formatRate(last.onTimeRate)}</p>
                      </div>
                      <p className="col-span-3 text-xs text-slate-500">{current.label}</p>
                    </div>
                  ) : (
                    <p className="mt-3 text-sm text-slate-500">{t("home.noPeriod")}</p>
                  )}
                </CardBody>
              </Card>
            </Link>
          ))}
        </div>
      ) : (
        <Card>
          <EmptyState
            title={t("home.empty")}
            hint={can(actor, "reports.configure") ? t("home.emptyAdmin") : undefined}
            action={can(actor, "reports.configure") ? <Link href="/reports/types" className={buttonClass("primary")}>{t("types.title")}</Link> : undefined}
          />
        </Card>
      )}
    </>
  );
}
