import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { Printer } from "lucide-react";
import { orNotFound } from "@/lib/access/page";
import { requirePageActor } from "@/lib/auth/current-actor";
import { periodLabel } from "@/lib/dashboards/periods";
import { getNotice } from "@/lib/notices/notices";
import { approveNoticeAction, publishNoticeAction, submitNoticeAction } from "@/app/actions/notices";
import { ActionButton } from "@/components/campaigns/action-button";
import { NoticeBody } from "@/components/notices/notice-body";
import { NoticeEditor } from "@/components/notices/notice-editor";
import { ReturnNoticeForm } from "@/components/notices/return-form";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { buttonClass } from "@/components/ui/button";
import { Card, CardBody } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("notices"))("title") };
}

const TONE = { DRAFT: "slate", SUBMITTED: "amber", APPROVED: "blue", PUBLISHED: "green" } as const;

export default async function NoticePage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requirePageActor();
  const { id } = await params;
  const t = await getTranslations("notices");
  const locale = (await getLocale()) as "zh-CN" | "en";
  const n = await orNotFound(getNotice({ actor, noticeId: id }));
  const when = (d: Date) => new Intl.DateTimeFormat(locale, { timeZone: "Asia/Shanghai", dateStyle: "medium", timeStyle: "short" }).format(d);
  return (
    <>
      <PageHeader
        title={<span className="inline-flex items-center gap-2">{periodLabel(n.quarter, locale)} · {n.node.name} <Badge tone={TONE[n.status]}><span data-testid="notice-status">{t(`status.${n.status}`)}</span></Badge></span>}
        description={[t("createdBy", { name: n.createdBy }), n.submittedBy ? t("submittedBy", { name: n.submittedBy }) : null, n.approvedBy ? t("approvedBy", { name: n.approvedBy }) : null, n.publishedAt ? t("publishedAt", { time: when(n.publishedAt) }) : null].filter(Boolean).join(" · ")}
        actions={
          <Link href={`/notices/${n.id}/print`} className={buttonClass("secondary", "sm")} target="_blank" data-testid="notice-print">
            <Printer className="h-4 w-4" aria-hidden />
            {t("print")}
          </Link>
        }
      />
      {n.returnComment && n.status === "DRAFT" ? <Alert tone="error" className="mb-4">{t("returned", { comment: n.returnComment })}</Alert> : null}
      <div className="grid gap-5 xl:grid-cols-[1fr_18rem]">
        <Card>
          <CardBody>{n.status === "DRAFT" && n.canWrite ? <NoticeEditor noticeId={n.id} title={n.title} sections={n.sections} /> : <NoticeBody title={n.title} sections={n.sections} />}</CardBody>
        </Card>
        <div className="space-y-3" data-testid="notice-workflow">
          {n.status === "DRAFT" && n.canWrite ? <ActionButton action={submitNoticeAction} input={{ noticeId: n.id }} variant="primary" size="md" testId="notice-submit">{t("submit")}</ActionButton> : null}
          {n.status === "SUBMITTED" && n.canApprove ? (
            <Card>
              <CardBody className="space-y-3">
                <ActionButton action={approveNoticeAction} input={{ noticeId: n.id }} variant="primary" size="md" testId="notice-approve">{t("approve")}</ActionButton>
                <ReturnNoticeForm noticeId={n.id} />
              </CardBody>
            </Card>
          ) : null}
          {n.status === "SUBMITTED" && !n.canApprove ? <p className="text-sm text-slate-500">{t("fourEyes")}</p> : null}
          {n.status === "APPROVED" && n.canWrite ? <ActionButton action={publishNoticeAction} input={{ noticeId: n.id }} variant="primary" size="md" testId="notice-publish">{t("publish")}</ActionButton> : null}
        </div>
      </div>
    </>
  );
}
