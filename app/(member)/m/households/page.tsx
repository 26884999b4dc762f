import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ChevronRight } from "lucide-react";
import { requirePageActor } from "@/lib/auth/current-actor";
import { listMyHouseholds } from "@/lib/links/visits";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("links.m"))("title") };
}

/** 我联系的住户: each household with its last visit; one tap to its visit log. */
export default async function MyHouseholdsPage() {
  const actor = await requirePageActor();
  const t = await getTranslations("links.m");
  const rows = await listMyHouseholds({ actor });
  return (
    <div className="space-y-3">
      <h1 className="px-1 text-base font-semibold text-slate-900">{t("title")}</h1>
      {rows.length ? (
        <Card>
          <ul className="divide-y divide-slate-100" data-testid="my-households">
            {rows.map((h) => (
              <li key={h.id}>
                <Link href={`/m/households/${h.id}`} className="flex items-center gap-3 px-4 py-3 active:bg-slate-50">
                  <span className="min-w-0 flex-1">
                    <span className="block font-medium text-slate-900">{[h.building, h.unit, h.room].filter(Boolean).join(" ")} · {h.headName}</span>
                    <span className="block text-xs text-slate-500">{h.lastVisit ? t("lastVisit", { date: h.lastVisit, count: h.visitCount }) : t("neverVisited")}</span>
                  </span>
                  <ChevronRight className="h-5 w-5 text-slate-400" aria-hidden />
                </Link>
              </li>
            ))}
          </ul>
        </Card>
      ) : (
        <Card><EmptyState title={t("empty")} hint={t("emptyHint")} /></Card>
      )}
    </div>
  );
}
