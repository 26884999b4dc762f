import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { orNotFound } from "@/lib/access/page";
import { requirePageActor } from "@/lib/auth/current-actor";
import { getActivity } from "@/lib/campaigns/activities/activities";
import { checkInParticipantAction } from "@/app/actions/campaigns";
import { Badge } from "@/components/ui/badge";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { Table, Td, Th } from "@/components/ui/table";
import { ActionButton } from "@/components/campaigns/action-button";
import { EditActivityButton, HouseholdsForm, RegisterForm, ResultsForm, WalkInForm } from "@/components/campaigns/activity-forms";
import { shanghaiClock, shanghaiDay } from "@/lib/campaigns/time";
import { PhotoStrip } from "@/components/campaigns/photo-upload";

export default async function ActivityPage({ params }: { params: Promise<{ id: string; activityId: string }> }) {
  const actor = await requirePageActor();
  const { id, activityId } = await params;
  const [t, format] = await Promise.all([getTranslations("campaigns"), getFormatter()]);
  const d = await orNotFound(getActivity({ actor, activityId }));
  const a = d.activity;
  const when = (x: Date) => format.dateTime(x, { dateStyle: "medium", timeStyle: "short" });
  const qr = `/api/campaigns/activities/${a.id}/qr`;
  const checkedIn = d.participants.filter((p) => p.checkedInAt).length;
  const editValues = { kind: a.kind, title: a.title, description: a.description, date: shanghaiDay(a.startsAt), startTime: shanghaiClock(a.startsAt), endTime: shanghaiClock(a.endsAt), place: a.place };
  return (
    <div className="space-y-6">
      <Link href={`/campaigns/${id}/activities`} className="text-sm text-slate-500 hover:text-brand-700">← {t("activities.title")}</Link>
      <Card>
        <CardHeader
          title={<span data-testid="activity-title">{a.title}</span>}
          description={`${t(`activities.kinds.${a.kind}`)} · ${a.node.name} · ${when(a.startsAt)} – ${format.dateTime(a.endsAt, { timeStyle: "short" })}${a.place ? ` · ${a.place}` : ""}`}
          actions={
            <div className="flex items-center gap-2">
              <Badge tone={a.status === "HELD" ? "green" : "blue"}>{t(`activities.status.${a.status}`)}</Badge>
              {d.can.checkIn ? <EditActivityButton activityId={a.id} values={editValues} /> : null}
            </div>
          }
        />
        {a.description ? <CardBody className="text-sm text-slate-700">{a.description}</CardBody> : null}
      </Card>
      <div className="grid gap-6 xl:grid-cols-[1fr_22rem]">
        <div className="space-y-6">
          <Card>
            <CardHeader title={t("activities.participants")} description={t("activities.participantsCount", { registered: d.participants.length, checkedIn })} />
            {d.participants.length === 0 ? (
              <EmptyState title={t("activities.noParticipants")} />
            ) : (
              <Table>
                <thead className="bg-slate-50">
                  <tr>
                    <Th>{t("activities.name")}</Th>
                    <Th>{t("fields.unit")}</Th>
                    <Th>{t("activities.source")}</Th>
                    <Th>{t("activities.checkIn")}</Th>
                  </tr>
                </thead>
                <tbody className="divide-y divide-slate-100" data-testid="participants">
                  {d.participants.map((p) => (
                    <tr key={p.id}>
                      <Td>
                        {p.name}
                        {!p.onRoster ? <span className="ml-2 text-xs text-slate-400">{p.phone} · {t("pledge.notOnRoster")}</span> : null}
                      </Td>
                      <Td>{p.unit ?? "—"}</Td>
                      <Td className="text-xs text-slate-500">{t(`activities.sources.${p.source}`)}</Td>
                      <Td>
                        {p.checkedInAt ? (
                          <span className="text-xs text-green-700">{when(p.checkedInAt)}</span>
                        ) : d.can.checkIn ? (
                          <ActionButton action={checkInParticipantAction} input={{ participantId: p.id }}>{t("activities.markPresent")}</ActionButton>
                        ) : (
                          <span className="text-xs text-slate-400">{t("activities.notYet")}</span>
                        )}
                      </Td>
                    </tr>
                  ))}
                </tbody>
              </Table>
            )}
          </Card>
          <Card>
            <CardHeader title={t("activities.results")} />
            <CardBody className="space-y-3">
              {a.resultText ? <p className="whitespace-pre-line text-sm text-slate-800" data-testid="activity-results">{a.resultText}</p> : <p className="text-sm text-slate-500">{t("activities.noResults")}</p>}
              <PhotoStrip ids={a.photoIds} alt={t("activities.photo")} />
              {d.can.edit ? <ResultsForm activityId={a.id} nodeId={a.nodeId} resultText={a.resultText ?? ""} /> : null}
            </CardBody>
          </Card>
          {a.kind === "DOOR_TO_DOOR" ? (
            <Card>
              <CardHeader title={t("activities.households")} description={t("activities.householdsCount", { n: d.households.length })} />
              <CardBody className="space-y-3">
                <ul className="flex flex-wrap gap-1.5" data-testid="visited">
                  {d.households.map((h) => (
                    <li key={h.id} className="rounded-md bg-slate-50 px-2 py-1 text-xs text-slate-700 ring-1 ring-slate-200">{h.label} · {h.headName}</li>
                  ))}
                </ul>
                {d.can.edit ? <HouseholdsForm activityId={a.id} /> : null}
              </CardBody>
            </Card>
          ) : null}
        </div>
        {d.can.checkIn ? (
          <div className="space-y-6">
            <Card>
              <CardHeader title={t("activities.qr")} description={t("activities.qrHint")} />
              <CardBody className="space-y-2 text-center">
                {/* eslint-disable-next-line @next/next/no-img-element */}
                <img src={`${qr}?format=svg`} alt={t("activities.qr")} className="mx-auto h-48 w-48" />
                <p className="space-x-3 text-sm">
                  <a href={`${qr}?format=png&download=true`} className="text-brand-700 hover:underline">PNG</a>
                  <a href={`${qr}?format=svg&download=true`} className="text-brand-700 hover:underline">SVG</a>
                </p>
              </CardBody>
            </Card>
            <Card>
              <CardHeader title={t("activities.register")} description={t("activities.registerHint")} />
              <CardBody><RegisterForm activityId={a.id} /></CardBody>
            </Card>
            <Card>
              <CardHeader title={t("activities.walkIn")} description={t("activities.walkInHint")} />
              <CardBody><WalkInForm activityId={a.id} /></CardBody>
            </Card>
          </div>
        ) : null}
      </div>
    </div>
  );
}
