import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ArrowLeft, Printer } from "lucide-react";
import { requirePageActor } from "@/lib/auth/current-actor";
import { orNotFound } from "@/lib/access/page";
import { formatInZone } from "@/lib/reports/calendar";
import { getReportView } from "@/lib/reports/read-submissions";
import { typeName } from "@/lib/reports/type-def";
import { now } from "@/lib/time/clock";
import { Alert } from "@/components/ui/alert";
import { buttonClass } from "@/components/ui/button";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { PrintButton } from "@/components/reports/print-button";
import { ReportForm } from "@/components/reports/report-form";
import { ReportValues } from "@/components/reports/report-values";
import { ReopenPanel, ReviewPanel } from "@/components/reports/review-panel";
import { RevisionHistory } from "@/components/reports/revision-history";
import { StatusBadge } from "@/components/reports/status-badge";

type Params = { type: string; period: string; node: string };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("reports"))("filing.title") };
}

export default async function ReportPage({ params, searchParams }: { params: Promise<Params>; searchParams: Promise<{ print?: string }> }) {
  const actor = await requirePageActor();
  const { type, period, node } = await params;
  const { print } = await searchParams;
  const t = await getTranslations("reports");
  const v = await orNotFound(getReportView({ actor, type, period, nodeId: node, now: await now() }));
  const tz = v.def.tz;
  const name = typeName(v.def, actor.locale);
  const sub = v.submission;

  if (print === "1") {
    return (
      <article className="mx-auto max-w-[190mm] bg-white p-6 print:p-0" data-testid="report-print">
        <style>{`@page { size: A4; margin: 15mm; } @media print { main { padding: 0 !important; max-width: none !important; } }`}</style>
        <div className="no-print mb-4 flex justify-between">
          <Link href={`/reports/${type}/${period}/${node}`} className={buttonClass("ghost", "sm")}><ArrowLeft className="h-4 w-4" />{t("filing.back")}</Link>
          <PrintButton label={t("filing.print")} />
        </div>
        <h1 className="text-center text-xl font-bold">{name}</h1>
        <p className="mt-1 text-center text-sm text-slate-600">{v.periodLabel}</p>
        <table className="mt-4 w-full border-collapse text-sm">
          <tbody>
            <tr>
              <th className="w-24 border border-slate-300 bg-slate-50 px-2 py-1 text-left font-medium">{t("filing.unit")}</th>
              <td className="border border-slate-300 px-2 py-1">{v.node.name}</td>
              <th className="w-24 border border-slate-300 bg-slate-50 px-2 py-1 text-left font-medium">{t("filing.status")}</th>
              <td className="border border-slate-300 px-2 py-1">{t(`status.${v.display}`)}</td>
            </tr>
            <tr>
              <th className="border border-slate-300 bg-slate-50 px-2 py-1 text-left font-medium">{t("filing.submittedBy")}</th>
              <td className="border border-slate-300 px-2 py-1">{sub?.submittedBy ?? ""}</td>
              <th className="border border-slate-300 bg-slate-50 px-2 py-1 text-left font-medium">{t("filing.submittedAt")}</th>
              <td className="border border-slate-300 px-2 py-1">{sub?.firstSubmittedAt ? formatInZone(sub.firstSubmittedAt, tz) : ""}</td>
            </tr>
          </tbody>
        </table>
        <div className="mt-5">
          <ReportValues fields={v.def.fields} data={sub?.data ?? {}} locale={actor.locale} print />
        </div>
        <p className="mt-8 text-right text-xs text-slate-500">{t("filing.printedAt", { at: formatInZone(v.now, tz) })}</p>
      </article>
    );
  }

  return (
    <>
      <PageHeader
        title={name}
        description={t("filing.subtitle", { unit: v.node.name, period: v.periodLabel, deadline: formatInZone(v.period.deadline, tz) })}
        actions={
          <>
            <StatusBadge status={v.display} />
            {sub ? (
              <Link href={`/reports/${type}/${period}/${node}?print=1`} className={buttonClass("secondary", "sm")} data-testid="print-link">
                <Printer className="h-4 w-4" aria-hidden />
                {t("filing.print")}
              </Link>
            ) : null}
          </>
        }
      />
      <p className="-mt-3 mb-4 text-xs text-slate-500">{v.node.breadcrumb.join(" / ")}</p>
      <div className="space-y-3">
        {sub?.status === "RETURNED" && sub.returnComment ? (
          <Alert tone="error">
            <span data-testid="return-comment">{t("filing.returned", { comment: sub.returnComment })}</span>
          </Alert>
        ) : null}
        {v.locked && (!sub || sub.status === "DRAFT" || sub.status === "RETURNED") ? <Alert tone="info">{t("filing.locked")}</Alert> : null}
        {!v.locked && sub?.reopenedUntil && sub.reopenedUntil > v.now ? <Alert tone="info">{t("filing.reopened", { until: formatInZone(sub.reopenedUntil, tz) })}</Alert> : null}
        {!v.open ? <Alert tone="info">{t("filing.notOpen", { at: formatInZone(v.period.opensAt, tz) })}</Alert> : null}
        {v.def.description && v.can.edit ? <Alert tone="info">{v.def.description}</Alert> : null}
      </div>
      <div className="mt-4 grid gap-5 lg:grid-cols-[minmax(0,1fr)_20rem]">
        <Card>
          <CardBody>
            {v.can.edit ? (
              <ReportForm
                type={type}
                period={period}
                nodeId={node}
                fields={v.def.fields}
                initial={v.initialData}
                version={sub?.version ?? 0}
                tz={tz}
                locale={actor.locale}
                prefill={v.prefill}
                differs={v.differsFromPrefill}
              />
            ) : (
              <ReportValues fields={v.def.fields} data={sub?.data ?? {}} locale={actor.locale} />
            )}
          </CardBody>
        </Card>
        <div className="space-y-5">
          {sub ? (
            <Card>
              <CardHeader title={t("filing.progress")} />
              <CardBody className="space-y-2 text-sm">
                <p className="text-slate-600">
                  {sub.firstSubmittedAt ? t("filing.firstSubmitted", { at: formatInZone(sub.firstSubmittedAt, tz), who: sub.submittedBy ?? "" }) : t("filing.notSubmitted")}
                </p>
                {v.chain.length ? (
                  <ol className="space-y-1" data-testid="review-chain">
                    {v.chain.map((c) => (
                      <li key={c.id} className="flex items-center justify-between gap-2">
                        <span>{t("filing.level", { level: c.level, name: c.name })}</span>
                        <span className={c.approved ? "text-green-700" : "text-slate-400"}>{c.approved ? t("filing.approved") : t("filing.pending")}</span>
                      </li>
                    ))}
                  </ol>
                ) : null}
              </CardBody>
            </Card>
          ) : null}
          {v.can.review && sub ? (
            <Card>
              <CardHeader title={t("review.title")} />
              <CardBody>
                <ReviewPanel submissionId={sub.id} version={sub.version} level={v.can.reviewLevel} />
              </CardBody>
            </Card>
          ) : null}
          {v.can.reopen ? (
            <Card>
              <CardHeader title={t("reopen.title")} description={t("reopen.hint")} />
              <CardBody>
                <ReopenPanel type={type} period={period} nodeId={node} />
              </CardBody>
            </Card>
          ) : null}
          {sub && v.revisions.length ? (
            <Card>
              <CardHeader title={t("history.title")} />
              <CardBody className="px-2 py-2">
                <RevisionHistory submissionId={sub.id} revisions={v.revisions} fields={v.def.fields} tz={tz} locale={actor.locale} />
              </CardBody>
            </Card>
          ) : null}
          <Link href="/reports" className={buttonClass("ghost", "sm", "no-print")}><ArrowLeft className="h-4 w-4" />{t("filing.back")}</Link>
        </div>
      </div>
    </>
  );
}
