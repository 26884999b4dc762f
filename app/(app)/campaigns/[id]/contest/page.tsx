import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { orNotFound } from "@/lib/access/page";
import { requirePageActor } from "@/lib/auth/current-actor";
import { getContest } from "@/lib/campaigns/contests/quizzes";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { Table, Td, Th } from "@/components/ui/table";
import { cn } from "@/components/ui/cn";
import { NewQuizButton } from "@/components/campaigns/quiz-forms";
import { RateTable } from "@/components/campaigns/rate-table";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ node?: string; quiz?: string }> };

export default async function ContestPage({ params, searchParams }: Props) {
  const actor = await requirePageActor();
  const { id } = await params;
  const sp = await searchParams;
  const ok = (v?: string) => (v?.match(/^[a-z0-9]{1,40}$/) ? v : undefined);
  const t = await getTranslations("campaigns");
  const d = await orNotFound(getContest({ actor, campaignId: id, quizId: ok(sp.quiz), nodeId: ok(sp.node) }));
  const c = d.campaign;
  const base = `/campaigns/${c.id}/contest`;
  const q = ok(sp.quiz);
  return (
    <div className="space-y-6">
      <Card>
        <CardHeader
          title={t("contest.quizzes")}
          description={t("contest.quizzesHint")}
          actions={
            d.canManage ? (
              <>
                <Link href="/campaigns/questions" className="text-sm text-brand-700 hover:underline">{t("contest.bank")}</Link>
                {c.status !== "CLOSED" ? <NewQuizButton campaignId={c.id} /> : null}
              </>
            ) : null
          }
        />
        {d.quizzes.length === 0 ? (
          <EmptyState title={t("contest.empty")} />
        ) : (
          <Table>
            <thead className="bg-slate-50">
              <tr>
                <Th>{t("contest.quiz")}</Th>
                <Th className="text-right">{t("contest.questions")}</Th>
                <Th className="text-right">{t("contest.timeLimit")}</Th>
                <Th className="text-right">{t("contest.passMark")}</Th>
                <Th className="text-right">{t("contest.attempts")}</Th>
                <Th className="text-right">{t("contest.average")}</Th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100" data-testid="quizzes">
              {d.quizzes.map((x) => (
                <tr key={x.id} className={cn(q === x.id && "bg-brand-50/50")}>
                  <Td><Link href={`${base}?quiz=${x.id}`} className="font-medium text-slate-900 hover:text-brand-700">{x.title}</Link></Td>
                  <Td className="text-right tabular-nums">{x.questionCount}</Td>
                  <Td className="text-right tabular-nums">{t("contest.minutes", { n: Math.round(x.timeLimitSec / 60) })}</Td>
                  <Td className="text-right tabular-nums">{x.passPercent}%</Td>
                  <Td className="text-right tabular-nums">{x.attempts}</Td>
                  <Td className="text-right tabular-nums">{x.average === null ? "—" : Math.round(x.average)}</Td>
                </tr>
              ))}
            </tbody>
          </Table>
        )}
      </Card>
      <div className="grid gap-6 xl:grid-cols-[1fr_22rem]">
        <Card>
          <CardHeader
            title={t("contest.ranking")}
            description={q ? t("contest.rankingOne", { title: d.quizzes.find((x) => x.id === q)?.title ?? "" }) : t("contest.rankingAll")}
            actions={q ? <Link href={base} className="text-sm text-brand-700 hover:underline">{t("contest.allQuizzes")}</Link> : null}
          />
          <RateTable
            rows={d.ranking.rows}
            direct={d.ranking.direct}
            all={d.ranking.all}
            parentName={d.ranking.parent?.name ?? null}
            trail={d.ranking.trail}
            href={(n) => `${base}?node=${n}${q ? `&quiz=${q}` : ""}`}
            labels={{ total: t("contest.takers"), hit: t("contest.passed"), rate: t("overview.awarenessRate"), average: t("contest.average") }}
            testId="awareness"
          />
          <CardBody className="border-t border-slate-100 text-xs leading-5 text-slate-500">{t("contest.formula")}</CardBody>
        </Card>
        <Card>
          <CardHeader title={t("contest.top")} />
          {d.top.length === 0 ? (
            <EmptyState title={t("contest.noResults")} />
          ) : (
            <ol className="divide-y divide-slate-100">
              {d.top.map((x, i) => (
                <li key={x.id} className="flex items-center justify-between px-4 py-2 text-sm">
                  <span><span className="mr-2 inline-block w-5 text-right tabular-nums text-slate-400">{i + 1}</span>{x.name}<span className="ml-2 text-xs text-slate-400">{x.unit}</span></span>
                  <span className="tabular-nums font-medium">{x.percent}<span className="ml-2 text-xs font-normal text-slate-400">{t("contest.seconds", { n: x.seconds })}</span></span>
                </li>
              ))}
            </ol>
          )}
        </Card>
      </div>
    </div>
  );
}
