import { getTranslations } from "next-intl/server";
import { orNotFound } from "@/lib/access/page";
import { requirePageActor } from "@/lib/auth/current-actor";
import { getCardForPrint } from "@/lib/points/cards";
import { revokeCardAction } from "@/app/actions/points";
import { ActionButton } from "@/components/duty/action-button";
import { PrintButton } from "@/components/duty/print-button";
import { buttonClass } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";

/** A printable points card (A6-ish): the tenant, the number, the holder and the QR code. */
export default async function CardPrintPage({ params }: { params: Promise<{ cardId: string }> }) {
  const actor = await requirePageActor();
  const { cardId } = await params;
  const t = await getTranslations("points.cards");
  const card = await orNotFound(getCardForPrint({ actor, cardId }));
  const qr = `/api/points/cards/${card.id}/qr`;
  return (
    <>
      <div className="no-print">
        <PageHeader
          title={card.number}
          actions={
            <>
              <PrintButton label={t("print")} />
              <a href={`${qr}?format=svg&download=true`} className={buttonClass("secondary", "sm")}>SVG</a>
              {card.status === "ACTIVE" ? <ActionButton action={revokeCardAction} input={{ cardId: card.id }} label={t("revoke")} variant="danger" confirmText={t("revokeConfirm")} /> : null}
            </>
          }
        />
      </div>
      <div className="mx-auto w-[105mm] rounded-lg border-2 border-brand-600 bg-white p-5 text-center print:border" style={{ minHeight: "148mm" }} data-testid="printable-card">
        <p className="text-sm text-slate-600">{card.tenantName}</p>
        <p className="mt-1 text-xl font-bold text-brand-700">{t("cardTitle")}</p>
        {/* eslint-disable-next-line @next/next/no-img-element */}
        <img src={qr} alt={card.number} className="mx-auto my-4 w-60" />
        <p className="font-mono text-2xl font-bold tracking-widest">{card.number}</p>
        <p className="mt-2 text-base">{card.holderName}</p>
        <p className="text-sm text-slate-600">{card.node.name} {[card.household.building, card.household.unit, card.household.room].filter(Boolean).join(" ")}</p>
        <p className="mt-4 text-xs text-slate-500">{t("cardFooter")}</p>
      </div>
      <p className="no-print mt-3 text-center text-xs text-slate-500">
        {t("scanLink")} <a href={`/m/card/${card.qrToken}`} className="text-brand-700" data-testid="card-link">/m/card/{card.qrToken}</a>
      </p>
    </>
  );
}
