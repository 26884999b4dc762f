import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { orNotFound } from "@/lib/access/page";
import { requirePageActor } from "@/lib/auth/current-actor";
import { listActivityHosts } from "@/lib/campaigns/activities/activities";
import { getSelection } from "@/lib/campaigns/selections/selections";
import { publishResultsAction, reviewNominationAction } from "@/app/actions/campaigns";
import { Badge } from "@/components/ui/badge";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { Table, Td, Th } from "@/components/ui/table";
import { ActionButton } from "@/components/campaigns/action-button";
import { NominateForm } from "@/components/campaigns/selection-forms";

const TONES = { PENDING: "amber", ACCEPTED: "green", REJECTED: "slate" } as const;

export default async function SelectionPage({ params }: { params: Promise<{ id: string; selectionId: string }> }) {
  const actor = await requirePageActor();
  const { id, selectionId } = await params;
  const [t, format] = await Promise.all([getTranslations("campaigns"), getFormatter()]);
  const d = await orNotFound(getSelection({ actor, selectionId }));
  const s = d.selection;
  const hosts = d.can.nominate ? (await listActivityHosts({ actor, campaignId: id })).filter((h) => h.id !== d.campaign.nodeId) : [];
  const when = (x: Date) => format.dateTime(x, { dateStyle: "medium", timeStyle: "short" });
  return (
    <div className="space-y-6">
      <Link href={`/campaigns/${id}/selections`} className="text-sm text-slate-500 hover:text-brand-700">← {t("selections.title")}</Link>
      <Card>
        <CardHeader
          title={s.title}
          description={`${t(`selections.kinds.${s.kind}`)} · ${t("selections.nominationUntil", { when: when(s.nominationEndsAt) })} · ${t("selections.votingWindow", { from: when(s.votingStartsAt), to: when(s.votingEndsAt) })} · ${t("selections.votesPer", { n: s.votesPerMember })}`}
          actions={
            <>
              <Badge tone={s.phase === "VOTING" ? "green" : "slate"}>{t(`selections.phases.${s.phase}`)}</Badge>
              {d.can.manage && s.phase !== "PUBLISHED" ? (
                <ActionButton action={publishResultsAction} input={{ selectionId: s.id }} variant="primary" testId="publish-results">{t("selections.publish")}</ActionButton>
              ) : null}
            </>
          }
        />
        {s.description ? <CardBody className="text-sm text-slate-700">{s.description}</CardBody> : null}
      </Card>
      {d.results ? (
        <Card>
          <CardHeader title={s.phase === "PUBLISHED" ? t("selections.results") : t("selections.liveCount")} description={d.voters !== null ? t("selections.voters", { n: d.voters }) : undefined} />
          {d.results.length === 0 ? (
            <EmptyState title={t("selections.noAccepted")} />
          ) : (
            <ol className="divide-y divide-slate-100" data-testid="results">
              {d.results.map((r) => (
                <li key={r.id} className="flex items-center justify-between px-4 py-2 text-sm">
                  <span><span className="mr-2 inline-block w-6 text-right tabular-nums text-slate-400">{r.rank}</span>{r.nomineeName}<span className="ml-2 text-xs text-slate-400">{r.node.name}</span></span>
                  <span className="tabular-nums font-medium">{t("selections.votes", { n: r.votes })}</span>
                </li>
              ))}
            </ol>
          )}
        </Card>
      ) : null}
      <div className="grid gap-6 xl:grid-cols-[1fr_24rem]">
        <Card>
          <CardHeader title={t("selections.nominations")} />
          {d.nominations.length === 0 ? (
            <EmptyState title={t("selections.noNominations")} />
          ) : (
            <Table>
              <thead className="bg-slate-50">
                <tr>
                  <Th>{t("selections.nominee")}</Th>
                  <Th>{t("selections.reason")}</Th>
                  <Th>{t("selections.byUnit")}</Th>
                  <Th>{t("fields.status")}</Th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100" data-testid="nominations">
                {d.nominations.map((n) => (
                  <tr key={n.id} className="align-top">
                    <Td className="font-medium text-slate-900">{n.nomineeName}</Td>
                    <Td className="max-w-md text-slate-600">{n.reason}{n.reviewNote ? <p className="mt-1 text-xs text-slate-400">{n.reviewNote}</p> : null}</Td>
                    <Td>{n.node.name}</Td>
                    <Td>
                      <div className="flex flex-col items-start gap-1">
                        <Badge tone={TONES[n.status]}>{t(`selections.status.${n.status}`)}</Badge>
                        {d.can.manage && s.phase !== "PUBLISHED" && n.status === "PENDING" ? (
                          <span className="flex gap-1">
                            <ActionButton action={reviewNominationAction} input={{ nominationId: n.id, status: "ACCEPTED" as const }} variant="primary">{t("selections.accept")}</ActionButton>
                            <ActionButton action={reviewNominationAction} input={{ nominationId: n.id, status: "REJECTED" as const }} variant="ghost">{t("selections.reject")}</ActionButton>
                          </span>
                        ) : null}
                      </div>
                    </Td>
                  </tr>
                ))}
              </tbody>
            </Table>
          )}
        </Card>
        {d.can.nominate && hosts.length ? (
          <Card>
            <CardHeader title={t("selections.nominate")} description={t("selections.nominateHint")} />
            <CardBody><NominateForm selectionId={s.id} kind={s.kind} units={hosts} /></CardBody>
          </Card>
        ) : null}
      </div>
    </div>
  );
}
