import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { CheckCircle2, ChevronRight, FileText, Lightbulb, PenLine, Trophy, Vote } from "lucide-react";
import { orNotFound } from "@/lib/access/page";
import { requirePageActor } from "@/lib/auth/current-actor";
import { listMemberActivities } from "@/lib/campaigns/activities/activities";
import { listMemberQuizzes } from "@/lib/campaigns/contests/quizzes";
import { getMemberCampaign } from "@/lib/campaigns/member";
import { listMemberSelections } from "@/lib/campaigns/selections/selections";
import { joinActivityAction } from "@/app/actions/campaigns-member";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { ActionButton } from "@/components/campaigns/action-button";
import { CampaignStatusBadge } from "@/components/campaigns/badges";
import { StartQuizButton } from "@/components/campaigns/member-forms";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const actor = await requirePageActor();
  const c = await getMemberCampaign({ actor, campaignId: (await params).id }).catch(() => null);
  return { title: c?.title ?? "—" };
}

function Row({ href, icon: Icon, title, hint, testId }: { href: string; icon: React.ComponentType<{ className?: string }>; title: React.ReactNode; hint?: React.ReactNode; testId?: string }) {
  return (
    <Link href={href} className="flex items-center gap-3 px-4 py-3 active:bg-slate-50" data-testid={testId}>
      <Icon className="h-5 w-5 shrink-0 text-brand-600" aria-hidden />
      <span className="min-w-0 flex-1">
        <span className="block text-sm font-medium text-slate-900">{title}</span>
        {hint ? <span className="block text-xs text-slate-500">{hint}</span> : null}
      </span>
      <ChevronRight className="h-5 w-5 text-slate-400" aria-hidden />
    </Link>
  );
}

export default async function MemberCampaignPage({ params }: Props) {
  const actor = await requirePageActor();
  const { id } = await params;
  const [t, format] = await Promise.all([getTranslations("campaigns"), getFormatter()]);
  const c = await orNotFound(getMemberCampaign({ actor, campaignId: id }));
  const [activities, quizzes, selections] = await Promise.all([listMemberActivities({ actor, campaignId: id }), listMemberQuizzes({ actor, campaignId: id }), listMemberSelections({ actor, campaignId: id })]);
  const running = c.status === "RUNNING";
  const when = (d: Date) => format.dateTime(d, { dateStyle: "medium", timeStyle: "short" });
  return (
    <div className="space-y-4">
      <Link href="/m/campaigns" className="block px-1 text-sm text-slate-500">← {t("member.campaigns")}</Link>
      <Card className="p-4">
        <div className="flex items-start justify-between gap-2">
          <h1 className="text-lg font-semibold text-slate-900" data-testid="m-campaign-title">{c.title}</h1>
          <CampaignStatusBadge status={c.status} />
        </div>
        <p className="mt-0.5 text-xs text-slate-500">{c.ownerName} · {format.dateTime(c.startsOn, { dateStyle: "medium", timeZone: "UTC" })} – {format.dateTime(c.endsOn, { dateStyle: "medium", timeZone: "UTC" })}</p>
        {c.description ? <p className="mt-2 text-sm leading-6 text-slate-700">{c.description}</p> : null}
      </Card>

      <Card className="divide-y divide-slate-100 overflow-hidden">
        {c.pledge ? (
          c.pledge.signedAt ? (
            <Row href={`/m/campaigns/${c.id}/pledge`} icon={CheckCircle2} title={c.pledge.title ?? t("pledge.title")} hint={t("member.signedOn", { when: format.dateTime(c.pledge.signedAt, { dateStyle: "medium" }) })} />
          ) : (
            <Row href={`/m/campaigns/${c.id}/pledge`} icon={PenLine} title={c.pledge.title ?? t("pledge.title")} hint={running ? t("member.notSigned") : t("member.closed")} testId="m-pledge-link" />
          )
        ) : null}
        {c.letter ? <Row href={`/m/campaigns/${c.id}/letter`} icon={FileText} title={c.letter.title ?? t("letter.title")} hint={t("member.readLetter")} /> : null}
        <Row href={`/m/campaigns/${c.id}/suggestions`} icon={Lightbulb} title={t("member.suggestions")} hint={t("member.suggestionsHint", { n: c.suggestions })} testId="m-suggestions-link" />
      </Card>

      {quizzes.quizzes.length ? (
        <section className="space-y-2">
          <h2 className="px-1 text-sm font-semibold text-slate-900">{t("member.quizzes")}</h2>
          {quizzes.quizzes.map((q) => {
            const last = [...q.attempts].reverse().find((a) => a.submittedAt);
            const open = q.attempts.find((a) => !a.submittedAt);
            const left = q.attemptsPerMember - q.attempts.length;
            return (
              <Card key={q.id} className="flex items-center gap-3 p-4" >
                <Trophy className="h-5 w-5 shrink-0 text-amber-500" aria-hidden />
                <div className="min-w-0 flex-1">
                  <p className="text-sm font-medium text-slate-900">{q.title}</p>
                  <p className="text-xs text-slate-500">{t("member.quizInfo", { n: q.questionCount, min: Math.round(q.timeLimitSec / 60), pass: q.passPercent })}</p>
                  {last ? (
                    <Link href={`/m/campaigns/${c.id}/quiz/${last.id}`} className="text-xs text-brand-700" data-testid="m-quiz-result">
                      {last.late ? t("member.quizLate") : t("member.quizScore", { percent: last.percent ?? 0 })}
                    </Link>
                  ) : null}
                </div>
                {running && (open || left > 0) ? <StartQuizButton quizId={q.id} campaignId={c.id} resume={!!open} /> : null}
              </Card>
            );
          })}
        </section>
      ) : null}

      {activities.length ? (
        <section className="space-y-2">
          <h2 className="px-1 text-sm font-semibold text-slate-900">{t("member.activities")}</h2>
          {activities.map((a) => (
            <Card key={a.id} className="p-4">
              <div className="flex items-start justify-between gap-2">
                <div className="min-w-0">
                  <p className="text-sm font-medium text-slate-900">{a.title}</p>
                  <p className="text-xs text-slate-500">{t(`activities.kinds.${a.kind}`)} · {a.node.name} · {when(a.startsAt)}{a.place ? ` · ${a.place}` : ""}</p>
                </div>
                {a.mine?.checkedInAt ? (
                  <Badge tone="green">{t("member.checkedIn")}</Badge>
                ) : a.mine ? (
                  <Badge tone="blue">{t("member.registered")}</Badge>
                ) : running && a.status === "PLANNED" && a.endsAt > new Date() ? (
                  <ActionButton action={joinActivityAction} input={{ activityId: a.id }} variant="primary">{t("member.join")}</ActionButton>
                ) : null}
              </div>
              {a.mine && !a.mine.checkedInAt ? <p className="mt-2 text-xs text-slate-500">{t("member.checkInHint")}</p> : null}
            </Card>
          ))}
        </section>
      ) : null}

      {selections.length ? (
        <section className="space-y-2">
          <h2 className="px-1 text-sm font-semibold text-slate-900">{t("member.selections")}</h2>
          <Card className="divide-y divide-slate-100 overflow-hidden">
            {selections.map((s) => (
              <Row key={s.id} href={`/m/campaigns/${c.id}/selections/${s.id}`} icon={Vote} title={s.title} hint={`${t(`selections.phases.${s.phase}`)}${s.myVotes ? ` · ${t("member.myVotes", { n: s.myVotes })}` : ""}`} />
            ))}
          </Card>
        </section>
      ) : null}
    </div>
  );
}
