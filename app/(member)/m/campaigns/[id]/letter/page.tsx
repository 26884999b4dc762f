import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { orNotFound } from "@/lib/access/page";
import { requirePageActor } from "@/lib/auth/current-actor";
import { getLetterForMember } from "@/lib/campaigns/letters/letters";
import { Card } from "@/components/ui/card";
import { LetterHtml } from "@/components/campaigns/html-block";

export default async function MemberLetterPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requirePageActor();
  const { id } = await params;
  const [t, format] = await Promise.all([getTranslations("campaigns"), getFormatter()]);
  const l = await orNotFound(getLetterForMember({ actor, campaignId: id }));
  return (
    <div className="space-y-4">
      <Link href={`/m/campaigns/${id}`} className="block px-1 text-sm text-slate-500">← {l.campaignTitle}</Link>
      <Card className="p-5">
        <h1 className="text-center text-lg font-bold text-slate-900">{l.title ?? t("letter.title")}</h1>
        <p className="mt-1 text-center text-xs text-slate-500">{t("letter.publishedAt", { when: format.dateTime(l.publishedAt, { dateStyle: "medium" }) })}</p>
        <LetterHtml html={l.html} className="mt-4" />
      </Card>
    </div>
  );
}
