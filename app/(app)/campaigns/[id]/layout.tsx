import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { orNotFound } from "@/lib/access/page";
import { requirePageActor } from "@/lib/auth/current-actor";
import { getCampaign } from "@/lib/campaigns/campaigns";
import { CampaignStatusBadge } from "@/components/campaigns/badges";
import { CampaignTabs } from "@/components/campaigns/campaign-tabs";

export default async function CampaignLayout({ children, params }: { children: React.ReactNode; params: Promise<{ id: string }> }) {
  const actor = await requirePageActor();
  const { id } = await params;
  const [t, format] = await Promise.all([getTranslations("campaigns"), getFormatter()]);
  const c = await orNotFound(getCampaign({ actor, campaignId: id }));
  const day = (d: Date) => format.dateTime(d, { dateStyle: "medium", timeZone: "UTC" });
  const tabs = [
    { href: "", label: t("tabs.overview") },
    { href: "/tasks", label: t("tabs.tasks") },
    { href: "/letter", label: t("tabs.letter") },
    { href: "/pledge", label: t("tabs.pledge") },
    { href: "/activities", label: t("tabs.activities") },
    { href: "/contest", label: t("tabs.contest") },
    { href: "/suggestions", label: t("tabs.suggestions") },
    { href: "/selections", label: t("tabs.selections") },
  ];
  return (
    <>
      <div className="mb-4">
        <Link href="/campaigns" className="text-sm text-slate-500 hover:text-brand-700">← {t("title")}</Link>
        <div className="mt-1 flex flex-wrap items-center gap-2">
          <h1 className="text-xl font-semibold text-slate-900" data-testid="campaign-title">{c.title}</h1>
          <span data-testid="campaign-status"><CampaignStatusBadge status={c.status} /></span>
        </div>
        <p className="mt-1 text-sm text-slate-500">
          {c.node.name} · {day(c.startsOn)} – {day(c.endsOn)} · {c.scopeKind === "SUBTREE" ? t("scope.SUBTREE") : t("scope.unitsList", { names: c.units.map((u) => u.node.name).join("、") })}
        </p>
      </div>
      <CampaignTabs base={`/campaigns/${c.id}`} tabs={tabs} />
      {children}
    </>
  );
}
