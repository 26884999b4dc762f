import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { FileText } from "lucide-react";
import { orNotFound } from "@/lib/access/page";
import { requirePageActor } from "@/lib/auth/current-actor";
import { getAssignment } from "@/lib/campaigns/tasks/tasks";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { TaskStateBadge } from "@/components/campaigns/badges";
import { PhotoStrip } from "@/components/campaigns/photo-upload";
import { PassDownForm, ReportForm } from "@/components/campaigns/report-form";

export default async function AssignmentPage({ params }: { params: Promise<{ id: string; assignmentId: string }> }) {
  const actor = await requirePageActor();
  const { id, assignmentId } = await params;
  const [t, format] = await Promise.all([getTranslations("campaigns"), getFormatter()]);
  const d = await orNotFound(getAssignment({ actor, assignmentId }));
  if (d.campaign.id !== id) return <EmptyState title={t("tasks.notInCampaign")} />;
  const a = d.assignment;
  const when = (x: Date) => format.dateTime(x, { dateStyle: "medium", timeStyle: "short" });
  return (
    <div className="space-y-6">
      <Link href={`/campaigns/${id}/tasks`} className="text-sm text-slate-500 hover:text-brand-700">← {t("tasks.title")}</Link>
      <Card>
        <CardHeader title={a.task.title} description={`${a.node.name} · ${t("tasks.due", { when: when(a.task.dueAt) })}`} actions={<span data-testid="assignment-state"><TaskStateBadge status={a.status} overdue={a.overdue} /></span>} />
        <CardBody className="grid gap-3 text-sm sm:grid-cols-3">
          <p><span className="text-slate-500">{t("tasks.progressLabel")}：</span><span className="tabular-nums">{a.progress}%</span></p>
          <p><span className="text-slate-500">{t("tasks.responsible")}：</span>{a.responsibleName ?? a.task.responsibleName ?? "—"}</p>
          <p><span className="text-slate-500">{t("tasks.lastReport")}：</span>{a.lastReportAt ? when(a.lastReportAt) : "—"}</p>
          {a.task.description ? <p className="sm:col-span-3 text-slate-600">{a.task.description}</p> : null}
        </CardBody>
      </Card>
      <div className="grid gap-6 xl:grid-cols-[1fr_24rem]">
        <Card>
          <CardHeader title={t("tasks.reports")} description={t("tasks.reportsHint")} />
          {d.reports.length === 0 ? (
            <EmptyState title={t("tasks.noReports")} />
          ) : (
            <ol className="divide-y divide-slate-100" data-testid="reports">
              {d.reports.map((r) => (
                <li key={r.id} className="space-y-2 px-4 py-3">
                  <div className="flex flex-wrap items-center justify-between gap-2 text-xs text-slate-500">
                    <span>{r.reportedBy} · {when(r.createdAt)}</span>
                    <span className="tabular-nums">{r.done ? t("tasks.state.DONE") : `${r.progress}%`}</span>
                  </div>
                  <p className="whitespace-pre-line text-sm text-slate-800">{r.text}</p>
                  <PhotoStrip ids={r.photoIds} alt={t("tasks.evidence")} />
                  {r.fileIds.length ? (
                    <ul className="flex flex-wrap gap-2">
                      {r.fileIds.map((f, i) => (
                        <li key={f}>
                          <a href={`/api/files/${f}`} className="inline-flex items-center gap-1 text-xs text-brand-700 hover:underline"><FileText className="h-3.5 w-3.5" aria-hidden />{t("tasks.attachment", { n: i + 1 })}</a>
                        </li>
                      ))}
                    </ul>
                  ) : null}
                </li>
              ))}
            </ol>
          )}
        </Card>
        {d.can.report ? (
          <div className="space-y-6">
            <Card>
              <CardHeader title={t("tasks.report")} />
              <CardBody>
                <ReportForm assignmentId={a.id} nodeId={a.node.id} progress={a.progress} />
              </CardBody>
            </Card>
            {d.passDownTo.length ? (
              <Card>
                <CardHeader title={t("tasks.passDown")} description={t("tasks.passDownHint")} />
                <CardBody>
                  <PassDownForm assignmentId={a.id} units={d.passDownTo.map((n) => ({ id: n.id, name: n.name }))} />
                </CardBody>
              </Card>
            ) : null}
          </div>
        ) : null}
      </div>
    </div>
  );
}
