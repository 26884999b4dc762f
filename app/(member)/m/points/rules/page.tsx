import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { requirePageActor } from "@/lib/auth/current-actor";
import { listRules } from "@/lib/points/rules";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("points.m"))("howToEarn") };
}

/** 怎样得积分: the tenant's rulebook by category, deductions included, with caps. */
export default async function HowToEarnPage() {
  const actor = await requirePageActor();
  const t = await getTranslations("points");
  const rules = await listRules({ actor });
  const categories = [...new Set(rules.map((r) => r.category))];
  return (
    <div className="space-y-3">
      <h1 className="px-1 text-base font-semibold text-slate-900">{t("m.howToEarn")}</h1>
      {categories.length ? (
        categories.map((cat) => (
          <Card key={cat} className="p-4">
            <h2 className="text-sm font-semibold text-slate-900">{t(`category.${cat}`)}</h2>
            <ul className="mt-2 divide-y divide-slate-100 text-sm">
              {rules
                .filter((r) => r.category === cat)
                .map((r) => (
                  <li key={r.id} className="flex items-start justify-between gap-3 py-2">
                    <span className="min-w-0">
                      <span className="block">{r.name}</span>
                      {r.description ? <span className="block text-xs text-slate-500">{r.description}</span> : null}
                      {r.cap && r.capPeriod ? <span className="block text-xs text-slate-400">{t("capText", { cap: r.cap, period: t(`period.${r.capPeriod}`) })}</span> : null}
                    </span>
                    <span className={`shrink-0 font-semibold tabular-nums ${r.points > 0 ? "text-green-700" : "text-red-600"}`}>{r.points > 0 ? `+${r.points}` : r.points}</span>
                  </li>
                ))}
            </ul>
          </Card>
        ))
      ) : (
        <Card><EmptyState title={t("m.noRules")} /></Card>
      )}
    </div>
  );
}
