"use client";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useTranslations } from "next-intl";
import { Plus } from "lucide-react";
import { archiveQuestionAction, createQuestionAction, createQuizAction, importStarterBankAction, updateQuestionAction } from "@/app/actions/campaigns";
import { CATEGORIES, QUESTION_KINDS } from "@/lib/campaigns/contests/schemas";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Checkbox, Field, Input, Select, Textarea } from "@/components/ui/field";
import { Dialog } from "@/components/ui/dialog";
import { SubmitButton } from "@/components/ui/submit-button";
import { useActionForm } from "@/components/ui/use-action-form";
import { ActionButton } from "./action-button";

export function NewQuizButton({ campaignId }: { campaignId: string }) {
  const t = useTranslations("campaigns");
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const form = useActionForm(createQuizAction, () => (setOpen(false), router.refresh()));
  const fe = form.fieldErrors;
  return (
    <>
      <Button variant="primary" onClick={() => setOpen(true)} data-testid="new-quiz">
        <Plus className="h-4 w-4" aria-hidden />
        {t("contest.new")}
      </Button>
      <Dialog open={open} onClose={() => setOpen(false)} title={t("contest.new")} wide>
        <form onSubmit={form.onSubmit} className="space-y-4" noValidate>
          {form.error ? <Alert tone="error">{form.error}</Alert> : null}
          <input type="hidden" name="campaignId" value={campaignId} />
          <Field label={t("contest.quiz")} htmlFor="qz-title" errors={fe.title} required>
            <Input id="qz-title" name="title" defaultValue={t("contest.defaultTitle")} maxLength={200} />
          </Field>
          <div className="grid gap-3 sm:grid-cols-4">
            <Field label={t("contest.questions")} htmlFor="qz-count" errors={fe.questionCount}>
              <Input id="qz-count" name="questionCount" type="number" min={3} max={50} defaultValue={10} />
            </Field>
            <Field label={t("contest.timeLimitMin")} htmlFor="qz-time" errors={fe.timeLimitMin}>
              <Input id="qz-time" name="timeLimitMin" type="number" min={1} max={120} defaultValue={5} />
            </Field>
            <Field label={t("contest.passMark")} htmlFor="qz-pass" errors={fe.passPercent}>
              <Input id="qz-pass" name="passPercent" type="number" min={1} max={100} defaultValue={80} />
            </Field>
            <Field label={t("contest.attemptsPerMember")} htmlFor="qz-attempts" errors={fe.attemptsPerMember}>
              <Input id="qz-attempts" name="attemptsPerMember" type="number" min={1} max={10} defaultValue={1} />
            </Field>
          </div>
          <fieldset>
            <legend className="mb-1 text-sm font-medium text-slate-700">{t("contest.categoriesLabel")}</legend>
            <div className="flex flex-wrap gap-4">
              {CATEGORIES.map((c) => (
                <Checkbox key={c} name="categories[]" value={c} label={t(`contest.categories.${c}`)} />
              ))}
            </div>
            <p className="mt-1 text-xs text-slate-500">{t("contest.categoriesHint")}</p>
          </fieldset>
          <div className="flex justify-end"><SubmitButton pending={form.pending}>{t("contest.create")}</SubmitButton></div>
        </form>
      </Dialog>
    </>
  );
}

type Q = { id?: string; kind: (typeof QUESTION_KINDS)[number]; category: (typeof CATEGORIES)[number]; text: string; options: string[]; answer: number[]; explanation: string | null; archived?: boolean };

function QuestionForm({ question, onDone }: { question?: Q; onDone: () => void }) {
  const t = useTranslations("campaigns");
  const [kind, setKind] = useState<Q["kind"]>(question?.kind ?? "SINGLE");
  const form = useActionForm(question?.id ? updateQuestionAction : createQuestionAction, onDone);
  const fe = form.fieldErrors;
  const options = kind === "TRUE_FALSE" ? [t("contest.true"), t("contest.false")] : [...(question?.options ?? []), "", "", "", ""].slice(0, Math.max(4, question?.options.length ?? 0));
  return (
    <form onSubmit={form.onSubmit} className="space-y-4" noValidate>
      {form.error ? <Alert tone="error">{form.error}</Alert> : null}
      {question?.id ? <input type="hidden" name="questionId" value={question.id} /> : null}
      <div className="grid gap-3 sm:grid-cols-2">
        <Field label={t("contest.kind")} htmlFor="qq-kind">
          <Select id="qq-kind" name="kind" value={kind} onChange={(e) => setKind(e.currentTarget.value as Q["kind"])}>
            {QUESTION_KINDS.map((k) => (
              <option key={k} value={k}>{t(`contest.kinds.${k}`)}</option>
            ))}
          </Select>
        </Field>
        <Field label={t("contest.category")} htmlFor="qq-cat">
          <Select id="qq-cat" name="category" defaultValue={question?.category ?? "KITCHEN"}>
            {CATEGORIES.map((c) => (
              <option key={c} value={c}>{t(`contest.categories.${c}`)}</option>
            ))}
          </Select>
        </Field>
      </div>
      <Field label={t("contest.text")} htmlFor="qq-text" errors={fe.text} required>
        <Textarea id="qq-text" name="text" defaultValue={question?.text} maxLength={500} />
      </Field>
      <fieldset key={kind} className="space-y-2">
        <legend className="text-sm font-medium text-slate-700">{t("contest.optionsLabel")}</legend>
        {options.map((o, i) => (
          <div key={i} className="flex items-center gap-2">
            <input
              type={kind === "MULTIPLE" ? "checkbox" : "radio"}
              name={kind === "MULTIPLE" ? "answer[]" : "answer"}
              value={i}
              defaultChecked={question?.kind === kind && question.answer.includes(i)}
              aria-label={t("contest.markCorrect", { n: String.fromCharCode(65 + i) })}
              className="h-4 w-4 text-brand-600"
            />
            <span className="w-4 text-sm text-slate-500">{String.fromCharCode(65 + i)}</span>
            {kind === "TRUE_FALSE" ? <span className="text-sm">{o}</span> : <Input name="options[]" defaultValue={o} maxLength={100} />}
          </div>
        ))}
        {fe.options ? <p className="text-xs text-red-600" role="alert">{fe.options.join("；")}</p> : null}
        {fe.answer ? <p className="text-xs text-red-600" role="alert">{fe.answer.join("；")}</p> : null}
        <p className="text-xs text-slate-500">{t("contest.optionsHint")}</p>
      </fieldset>
      <Field label={t("contest.explanation")} htmlFor="qq-exp" errors={fe.explanation}>
        <Textarea id="qq-exp" name="explanation" defaultValue={question?.explanation ?? ""} maxLength={500} />
      </Field>
      <div className="flex justify-end"><SubmitButton pending={form.pending}>{t("save")}</SubmitButton></div>
    </form>
  );
}

export function QuestionBankActions() {
  const t = useTranslations("campaigns");
  const router = useRouter();
  const [open, setOpen] = useState(false);
  return (
    <>
      <ActionButton action={importStarterBankAction} input={{}} size="md">{t("contest.importStarter")}</ActionButton>
      <Button variant="primary" onClick={() => setOpen(true)}>
        <Plus className="h-4 w-4" aria-hidden />
        {t("contest.newQuestion")}
      </Button>
      <Dialog open={open} onClose={() => setOpen(false)} title={t("contest.newQuestion")} wide>
        <QuestionForm onDone={() => (setOpen(false), router.refresh())} />
      </Dialog>
    </>
  );
}

export function QuestionActions({ question }: { question: Q & { id: string } }) {
  const t = useTranslations("campaigns");
  const router = useRouter();
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button size="sm" variant="ghost" onClick={() => setOpen(true)}>{t("edit")}</Button>
      <ActionButton action={archiveQuestionAction} input={{ questionId: question.id, archived: !question.archived }} variant="ghost">
        {question.archived ? t("contest.restore") : t("contest.archive")}
      </ActionButton>
      <Dialog open={open} onClose={() => setOpen(false)} title={t("edit")} wide>
        <QuestionForm question={question} onDone={() => (setOpen(false), router.refresh())} />
      </Dialog>
    </>
  );
}
