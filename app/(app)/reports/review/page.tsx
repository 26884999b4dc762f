import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { requirePageActor } from "@/lib/auth/current-actor";
import { orNotFound } from "@/lib/access/page";
import { getMyTenant } from "@/lib/org/read-tenant";
import { formatInZone, periodLabel } from "@/lib/reports/calendar";
import { listReviewQueue } from "@/lib/reports/read-submissions";
import { reportTabsFor } from "@/lib/reports/tabs";
import { buttonClass } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { Table, Td, Th } from "@/components/ui/table";
import { ReportsTabs } from "@/components/reports/reports-tabs";
import { PeriodName } from "@/components/reports/period-name";
import { StatusBadge } from "@/components/reports/status-badge";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("reports"))("tabs.review") };
}

export default async function ReviewQueuePage() {
  const actor = await requirePageActor();
  const t = await getTranslations("reports");
  const rows = await orNotFound(listReviewQueue({ actor }));
  const tz = (await getMyTenant({ actor }))?.timeZone ?? "Asia/Shanghai";
  return (
    <>
      <PageHeader title={t("review.queueTitle")} description={t("review.queueHint")} />
      <ReportsTabs active="review" tabs={reportTabsFor(actor)} />
      <Card>
        {rows.length ? (
          <Table>
            <thead>
              <tr>
                <Th>{t("review.unit")}</Th>
                <Th className="hidden sm:table-cell">{t("review.type")}</Th>
                <Th className="hidden sm:table-cell">{t("review.period")}</Th>
                <Th className="hidden md:table-cell">{t("review.submittedAt")}</Th>
                <Th>{t("review.timeliness")}</Th>
                <Th className="hidden sm:table-cell">{t("review.progress")}</Th>
                <Th />
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100" data-testid="review-queue">
              {rows.map((r) => (
                <tr key={r.id}>
                  <Td>
                    <p className="font-medium text-slate-900">{r.nodeName}</p>
                    {/* On a phone the report and its period go under the unit, not in columns of their own. */}
                    <p className="mt-0.5 text-xs text-slate-500 sm:hidden">
                      {r.typeName} · <PeriodName label={periodLabel(r.cadence, r.periodKey, actor.locale)} />
                    </p>
                  </Td>
                  <Td className="hidden sm:table-cell">{r.typeName}</Td>
                  <Td className="hidden sm:table-cell">
                    <PeriodName label={periodLabel(r.cadence, r.periodKey, actor.locale)} />
                  </Td>
                  <Td className="hidden whitespace-nowrap md:table-cell">{formatInZone(r.submittedAt, tz)}</Td>
                  <Td><StatusBadge status={r.onTime ? "SUBMITTED_ON_TIME" : "SUBMITTED_LATE"} /></Td>
                  <Td className="hidden sm:table-cell">{t("review.levels", { done: r.approvedLevel, total: r.levels })}</Td>
                  <Td className="text-right">
                    <Link href={`/reports/${r.typeCode}/${r.periodKey}/${r.nodeId}`} className={buttonClass("primary", "sm")}>{t("review.open")}</Link>
                  </Td>
                </tr>
              ))}
            </tbody>
          </Table>
        ) : (
          <EmptyState title={t("review.empty")} />
        )}
      </Card>
    </>
  );
}
