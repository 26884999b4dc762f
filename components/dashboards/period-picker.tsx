import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import { ChevronLeft, ChevronRight } from "lucide-react";
import { GRANULARITIES, granularityOf, periodAt, periodLabel, shiftPeriod } from "@/lib/dashboards/periods";
import { cn } from "@/components/ui/cn";

/** Month / quarter / half-year / year, and the period before or after (never past the current one). */
export function PeriodPicker({ period, now, href }: { period: string; now: Date; href: (period: string) => string }) {
  const t = useTranslations("dashboards");
  const locale = useLocale() as "zh-CN" | "en";
  const g = granularityOf(period)!;
  const current = periodAt(g, now);
  const next = shiftPeriod(period, 1);
  return (
    <div className="flex flex-wrap items-center gap-2" data-testid="period-picker">
      <div className="inline-flex rounded-md bg-white p-0.5 ring-1 ring-slate-200" role="group" aria-label={t("period")}>
        {GRANULARITIES.map((x) => (
          <Link
            key={x}
            href={href(periodAt(x, now))}
            aria-current={x === g ? "true" : undefined}
            className={cn("rounded px-2.5 py-1 text-sm", x === g ? "bg-brand-600 text-white" : "text-slate-700 hover:bg-slate-100")}
          >
            {t(`granularity.${x}`)}
          </Link>
        ))}
      </div>
      <div className="inline-flex items-center gap-1 rounded-md bg-white px-1 py-0.5 ring-1 ring-slate-200">
        <Link href={href(shiftPeriod(period, -1))} className="rounded p-1 text-slate-600 hover:bg-slate-100" aria-label={t("previousPeriod")}>
          <ChevronLeft className="h-4 w-4" />
        </Link>
        <span className="min-w-28 px-1 text-center text-sm font-medium text-slate-800" data-testid="period-label">{periodLabel(period, locale)}</span>
        {next <= current ? (
          <Link href={href(next)} className="rounded p-1 text-slate-600 hover:bg-slate-100" aria-label={t("nextPeriod")}>
            <ChevronRight className="h-4 w-4" />
          </Link>
        ) : (
          <span className="p-1 text-slate-300" aria-hidden>
            <ChevronRight className="h-4 w-4" />
          </span>
        )}
      </div>
    </div>
  );
}
