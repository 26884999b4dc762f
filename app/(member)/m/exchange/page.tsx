import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Store } from "lucide-react";
import { requirePageActor } from "@/lib/auth/current-actor";
import { minutesToHours } from "@/lib/duty/time";
import { listMyExchanges } from "@/lib/points/exchanges";
import { getMyStatement } from "@/lib/points/statement";
import { listMyCatalogue } from "@/lib/points/stations";
import { listOffers } from "@/lib/points/time-bank";
import { redeemOfferAction } from "@/app/actions/points";
import { ActionButton } from "@/components/duty/action-button";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("points.m"))("exchange") };
}

/** 兑换目录: goods at the stations near me (exchanged at the station), and time bank offers (redeemed here). */
export default async function ExchangeCataloguePage() {
  const actor = await requirePageActor();
  const t = await getTranslations("points.m");
  const tg = await getTranslations("points.goodsKind");
  const [stations, offers, statement, mine] = await Promise.all([listMyCatalogue({ actor }), listOffers({ actor }), getMyStatement({ actor }), listMyExchanges({ actor })]);
  const weekdays = t("weekdays").split(",");
  return (
    <div className="space-y-4">
      <Card className="flex justify-around p-3 text-center text-sm">
        <span><span className="block text-xs text-slate-500">{t("points")}</span><span className="text-xl font-bold tabular-nums">{statement?.account.points ?? 0}</span></span>
        <span><span className="block text-xs text-slate-500">{t("hours")}</span><span className="text-xl font-bold tabular-nums">{minutesToHours(statement?.account.minutes ?? 0)}</span></span>
      </Card>
      {stations.length ? (
        stations.map((s) => (
          <Card key={s.id} className="p-4">
            <h2 className="flex items-center gap-1.5 text-sm font-semibold text-slate-900"><Store className="h-4 w-4 text-brand-600" aria-hidden />{s.name}</h2>
            <p className="text-xs text-slate-500">
              {[s.address, s.openDays.length ? t("openOn", { days: s.openDays.map((d) => weekdays[d - 1]).join("、") }) : null, s.openingNote].filter(Boolean).join(" · ")}
            </p>
            <ul className="mt-2 grid grid-cols-2 gap-2" data-testid="catalogue">
              {s.goods.map((g) => (
                <li key={g.id} className="rounded-md bg-slate-50 p-2 ring-1 ring-slate-100">
                  <p className="font-medium text-slate-900">{g.name}{g.unit ? <span className="text-xs text-slate-500">/{g.unit}</span> : null}</p>
                  <p className="text-sm text-amber-700">{t("price", { price: g.price })}</p>
                  <p className="text-xs text-slate-500">{g.stock > 0 ? t("stock", { stock: g.stock }) : t("outOfStock")}</p>
                </li>
              ))}
            </ul>
            <p className="mt-2 text-xs text-slate-500">{t("atStation")}</p>
          </Card>
        ))
      ) : (
        <Card><EmptyState title={t("noStations")} /></Card>
      )}
      {offers.length ? (
        <Card className="p-4">
          <h2 className="text-sm font-semibold text-slate-900">{t("timeBankTitle")}</h2>
          <ul className="mt-2 divide-y divide-slate-100 text-sm">
            {offers.map((o) => (
              <li key={o.id} className="flex items-center justify-between gap-2 py-2">
                <span className="min-w-0">
                  <span className="block">{o.name}</span>
                  <span className="block text-xs text-slate-500">{tg(o.kind)} · {t("hoursPrice", { hours: minutesToHours(o.price) })} · {t("stock", { stock: o.stock })}</span>
                </span>
                <ActionButton action={redeemOfferAction} input={{ goodsId: o.id }} label={t("redeem")} variant="primary" confirmText={t("redeemConfirm", { name: o.name, hours: minutesToHours(o.price) })} />
              </li>
            ))}
          </ul>
        </Card>
      ) : null}
      {mine.length ? (
        <Card className="p-4">
          <h2 className="text-sm font-semibold text-slate-900">{t("myReceipts")}</h2>
          <ul className="mt-2 divide-y divide-slate-100 text-sm">
            {mine.map((x) => (
              <li key={x.id} className="py-2">
                <p className="flex justify-between"><span>{x.station?.name ?? t("timeBankTitle")}</span><span className="tabular-nums">{x.currency === "POINTS" ? `-${x.total}` : `-${minutesToHours(x.total)} h`}</span></p>
                <p className="text-xs text-slate-500">{x.receiptNo} · {x.lines.map((l) => `${l.goods.name}×${l.quantity}`).join("、")}</p>
              </li>
            ))}
          </ul>
        </Card>
      ) : null}
    </div>
  );
}
