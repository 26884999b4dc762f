import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { CheckCircle2 } from "lucide-react";
import { orNotFound } from "@/lib/access/page";
import { requirePageActor } from "@/lib/auth/current-actor";
import { getPledgeForMember } from "@/lib/campaigns/pledges/pledges";
import { Card } from "@/components/ui/card";
import { Lines } from "@/components/campaigns/html-block";
import { SignPledgeButton } from "@/components/campaigns/member-forms";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("campaigns"))("pledge.title") };
}

export default async function MemberPledgePage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requirePageActor();
  const { id } = await params;
  const [t, format] = await Promise.all([getTranslations("campaigns"), getFormatter()]);
  const p = await orNotFound(getPledgeForMember({ actor, campaignId: id }));
  return (
    <div className="space-y-4">
      <Link href={`/m/campaigns/${id}`} className="block px-1 text-sm text-slate-500">← {p.campaignTitle}</Link>
      <Card className="overflow-hidden">
        <div className="bg-gradient-to-b from-brand-600 to-brand-700 px-5 py-6 text-center text-white">
          <p className="text-xs tracking-widest text-white/80">{p.campaignTitle}</p>
          <h1 className="mt-2 text-xl font-bold" data-testid="pledge-title">{p.title ?? t("pledge.title")}</h1>
        </div>
        <div className="px-5 py-5">
          <Lines text={p.text!} className="text-[15px] text-slate-800" />
          <p className="mt-6 text-right text-sm text-slate-600">{t("member.signer")}：<span className="font-medium text-slate-900">{p.signerName}</span></p>
        </div>
      </Card>
      {p.signed ? (
        <Card className="flex items-center gap-3 bg-green-50 p-4 ring-green-200" >
          <CheckCircle2 className="h-8 w-8 shrink-0 text-green-600" aria-hidden />
          <div data-testid="pledge-signed">
            <p className="font-semibold text-green-800">{t("member.signedTitle")}</p>
            <p className="text-sm text-green-700">{t("member.signedOn", { when: format.dateTime(p.signed.signedAt, { dateStyle: "long", timeStyle: "short" }) })}{p.signed.channel === "PAPER" ? ` · ${t("pledge.channels.PAPER")}` : ""}</p>
          </div>
        </Card>
      ) : p.status === "RUNNING" ? (
        <Card className="p-4">
          <SignPledgeButton campaignId={id} />
        </Card>
      ) : (
        <Card className="p-4 text-sm text-slate-600">{t("member.closed")}</Card>
      )}
    </div>
  );
}
