import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { orNotFound } from "@/lib/access/page";
import { requirePageActor } from "@/lib/auth/current-actor";
import { getNotice } from "@/lib/notices/notices";
import { PrintButton } from "@/components/reports/print-button";
import { NoticeBody } from "@/components/notices/notice-body";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("notices"))("title") };
}

/** A notice on A4: 18 mm margins, tables that do not split across pages, the issuer and date at the end. */
export default async function NoticePrintPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requirePageActor();
  const { id } = await params;
  const t = await getTranslations("notices");
  const locale = await getLocale();
  const n = await orNotFound(getNotice({ actor, noticeId: id }));
  const date = new Intl.DateTimeFormat(locale, { timeZone: "Asia/Shanghai", year: "numeric", month: "long", day: "numeric" }).format(n.publishedAt ?? n.approvedAt ?? new Date());
  return (
    <>
      <style>{`@page { size: A4; margin: 18mm; } @media print { html, body { background: white; } tr, blockquote { break-inside: avoid; } thead { display: table-header-group; } }`}</style>
      <div className="no-print mx-auto flex max-w-[210mm] justify-end p-4"><PrintButton label={t("print")} /></div>
      <main className="mx-auto max-w-[174mm] px-2 pb-10 print:max-w-none print:px-0" data-testid="notice-print-page">
        <NoticeBody title={n.title} sections={n.sections} />
        <p className="mt-8 text-right text-[15px]">{n.node.name}</p>
        <p className="text-right text-[15px]">{date}</p>
        <p className="mt-10 hidden text-center text-xs text-slate-400 print:block">{t("printFooter", { issuer: n.node.name, date })}</p>
      </main>
    </>
  );
}
