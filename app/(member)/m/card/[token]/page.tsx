import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { can } from "@/lib/access/actor";
import { orNotFound } from "@/lib/access/page";
import { requirePageActor } from "@/lib/auth/current-actor";
import { dayKeyOf } from "@/lib/duty/time";
import { getCard } from "@/lib/points/cards";
import { listRules } from "@/lib/points/rules";
import { listStations } from "@/lib/points/stations";
import { ClaimForm } from "@/components/points/claim-form";
import { LinkButton } from "@/components/ui/button";
import { Card } from "@/components/ui/card";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("points.card"))("title") };
}

/**
 * Opened by scanning a resident's points card: a supervisor awards (or deducts) on the spot; a station operator
 * goes on to the exchange. Anyone else, or a card out of reach, gets 404.
 */
export default async function CardScanPage({ params }: { params: Promise<{ token: string }> }) {
  const actor = await requirePageActor();
  const { token } = await params;
  const t = await getTranslations("points.card");
  const tc = await getTranslations("points.category");
  const award = can(actor, "points.award");
  const operate = can(actor, "station.operate");
  if (!award && !operate) notFound();
  const card = await orNotFound(getCard({ actor, token, permission: award ? "points.award" : "station.operate" }));
  const [rules, stations] = await Promise.all([award ? listRules({ actor }) : [], operate ? listStations({ actor }) : []]);
  const h = card.household;
  return (
    <div className="space-y-4">
      <Card className="p-4">
        <p className="text-xs text-slate-500">{t("card")}</p>
        <p className="text-xl font-bold tracking-wide text-slate-900" data-testid="card-number">{card.number}</p>
        <p className="mt-1 text-sm text-slate-700">{card.holderName} · {[h.building, h.unit, h.room].filter(Boolean).join(" ")}</p>
        <p className="mt-2 text-sm">{t("balance")} <span className="text-lg font-semibold tabular-nums" data-testid="card-balance">{card.account?.points ?? 0}</span></p>
      </Card>
      {award ? (
        <Card className="p-4">
          <h1 className="mb-3 text-sm font-semibold text-slate-900">{t("awardTitle")}</h1>
          <ClaimForm
            today={dayKeyOf(new Date())}
            award={{ cardToken: token }}
            rules={rules.filter((r) => r.audience !== "MEMBER").map((r) => ({ id: r.id, name: r.name, points: r.points, categoryName: tc(r.category) }))}
          />
        </Card>
      ) : null}
      {operate
        ? stations
            .filter((s) => s.canOperate)
            .map((s) => (
              <LinkButton key={s.id} href={`/stations/${s.id}?card=${encodeURIComponent(card.number)}`} variant="primary" className="h-12 w-full text-base">
                {t("exchangeAt", { station: s.name })}
              </LinkButton>
            ))
        : null}
    </div>
  );
}
