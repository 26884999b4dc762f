import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { orNotFound } from "@/lib/access/page";
import { requirePageActor } from "@/lib/auth/current-actor";
import { listQuestions } from "@/lib/campaigns/contests/questions";
import { CATEGORIES } from "@/lib/campaigns/contests/schemas";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { cn } from "@/components/ui/cn";
import { QuestionActions, QuestionBankActions } from "@/components/campaigns/quiz-forms";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("campaigns"))("contest.bank") };
}

type SP = { category?: string; page?: string; archived?: string };

export default async function QuestionsPage({ searchParams }: { searchParams: Promise<SP> }) {
  const actor = await requirePageActor();
  const sp = await searchParams;
  const category = CATEGORIES.find((c) => c === sp.category);
  const includeArchived = sp.archived === "1";
  const page = Math.max(1, Math.min(1000, Number(sp.page) || 1));
  const t = await getTranslations("campaigns");
  const d = await orNotFound(listQuestions({ actor, category, includeArchived, page }));
  const total = Object.values(d.byCategory).reduce((s, n) => s + (n ?? 0), 0);
  return (
    <>
      <PageHeader title={t("contest.bank")} description={t("contest.bankHint", { n: total })} actions={d.canEdit ? <QuestionBankActions /> : null} />
      <Card>
        <div className="flex flex-wrap gap-1 border-b border-slate-100 px-4 py-2 text-sm">
          {[undefined, ...CATEGORIES].map((c) => (
            <Link key={c ?? "all"} href={c ? `/campaigns/questions?category=${c}` : "/campaigns/questions"} className={cn("rounded-md px-2.5 py-1", c === category ? "bg-brand-50 font-medium text-brand-700" : "text-slate-600 hover:bg-slate-100")}>
              {c ? `${t(`contest.categories.${c}`)} ${d.byCategory[c] ?? 0}` : `${t("allStatuses")} ${total}`}
            </Link>
          ))}
        </div>
        {d.rows.length === 0 ? (
          <EmptyState title={t("contest.bankEmpty")} hint={d.canEdit ? t("contest.bankEmptyHint") : undefined} />
        ) : (
          <ol className="divide-y divide-slate-100" data-testid="questions">
            {d.rows.map((q) => (
              <li key={q.id} className={cn("space-y-1.5 px-4 py-3", q.archived && "opacity-60")}>
                <div className="flex flex-wrap items-start justify-between gap-2">
                  <p className="text-sm font-medium text-slate-900">{q.text}</p>
                  <div className="flex items-center gap-1.5">
                    <Badge tone="blue">{t(`contest.categories.${q.category}`)}</Badge>
                    <Badge>{t(`contest.kinds.${q.kind}`)}</Badge>
                    {q.starterKey ? <Badge tone="green">{t("contest.starter")}</Badge> : null}
                    {q.archived ? <Badge tone="amber">{t("contest.archived")}</Badge> : null}
                    {d.canEdit ? <QuestionActions question={{ id: q.id, kind: q.kind, category: q.category, text: q.text, options: q.options, answer: q.answer, explanation: q.explanation, archived: q.archived }} /> : null}
                  </div>
                </div>
                <ul className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
                  {q.options.map((o, i) => (
                    <li key={i} className={q.answer.includes(i) ? "font-medium text-green-700" : "text-slate-600"}>
                      {String.fromCharCode(65 + i)}. {o}
                    </li>
                  ))}
                </ul>
                {q.explanation ? <p className="text-xs text-slate-500">{q.explanation}</p> : null}
              </li>
            ))}
          </ol>
        )}
        <Pagination page={d.page} pageSize={d.pageSize} total={d.total} path="/campaigns/questions" params={{ category, archived: includeArchived ? "1" : undefined }} />
      </Card>
    </>
  );
}
