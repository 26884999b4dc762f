import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { requirePageActor } from "@/lib/auth/current-actor";
import { listMyCampaigns } from "@/lib/campaigns/campaigns";
import { EmptyState } from "@/components/ui/empty-state";
import { Card } from "@/components/ui/card";
import { MyCampaignCards } from "@/components/campaigns/member-cards";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("campaigns"))("member.campaigns") };
}

export default async function MyCampaignsPage() {
  const actor = await requirePageActor();
  const t = await getTranslations("campaigns");
  const rows = await listMyCampaigns({ actor });
  return (
    <div className="space-y-3">
      <h1 className="px-1 text-lg font-semibold text-slate-900">{t("member.campaigns")}</h1>
      {rows.length ? <MyCampaignCards rows={rows} /> : <Card><EmptyState title={t("member.none")} /></Card>}
    </div>
  );
}
