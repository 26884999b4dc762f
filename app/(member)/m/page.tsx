import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ChevronRight, ClipboardCheck, ShieldCheck } from "lucide-react";
import { can } from "@/lib/access/actor";
import { ParticipationTiles } from "@/components/duty/participation-tiles";
import { requirePageActor } from "@/lib/auth/current-actor";
import { getMyUnit } from "@/lib/org/read-nodes";
import { getMyPersonSummary } from "@/lib/people/my-person";
import { listMyCampaigns } from "@/lib/campaigns/campaigns";
import { MyCampaignCards } from "@/components/campaigns/member-cards";
import { getMyFigures } from "@/lib/dashboards/member";
import { MyFigures } from "@/components/dashboards/my-figures";
import { Card } from "@/components/ui/card";
import { Badge } from "@/components/ui/badge";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("member"))("title") };
}

export default async function MemberHome() {
  const actor = await requirePageActor();
  const t = await getTranslations("member");
  const ti = await getTranslations("inspections");
  const [unit, me, campaigns, figures] = await Promise.all([getMyUnit({ actor }), getMyPersonSummary({ actor }), listMyCampaigns({ actor }), getMyFigures({ actor })]);
  const running = campaigns.filter((c) => c.status === "RUNNING").slice(0, 3);
  return (
    <div className="space-y-4">
      <Card className="p-4">
        <p className="text-xs text-slate-500">{t("hello")}</p>
        <p className="mt-0.5 text-lg font-semibold text-slate-900" data-testid="member-name">{actor.displayName}</p>
        {me ? (
          <div className="mt-2 flex flex-wrap gap-1.5">
            {me.isPartyMember ? <Badge tone="red">{t("flags.partyMember")}</Badge> : null}
            {me.isVolunteer ? <Badge tone="green">{t("flags.volunteer")}</Badge> : null}
            {me.isModelWorker ? <Badge tone="amber">{t("flags.modelWorker")}</Badge> : null}
            {me.isUnionMember ? <Badge tone="blue">{t("flags.unionMember")}</Badge> : null}
          </div>
        ) : null}
      </Card>
      <Card className="p-4">
        <h2 className="text-sm font-semibold text-slate-900">{t("myUnit")}</h2>
        {unit ? (
          <>
            <p className="mt-1 text-base text-slate-800" data-testid="member-unit">{unit.node.name}</p>
            <p className="mt-0.5 text-xs text-slate-500">{unit.ancestry.join(" / ")}</p>
          </>
        ) : (
          <p className="mt-1 text-sm text-slate-500">{t("noUnit")}</p>
        )}
      </Card>
      {can(actor, "inspections.record") ? (
        <Link href="/m/inspections/new" className="block" data-testid="member-inspect-link">
          <Card className="flex items-center gap-3 p-4 active:bg-slate-50">
            <ClipboardCheck className="h-5 w-5 shrink-0 text-brand-600" aria-hidden />
            <span className="min-w-0 flex-1 text-sm font-semibold text-slate-900">{ti("form.title")}</span>
            <ChevronRight className="h-5 w-5 text-slate-500" aria-hidden />
          </Card>
        </Link>
      ) : null}
      {figures ? <MyFigures f={figures} /> : null}
      {running.length ? (
        <section className="space-y-2" aria-label={t("campaigns")}>
          <div className="flex items-center justify-between px-1">
            <h2 className="text-sm font-semibold text-slate-900">{t("campaigns")}</h2>
            <Link href="/m/campaigns" className="text-xs text-brand-700">{t("allCampaigns")}</Link>
          </div>
          <MyCampaignCards rows={running} />
        </section>
      ) : null}
      {me && me.households.length ? (
        <Card className="p-4">
          <h2 className="text-sm font-semibold text-slate-900">{t("myHouseholds", { count: me.households.length })}</h2>
          <ul className="mt-2 divide-y divide-slate-100">
            {me.households.map((h) => (
              <li key={h.id} className="flex items-center justify-between py-2 text-sm">
                <span>{[h.building, h.unit, h.room].filter(Boolean).join(" ")}</span>
                <span className="text-slate-500">{h.headName}</span>
              </li>
            ))}
          </ul>
        </Card>
      ) : null}
      <ParticipationTiles actor={actor} />
      <Link href="/m/account" className="block" data-testid="member-account-link">
        <Card className="flex items-center gap-3 p-4 active:bg-slate-50">
          <ShieldCheck className="h-5 w-5 shrink-0 text-brand-600" aria-hidden />
          <span className="min-w-0 flex-1">
            <span className="block text-sm font-semibold text-slate-900">{t("account")}</span>
            <span className="block text-xs text-slate-500">{t("accountHint")}</span>
          </span>
          <ChevronRight className="h-5 w-5 text-slate-500" aria-hidden />
        </Card>
      </Link>
    </div>
  );
}
