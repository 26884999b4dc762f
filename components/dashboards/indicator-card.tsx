import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import { ArrowDownRight, ArrowRight, ArrowUpRight, Target } from "lucide-react";
import type { Card as CardData } from "@/lib/dashboards/read";
import { indicatorOf } from "@/lib/dashboards/catalogue";
import { deltaTone, formatDelta, formatFigure } from "@/lib/dashboards/format";
import { Card } from "@/components/ui/card";
import { cn } from "@/components/ui/cn";
import { Sparkline } from "./sparkline";

/** One indicator: the figure, the change from the previous period, the target, a small trend; a click drills down. */
export function IndicatorCard({ card, href }: { card: CardData; href: string }) {
  const t = useTranslations("dashboards");
  const locale = useLocale() as "zh-CN" | "en";
  const ind = indicatorOf(card.code);
  const tone = deltaTone(card.code, card.delta);
  const Arrow = tone === "good" ? (ind.higherIsBetter ? ArrowUpRight : ArrowDownRight) : tone === "bad" ? (ind.higherIsBetter ? ArrowDownRight : ArrowUpRight) : ArrowRight;
  return (
    <Link href={href} className="group block" data-testid={`card-${card.code}`}>
      <Card className="flex h-full flex-col p-4 transition-shadow group-hover:shadow-md">
        <div className="flex items-start justify-between gap-2">
          <p className="text-sm text-slate-600">{t(`indicators.${card.code}.name`)}</p>
          {card.meets === null ? null : (
            <span className={cn("rounded-full px-1.5 py-0.5 text-[11px] font-medium", card.meets ? "bg-green-50 text-green-700" : "bg-amber-50 text-amber-800")}>
              {card.meets ? t("meets") : t("below")}
            </span>
          )}
        </div>
        <p className="mt-1 text-2xl font-semibold tabular-nums text-slate-900" data-testid={`value-${card.code}`}>
          {formatFigure(card.code, card.value, locale)}
        </p>
        <div className="mt-1 flex flex-wrap items-center gap-x-3 gap-y-0.5 text-xs">
          <span className={cn("inline-flex items-center gap-0.5 tabular-nums", tone === "good" ? "text-green-700" : tone === "bad" ? "text-red-700" : "text-slate-500")}>
            <Arrow className="h-3.5 w-3.5" aria-hidden />
            <span className="sr-only">{t("change")}</span>
            {formatDelta(card.code, card.delta, locale)}
          </span>
          <span className="inline-flex items-center gap-0.5 text-slate-500">
            <Target className="h-3.5 w-3.5" aria-hidden />
            {card.target === null ? t("noTarget") : `${t("target")} ${formatFigure(card.code, card.target, locale)}`}
          </span>
        </div>
        <div className="mt-auto pt-2">
          <Sparkline points={card.trend} unit={ind.unit === "percent" ? "%" : ""} color={card.meets === false ? "#b45309" : card.meets === true ? "#15803d" : "#64748b"} />
        </div>
      </Card>
    </Link>
  );
}
