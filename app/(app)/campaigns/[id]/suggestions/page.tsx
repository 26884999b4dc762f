import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { orNotFound } from "@/lib/access/page";
import { requirePageActor } from "@/lib/auth/current-actor";
import { listSuggestions } from "@/lib/campaigns/suggestions/suggestions";
import { Badge } from "@/components/ui/badge";
import { Card, CardHeader } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { cn } from "@/components/ui/cn";
import { SuggestionModeration } from "@/components/campaigns/suggestion-forms";

const STATUSES = ["OPEN", "ANSWERED", "ADOPTED", "HIDDEN"] as const;
const TONES = { OPEN: "blue", ANSWERED: "slate", ADOPTED: "green", HIDDEN: "amber" } as const;

export default async function SuggestionsPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ status?: string }> }) {
  const actor = await requirePageActor();
  const { id } = await params;
  const wanted = (await searchParams).status;
  const status = STATUSES.find((s) => s === wanted);
  const [t, format] = await Promise.all([getTranslations("campaigns"), getFormatter()]);
  const d = await orNotFound(listSuggestions({ actor, campaignId: id, status }));
  const c = d.campaign;
  const base = `/campaigns/${c.id}/suggestions`;
  return (
    <Card>
      <CardHeader title={t("suggestions.title")} description={t("suggestions.hint")} />
      <div className="flex flex-wrap gap-1 border-b border-slate-100 px-4 py-2 text-sm">
        {[undefined, ...STATUSES.filter((s) => s !== "HIDDEN" || c.can.manage)].map((s) => (
          <Link key={s ?? "all"} href={s ? `${base}?status=${s}` : base} className={cn("rounded-md px-2.5 py-1", s === status ? "bg-brand-50 font-medium text-brand-700" : "text-slate-600 hover:bg-slate-100")}>
            {s ? t(`suggestions.status.${s}`) : t("allStatuses")}
          </Link>
        ))}
      </div>
      {d.rows.length === 0 ? (
        <EmptyState title={t("suggestions.empty")} />
      ) : (
        <ul className="divide-y divide-slate-100" data-testid="suggestions">
          {d.rows.map((s) => (
            <li key={s.id} className="space-y-2 px-4 py-3" data-testid="suggestion">
              <div className="flex flex-wrap items-center gap-2 text-xs text-slate-500">
                <Badge tone={s.kind === "TIP" ? "amber" : "blue"}>{t(`suggestions.kinds.${s.kind}`)}</Badge>
                <Badge tone={TONES[s.status]}>{t(`suggestions.status.${s.status}`)}</Badge>
                <span>{s.author.name} · {s.node.name} · {format.dateTime(s.createdAt, { dateStyle: "medium", timeStyle: "short" })}</span>
                <span className="ml-auto font-medium text-slate-700">{t("suggestions.supports", { n: s.supports })}</span>
              </div>
              <p className="whitespace-pre-line text-sm text-slate-900">{s.text}</p>
              {s.answer ? <p className="rounded-md bg-slate-50 px-3 py-2 text-sm text-slate-700"><span className="font-medium">{t("suggestions.answer")}：</span>{s.answer}</p> : null}
              {s.hiddenReason ? <p className="text-xs text-amber-700">{t("suggestions.hiddenBecause", { reason: s.hiddenReason })}</p> : null}
              {c.can.manage ? <SuggestionModeration suggestionId={s.id} status={s.status} answer={s.answer} /> : null}
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
