import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { orNotFound } from "@/lib/access/page";
import { requirePageActor } from "@/lib/auth/current-actor";
import { getSelectionForMember } from "@/lib/campaigns/selections/selections";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { VoteButton } from "@/components/campaigns/member-forms";

export default async function MemberSelectionPage({ params }: { params: Promise<{ id: string; selectionId: string }> }) {
  const actor = await requirePageActor();
  const { id, selectionId } = await params;
  const [t, format] = await Promise.all([getTranslations("campaigns"), getFormatter()]);
  const d = await orNotFound(getSelectionForMember({ actor, selectionId }));
  const s = d.selection;
  return (
    <div className="space-y-4">
      <Link href={`/m/campaigns/${id}`} className="block px-1 text-sm text-slate-500">← {d.campaign.title}</Link>
      <Card className="p-4">
        <div className="flex items-start justify-between gap-2">
          <h1 className="text-lg font-semibold text-slate-900">{s.title}</h1>
          <Badge tone={s.phase === "VOTING" ? "green" : "slate"}>{t(`selections.phases.${s.phase}`)}</Badge>
        </div>
        <p className="mt-1 text-xs text-slate-500">{t("selections.votingWindow", { from: format.dateTime(s.votingStartsAt, { dateStyle: "medium" }), to: format.dateTime(s.votingEndsAt, { dateStyle: "medium", timeStyle: "short" }) })}</p>
        {s.description ? <p className="mt-2 text-sm text-slate-700">{s.description}</p> : null}
        {s.phase === "VOTING" ? <p className="mt-2 text-sm font-medium text-brand-700">{t("member.votesLeft", { n: d.votesLeft })}</p> : null}
      </Card>
      {d.nominations.length === 0 ? (
        <Card><EmptyState title={t("selections.noAccepted")} /></Card>
      ) : (
        <ul className="space-y-3">
          {d.nominations.map((n) => (
            <li key={n.id}>
              <Card className="space-y-2 p-4">
                <div className="flex items-start justify-between gap-3">
                  <div>
                    <p className="font-semibold text-slate-900">{n.rank ? <span className="mr-1 text-brand-700">#{n.rank}</span> : null}{n.nomineeName}</p>
                    <p className="text-xs text-slate-500">{n.node.name}</p>
                  </div>
                  {n.votes !== null ? (
                    <span className="text-sm font-semibold tabular-nums">{t("selections.votes", { n: n.votes })}</span>
                  ) : n.votedByMe ? (
                    <Badge tone="green">{t("member.voted")}</Badge>
                  ) : d.canVote ? (
                    <VoteButton selectionId={s.id} nominationId={n.id} />
                  ) : null}
                </div>
                <p className="text-sm leading-6 text-slate-700">{n.reason}</p>
              </Card>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
