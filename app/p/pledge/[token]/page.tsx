import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { orNotFound } from "@/lib/access/page";
import { getPublicPledge } from "@/lib/campaigns/pledges/public";
import { Card } from "@/components/ui/card";
import { Lines } from "@/components/campaigns/html-block";
import { PublicPledgeForm } from "@/components/campaigns/public-forms";
import { PublicShell } from "@/components/campaigns/public-shell";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("campaigns"))("pledge.title"), robots: { index: false } };
}

export default async function PublicPledgePage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const t = await getTranslations("campaigns");
  const p = await orNotFound(getPublicPledge({ token }));
  return (
    <PublicShell>
      <div className="space-y-4">
        <Card className="overflow-hidden">
          <div className="bg-gradient-to-b from-brand-600 to-brand-700 px-5 py-6 text-center text-white">
            <p className="text-xs tracking-widest text-white/80">{p.campaignTitle}</p>
            <h1 className="mt-2 text-xl font-bold" data-testid="public-pledge-title">{p.title ?? t("pledge.title")}</h1>
            <p className="mt-1 text-xs text-white/80" data-testid="public-unit">{p.unitName}</p>
          </div>
          <div className="px-5 py-5">
            <Lines text={p.text} className="text-[15px] text-slate-800" />
          </div>
        </Card>
        <Card className="p-4">
          {p.open ? <PublicPledgeForm token={token} /> : <p className="text-sm text-slate-600">{t("member.closed")}</p>}
        </Card>
        <p className="px-2 text-center text-xs leading-5 text-slate-400">{t("public.privacy", { owner: p.ownerName })}</p>
      </div>
    </PublicShell>
  );
}
