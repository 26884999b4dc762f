"use client";
import { useRouter } from "next/navigation";
import { useEffect, useRef, useState, useTransition } from "react";
import { useTranslations } from "next-intl";
import { Clock, Loader2 } from "lucide-react";
import { submitAttemptAction } from "@/app/actions/campaigns-member";
import { Alert } from "@/components/ui/alert";
import { buttonClass } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";

type Question = { id: string; kind: "SINGLE" | "MULTIPLE" | "TRUE_FALSE"; text: string; options: string[] };

/**
 * The running quiz on a phone: one question after another, a countdown from the server's deadline (the server
 * grades and times; the clock here only helps), submitted by the member or when time runs out.
 */
export function QuizRunner({ attemptId, questions, secondsLeft }: { attemptId: string; questions: Question[]; secondsLeft: number }) {
  const t = useTranslations("campaigns");
  const router = useRouter();
  const [answers, setAnswers] = useState<Record<string, number[]>>({});
  const [index, setIndex] = useState(0);
  const [left, setLeft] = useState(secondsLeft);
  const [error, setError] = useState<string | null>(null);
  const [pending, start] = useTransition();
  const submitted = useRef(false);
  const submit = () => {
    if (submitted.current) return;
    submitted.current = true;
    start(async () => {
      const res = await submitAttemptAction({ attemptId, answers });
      if (!res.ok) {
        submitted.current = false;
        setError(res.error);
        return;
      }
      router.refresh();
    });
  };
  useEffect(() => {
    const started = Date.now();
    const timer = setInterval(() => setLeft(Math.max(0, secondsLeft - Math.floor((Date.now() - started) / 1000))), 500);
    return () => clearInterval(timer);
  }, [secondsLeft]);
  useEffect(() => {
    if (left === 0) submit();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [left]);
  const q = questions[index];
  const chosen = answers[q.id] ?? [];
  const pick = (i: number) =>
    setAnswers((a) => ({ ...a, [q.id]: q.kind === "MULTIPLE" ? (chosen.includes(i) ? chosen.filter((x) => x !== i) : [...chosen, i].sort()) : [i] }));
  const answered = questions.filter((x) => (answers[x.id] ?? []).length > 0).length;
  const mm = String(Math.floor(left / 60)).padStart(2, "0");
  const ss = String(left % 60).padStart(2, "0");
  return (
    <div className="space-y-4">
      <div className="sticky top-12 z-10 flex items-center justify-between rounded-lg bg-white px-4 py-2 shadow-sm ring-1 ring-slate-200">
        <span className="text-sm text-slate-600">{t("member.questionOf", { n: index + 1, total: questions.length })}</span>
        <span className={cn("inline-flex items-center gap-1 font-mono text-base tabular-nums", left <= 30 ? "text-brand-700" : "text-slate-900")} data-testid="quiz-timer">
          <Clock className="h-4 w-4" aria-hidden />
          {mm}:{ss}
        </span>
      </div>
      {error ? <Alert tone="error">{error}</Alert> : null}
      <div className="rounded-lg bg-white p-4 shadow-sm ring-1 ring-slate-200" data-testid="quiz-question">
        <p className="text-xs font-medium text-brand-700">{t(`contest.kinds.${q.kind}`)}</p>
        <p className="mt-1 text-base font-medium leading-7 text-slate-900">{q.text}</p>
        <ul className="mt-3 space-y-2">
          {q.options.map((o, i) => {
            const on = chosen.includes(i);
            return (
              <li key={i}>
                <button
                  type="button"
                  onClick={() => pick(i)}
                  aria-pressed={on}
                  data-testid="quiz-option"
                  className={cn("flex min-h-12 w-full items-center gap-3 rounded-lg px-3 py-2 text-left text-sm ring-1", on ? "bg-brand-50 text-brand-800 ring-2 ring-brand-600" : "bg-white text-slate-800 ring-slate-300")}
                >
                  <span className={cn("flex h-7 w-7 shrink-0 items-center justify-center text-xs font-semibold", q.kind === "MULTIPLE" ? "rounded" : "rounded-full", on ? "bg-brand-600 text-white" : "bg-slate-100 text-slate-600")}>
                    {String.fromCharCode(65 + i)}
                  </span>
                  {o}
                </button>
              </li>
            );
          })}
        </ul>
      </div>
      <div className="flex gap-2">
        <button type="button" className={buttonClass("secondary", "md", "h-11 flex-1")} disabled={index === 0} onClick={() => setIndex((i) => i - 1)}>
          {t("member.prev")}
        </button>
        {index < questions.length - 1 ? (
          <button type="button" className={buttonClass("primary", "md", "h-11 flex-1")} onClick={() => setIndex((i) => i + 1)} data-testid="quiz-next">
            {t("member.next")}
          </button>
        ) : (
          <button type="button" className={buttonClass("primary", "md", "h-11 flex-1")} disabled={pending} onClick={submit} data-testid="quiz-submit">
            {pending ? <Loader2 className="h-4 w-4 animate-spin" aria-hidden /> : null}
            {t("member.submitQuiz", { answered, total: questions.length })}
          </button>
        )}
      </div>
      <div className="flex flex-wrap justify-center gap-1.5" aria-label={t("member.progress")}>
        {questions.map((x, i) => (
          <button key={x.id} type="button" onClick={() => setIndex(i)} aria-label={String(i + 1)} className={cn("h-7 w-7 rounded-full text-xs", i === index ? "bg-brand-600 text-white" : (answers[x.id] ?? []).length ? "bg-brand-100 text-brand-800" : "bg-slate-100 text-slate-500")}>
            {i + 1}
          </button>
        ))}
      </div>
    </div>
  );
}
