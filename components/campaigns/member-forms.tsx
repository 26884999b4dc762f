"use client";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { useTranslations } from "next-intl";
import { Loader2, ThumbsUp } from "lucide-react";
import { castVoteAction, signPledgeAction, startAttemptAction, submitSuggestionAction, supportSuggestionAction } from "@/app/actions/campaigns-member";
import { Alert } from "@/components/ui/alert";
import { buttonClass } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { Field, Textarea } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { useActionForm } from "@/components/ui/use-action-form";

function useRun() {
  const [pending, start] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const run = (fn: () => Promise<{ ok: true } | { ok: false; error: string } | void>) =>
    start(async () => {
      const res = await fn();
      setError(res && !res.ok ? res.error : null);
    });
  return { pending, error, run };
}

export function StartQuizButton({ quizId, campaignId, resume }: { quizId: string; campaignId: string; resume: boolean }) {
  const t = useTranslations("campaigns");
  const router = useRouter();
  const { pending, error, run } = useRun();
  return (
    <span className="flex flex-col items-end gap-1">
      <button
        type="button"
        disabled={pending}
        className={buttonClass("primary", "md")}
        data-testid="start-quiz"
        onClick={() =>
          run(async () => {
            const res = await startAttemptAction({ quizId });
            if (res.ok) router.push(`/m/campaigns/${campaignId}/quiz/${res.data.id}`);
            return res;
          })
        }
      >
        {pending ? <Loader2 className="h-4 w-4 animate-spin" aria-hidden /> : null}
        {resume ? t("member.resumeQuiz") : t("member.startQuiz")}
      </button>
      {error ? <span className="text-xs text-red-600" role="alert">{error}</span> : null}
    </span>
  );
}

export function SignPledgeButton({ campaignId }: { campaignId: string }) {
  const t = useTranslations("campaigns");
  const router = useRouter();
  const [agree, setAgree] = useState(false);
  const { pending, error, run } = useRun();
  return (
    <div className="space-y-3">
      <label className="flex items-start gap-2 text-sm text-slate-700">
        <input type="checkbox" className="mt-0.5 h-5 w-5 rounded border-slate-300 text-brand-600" checked={agree} onChange={(e) => setAgree(e.currentTarget.checked)} data-testid="pledge-agree" />
        {t("member.agree")}
      </label>
      {error ? <Alert tone="error">{error}</Alert> : null}
      <button
        type="button"
        disabled={!agree || pending}
        className={buttonClass("primary", "md", "h-12 w-full text-base")}
        data-testid="sign-pledge"
        onClick={() =>
          run(async () => {
            const res = await signPledgeAction({ campaignId });
            if (res.ok) router.refresh();
            return res;
          })
        }
      >
        {pending ? <Loader2 className="h-5 w-5 animate-spin" aria-hidden /> : null}
        {t("member.sign")}
      </button>
    </div>
  );
}

export function SuggestionForm({ campaignId }: { campaignId: string }) {
  const t = useTranslations("campaigns");
  const router = useRouter();
  const [key, setKey] = useState(0);
  const [kind, setKind] = useState<"SUGGESTION" | "TIP">("SUGGESTION");
  const form = useActionForm(submitSuggestionAction, () => (setKey((k) => k + 1), router.refresh()));
  return (
    <form key={key} onSubmit={form.onSubmit} className="space-y-3" noValidate>
      {form.error ? <Alert tone="error">{form.error}</Alert> : null}
      <input type="hidden" name="campaignId" value={campaignId} />
      <input type="hidden" name="kind" value={kind} />
      <div className="grid grid-cols-2 gap-2" role="radiogroup" aria-label={t("suggestions.kind")}>
        {(["SUGGESTION", "TIP"] as const).map((k) => (
          <button key={k} type="button" role="radio" aria-checked={kind === k} onClick={() => setKind(k)} className={cn("rounded-md px-3 py-2 text-sm ring-1", kind === k ? "bg-brand-50 font-medium text-brand-700 ring-brand-600" : "bg-white text-slate-700 ring-slate-300")}>
            {t(`suggestions.kinds.${k}`)}
          </button>
        ))}
      </div>
      <Field label={t("suggestions.text")} htmlFor="sg-text" errors={form.fieldErrors.text}>
        <Textarea id="sg-text" name="text" rows={4} maxLength={2000} placeholder={kind === "TIP" ? t("suggestions.tipPlaceholder") : t("suggestions.placeholder")} />
      </Field>
      <SubmitButton pending={form.pending} className="h-11 w-full">{t("suggestions.submit")}</SubmitButton>
    </form>
  );
}

export function SupportButton({ suggestionId, supported, mine, count, disabled }: { suggestionId: string; supported: boolean; mine: boolean; count: number; disabled?: boolean }) {
  const t = useTranslations("campaigns");
  const router = useRouter();
  const { pending, error, run } = useRun();
  const off = supported || mine || disabled || pending;
  return (
    <span className="flex flex-col items-end gap-0.5">
      <button
        type="button"
        disabled={off}
        aria-pressed={supported}
        data-testid="support"
        className={cn("inline-flex items-center gap-1.5 rounded-full px-3 py-1.5 text-sm ring-1", supported ? "bg-brand-50 text-brand-700 ring-brand-200" : "bg-white text-slate-700 ring-slate-300", !supported && off && "opacity-60")}
        onClick={() =>
          run(async () => {
            const res = await supportSuggestionAction({ suggestionId });
            if (res.ok) router.refresh();
            return res;
          })
        }
      >
        <ThumbsUp className="h-4 w-4" aria-hidden />
        <span className="tabular-nums" data-testid="support-count">{count}</span>
        <span className="sr-only">{supported ? t("suggestions.supported") : t("suggestions.support")}</span>
      </button>
      {error ? <span className="text-xs text-red-600" role="alert">{error}</span> : null}
    </span>
  );
}

export function VoteButton({ selectionId, nominationId }: { selectionId: string; nominationId: string }) {
  const t = useTranslations("campaigns");
  const router = useRouter();
  const { pending, error, run } = useRun();
  return (
    <span className="flex flex-col items-end gap-0.5">
      <button
        type="button"
        disabled={pending}
        className={buttonClass("primary", "sm")}
        data-testid="vote"
        onClick={() =>
          run(async () => {
            const res = await castVoteAction({ selectionId, nominationId });
            if (res.ok) router.refresh();
            return res;
          })
        }
      >
        {t("member.vote")}
      </button>
      {error ? <span className="text-xs text-red-600" role="alert">{error}</span> : null}
    </span>
  );
}
