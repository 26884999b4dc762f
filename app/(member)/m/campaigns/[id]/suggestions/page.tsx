import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { orNotFound } from "@/lib/access/page";
import { requirePageActor } from "@/lib/auth/current-actor";
import { listSuggestionsForMember } from "@/lib/campaigns/suggestions/suggestions";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { SuggestionForm, SupportButton } from "@/components/campaigns/member-forms";

const TONES = { OPEN: "blue", ANSWERED: "slate", ADOPTED: "green", HIDDEN: "amber" } as const;

export default async function MemberSuggestionsPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requirePageActor();
  const { id } = await params;
  const [t, format] = await Promise.all([getTranslations("campaigns"), getFormatter()]);
  const d = await orNotFound(listSuggestionsForMember({ actor, campaignId: id }));
  const running = d.campaign.status === "RUNNING";
  return (
    <div className="space-y-4">
      <Link href={`/m/campaigns/${id}`} className="block px-1 text-sm text-slate-500">← {d.campaign.title}</Link>
      <h1 className="px-1 text-lg font-semibold text-slate-900">{t("member.suggestions")}</h1>
      {running ? (
        <Card className="p-4">
          <SuggestionForm campaignId={id} />
        </Card>
      ) : null}
      {d.rows.length === 0 ? (
        <Card><EmptyState title={t("suggestions.empty")} /></Card>
      ) : (
        <ul className="space-y-3" data-testid="m-suggestions">
          {d.rows.map((s) => (
            <li key={s.id}>
              <Card className="space-y-2 p-4" >
                <div className="flex flex-wrap items-center gap-1.5 text-xs text-slate-500">
                  <Badge tone={s.kind === "TIP" ? "amber" : "blue"}>{t(`suggestions.kinds.${s.kind}`)}</Badge>
                  {s.status !== "OPEN" ? <Badge tone={TONES[s.status]}>{t(`suggestions.status.${s.status}`)}</Badge> : null}
                  <span>{s.mine ? t("suggestions.mine") : s.author.name} · {s.node.name} · {format.dateTime(s.createdAt, { dateStyle: "short" })}</span>
                </div>
                <div className="flex items-start justify-between gap-3">
                  <p className="whitespace-pre-line text-sm leading-6 text-slate-900" data-testid="m-suggestion-text">{s.text}</p>
                  {s.status !== "HIDDEN" ? <SupportButton suggestionId={s.id} supported={s.supported} mine={s.mine} count={s.supports} disabled={!running} /> : null}
                </div>
                {s.answer ? <p className="rounded-md bg-slate-50 px-3 py-2 text-sm text-slate-700"><span className="font-medium">{t("suggestions.answer")}：</span>{s.answer}</p> : null}
                {s.hiddenReason ? <p className="text-xs text-amber-700">{t("suggestions.hiddenBecause", { reason: s.hiddenReason })}</p> : null}
              </Card>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
