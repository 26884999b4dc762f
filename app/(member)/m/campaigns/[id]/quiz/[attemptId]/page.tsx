import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { CheckCircle2, XCircle } from "lucide-react";
import { orNotFound } from "@/lib/access/page";
import { requirePageActor } from "@/lib/auth/current-actor";
import { getAttempt } from "@/lib/campaigns/contests/quizzes";
import { Card } from "@/components/ui/card";
import { cn } from "@/components/ui/cn";
import { QuizRunner } from "@/components/campaigns/quiz-runner";

export default async function QuizPage({ params }: { params: Promise<{ id: string; attemptId: string }> }) {
  const actor = await requirePageActor();
  const { id, attemptId } = await params;
  const t = await getTranslations("campaigns");
  const a = await orNotFound(getAttempt({ actor, attemptId }));
  if (!a.result) {
    const secondsLeft = Math.max(0, Math.floor((a.deadlineAt.getTime() - Date.now()) / 1000));
    return (
      <div className="space-y-3">
        <h1 className="px-1 text-base font-semibold text-slate-900">{a.quizTitle}</h1>
        <QuizRunner attemptId={a.id} secondsLeft={secondsLeft} questions={a.questions.map((q) => ({ id: q.id, kind: q.kind, text: q.text, options: q.options }))} />
      </div>
    );
  }
  const r = a.result;
  return (
    <div className="space-y-4">
      <Link href={`/m/campaigns/${id}`} className="block px-1 text-sm text-slate-500">← {t("member.back")}</Link>
      <Card className={cn("p-5 text-center", r.passed ? "bg-green-50" : "bg-white")}>
        <p className="text-sm text-slate-600">{a.quizTitle}</p>
        <p className="mt-2 text-5xl font-bold tabular-nums text-slate-900" data-testid="quiz-score">{r.percent}</p>
        <p className="mt-1 text-sm text-slate-600">{t("member.correctOf", { correct: r.correct, total: r.total })}</p>
        <p className={cn("mt-2 text-sm font-medium", r.passed ? "text-green-700" : "text-slate-700")} data-testid="quiz-verdict">
          {r.late ? t("member.quizLate") : r.passed ? t("member.passed", { pass: a.passPercent }) : t("member.notPassed", { pass: a.passPercent })}
        </p>
      </Card>
      <ol className="space-y-3">
        {a.questions.map((q, n) => {
          if (!("answer" in q)) return null;
          const right = q.answer.length === q.given.length && q.answer.every((x) => q.given.includes(x));
          return (
            <li key={q.id}>
              <Card className="p-4">
                <p className="flex items-start gap-2 text-sm font-medium text-slate-900">
                  {right ? <CheckCircle2 className="mt-0.5 h-4 w-4 shrink-0 text-green-600" aria-label={t("member.right")} /> : <XCircle className="mt-0.5 h-4 w-4 shrink-0 text-brand-600" aria-label={t("member.wrong")} />}
                  {n + 1}. {q.text}
                </p>
                <ul className="mt-2 space-y-1 text-sm">
                  {q.options.map((o, i) => (
                    <li key={i} className={cn("rounded px-2 py-1", q.answer.includes(i) ? "bg-green-50 font-medium text-green-800" : q.given.includes(i) ? "bg-red-50 text-red-700 line-through" : "text-slate-600")}>
                      {String.fromCharCode(65 + i)}. {o}
                    </li>
                  ))}
                </ul>
                {q.explanation ? <p className="mt-2 text-xs leading-5 text-slate-500">{q.explanation}</p> : null}
              </Card>
            </li>
          );
        })}
      </ol>
    </div>
  );
}
