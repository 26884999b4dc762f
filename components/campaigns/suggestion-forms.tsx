"use client";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useTranslations } from "next-intl";
import { answerSuggestionAction, hideSuggestionAction, restoreSuggestionAction } from "@/app/actions/campaigns";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, Input, Textarea } from "@/components/ui/field";
import { Dialog } from "@/components/ui/dialog";
import { SubmitButton } from "@/components/ui/submit-button";
import { useActionForm } from "@/components/ui/use-action-form";
import { ActionButton } from "./action-button";

export function SuggestionModeration({ suggestionId, status, answer }: { suggestionId: string; status: string; answer: string | null }) {
  const t = useTranslations("campaigns");
  const router = useRouter();
  const [open, setOpen] = useState<"answer" | "adopt" | "hide" | null>(null);
  const done = () => (setOpen(null), router.refresh());
  const answerForm = useActionForm(answerSuggestionAction, done);
  const hideForm = useActionForm(hideSuggestionAction, done);
  return (
    <div className="flex flex-wrap gap-1">
      {status !== "ADOPTED" ? <Button size="sm" variant="primary" onClick={() => setOpen("adopt")} data-testid="adopt">{t("suggestions.adopt")}</Button> : null}
      <Button size="sm" variant="secondary" onClick={() => setOpen("answer")}>{answer ? t("suggestions.editAnswer") : t("suggestions.reply")}</Button>
      {status === "HIDDEN" ? (
        <ActionButton action={restoreSuggestionAction} input={{ suggestionId }}>{t("suggestions.restore")}</ActionButton>
      ) : (
        <Button size="sm" variant="ghost" onClick={() => setOpen("hide")}>{t("suggestions.hide")}</Button>
      )}
      <Dialog open={open === "answer" || open === "adopt"} onClose={() => setOpen(null)} title={open === "adopt" ? t("suggestions.adopt") : t("suggestions.reply")}>
        <form onSubmit={answerForm.onSubmit} className="space-y-3" noValidate>
          {answerForm.error ? <Alert tone="error">{answerForm.error}</Alert> : null}
          <input type="hidden" name="suggestionId" value={suggestionId} />
          <input type="hidden" name="adopt" value={open === "adopt" || status === "ADOPTED" ? "true" : "false"} />
          <Field label={t("suggestions.answer")} htmlFor={`ans-${suggestionId}`} errors={answerForm.fieldErrors.answer} required>
            <Textarea id={`ans-${suggestionId}`} name="answer" defaultValue={answer ?? (open === "adopt" ? t("suggestions.adoptDefault") : "")} maxLength={2000} />
          </Field>
          <div className="flex justify-end"><SubmitButton pending={answerForm.pending}>{open === "adopt" ? t("suggestions.adopt") : t("save")}</SubmitButton></div>
        </form>
      </Dialog>
      <Dialog open={open === "hide"} onClose={() => setOpen(null)} title={t("suggestions.hide")}>
        <form onSubmit={hideForm.onSubmit} className="space-y-3" noValidate>
          {hideForm.error ? <Alert tone="error">{hideForm.error}</Alert> : null}
          <input type="hidden" name="suggestionId" value={suggestionId} />
          <Field label={t("suggestions.reason")} htmlFor={`hide-${suggestionId}`} errors={hideForm.fieldErrors.reason} required hint={t("suggestions.reasonHint")}>
            <Input id={`hide-${suggestionId}`} name="reason" maxLength={200} />
          </Field>
          <div className="flex justify-end"><SubmitButton pending={hideForm.pending} variant="danger">{t("suggestions.hide")}</SubmitButton></div>
        </form>
      </Dialog>
    </div>
  );
}
