import { getLocale, getTranslations } from "next-intl/server";
import type { getMyFigures } from "@/lib/dashboards/member";
import { formatFigure } from "@/lib/dashboards/format";
import { Card } from "@/components/ui/card";

/** The member's home card 我的: own pledges, duty against the norm, points, and the unit's standing. */
export async function MyFigures({ f }: { f: NonNullable<Awaited<ReturnType<typeof getMyFigures>>> }) {
  const t = await getTranslations("dashboards.home");
  const td = await getTranslations("dashboards");
  const locale = (await getLocale()) as "zh-CN" | "en";
  const hours = (m: number) => Math.round((m / 60) * 10) / 10;
  const pct = Math.min(100, Math.round((f.dutyMinutes / Math.max(1, f.norm)) * 100));
  return (
    <Card className="p-4" data-testid="my-figures">
      <h2 className="text-sm font-semibold text-slate-900">{t("memberTitle")}</h2>
      <div className="mt-3 grid grid-cols-2 gap-3">
        <div>
          <p className="text-xs text-slate-500">{t("myDuty")}</p>
          <p className="mt-0.5 text-lg font-semibold tabular-nums" data-testid="my-duty">{t("myDutyValue", { hours: hours(f.dutyMinutes), norm: hours(f.norm) })}</p>
          <div className="mt-1 h-1.5 rounded-full bg-slate-100"><div className={`h-1.5 rounded-full ${pct >= 100 ? "bg-green-600" : "bg-amber-500"}`} style={{ width: `${pct}%` }} /></div>
        </div>
        <div>
          <p className="text-xs text-slate-500">{t("myPoints")}</p>
          <p className="mt-0.5 text-lg font-semibold tabular-nums">{f.points}</p>
        </div>
        <div>
          <p className="text-xs text-slate-500">{t("myPledges")}</p>
          <p className="mt-0.5 text-lg font-semibold tabular-nums">{f.pledges}</p>
        </div>
        <div>
          <p className="text-xs text-slate-500">{t("myHours")}</p>
          <p className="mt-0.5 text-lg font-semibold tabular-nums">{hours(f.volunteerMinutes)}</p>
        </div>
      </div>
      <div className="mt-4 border-t border-slate-100 pt-3">
        <p className="text-xs text-slate-500">{t("unitStanding")} · {f.unit.name}</p>
        {f.published ? <p className="mt-1 text-sm font-medium text-brand-700" data-testid="my-ranking">{t("rankingRank", { title: f.published.title, rank: f.published.rank, total: f.published.total })}</p> : null}
        {f.standing.length ? (
          <ul className="mt-1 space-y-0.5 text-sm" data-testid="my-standing">
            {f.standing.map((s) => (
              <li key={s.indicator} className="flex justify-between">
                <span>{t("standingIndicator", { indicator: td(`indicators.${s.indicator}.short`), value: formatFigure(s.indicator, s.value, locale) })}</span>
                <span className="text-slate-600">{t("standingValue", { rank: s.rank, total: s.total })}</span>
              </li>
            ))}
          </ul>
        ) : f.published ? null : (
          <p className="mt-1 text-sm text-slate-500">{t("noStanding")}</p>
        )}
      </div>
    </Card>
  );
}
