"use client";
import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { Check, Undo2 } from "lucide-react";
import { reopenReportAction, reviewReportAction } from "@/app/actions/reports";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, Input, Textarea } from "@/components/ui/field";

/** Approve, or return to the unit with a comment (required when returning). */
export function ReviewPanel({ submissionId, version, level }: { submissionId: string; version: number; level: number }) {
  const t = useTranslations("reports.review");
  const router = useRouter();
  const [comment, setComment] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string[]>>({});
  const [pending, start] = useTransition();
  const act = (decision: "approve" | "return") =>
    start(async () => {
      const res = await reviewReportAction({ submissionId, decision, comment, version });
      if (res.ok) {
        setError(null);
        router.refresh();
      } else {
        setError(res.error);
        setFieldErrors(res.fieldErrors ?? {});
      }
    });
  return (
    <div className="space-y-3" data-testid="review-panel">
      <p className="text-sm text-slate-600">{t("yourLevel", { level })}</p>
      {error ? <Alert tone="error">{error}</Alert> : null}
      <Field label={t("comment")} htmlFor="review-comment" hint={t("commentHint")} errors={fieldErrors.comment}>
        <Textarea id="review-comment" value={comment} onChange={(e) => setComment(e.target.value)} rows={3} maxLength={1000} />
      </Field>
      <div className="flex flex-wrap gap-2">
        <Button onClick={() => act("approve")} disabled={pending} data-testid="approve-report">
          <Check className="h-4 w-4" aria-hidden />
          {t("approve")}
        </Button>
        <Button variant="danger" onClick={() => act("return")} disabled={pending} data-testid="return-report">
          <Undo2 className="h-4 w-4" aria-hidden />
          {t("return")}
        </Button>
      </div>
    </div>
  );
}

/** A level above lifts the lock for this unit's period for a few days. */
export function ReopenPanel({ type, period, nodeId }: { type: string; period: string; nodeId: string }) {
  const t = useTranslations("reports.reopen");
  const router = useRouter();
  const [days, setDays] = useState("3");
  const [reason, setReason] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string[]>>({});
  const [pending, start] = useTransition();
  return (
    <form
      className="space-y-3"
      onSubmit={(e) => {
        e.preventDefault();
        start(async () => {
          const res = await reopenReportAction({ type, period, nodeId, days: Number(days), reason });
          if (res.ok) router.refresh();
          else {
            setError(res.error);
            setFieldErrors(res.fieldErrors ?? {});
          }
        });
      }}
      data-testid="reopen-panel"
    >
      {error ? <Alert tone="error">{error}</Alert> : null}
      <Field label={t("days")} htmlFor="reopen-days" errors={fieldErrors.days}>
        <Input id="reopen-days" inputMode="numeric" value={days} onChange={(e) => setDays(e.target.value)} className="max-w-24" />
      </Field>
      <Field label={t("reason")} htmlFor="reopen-reason" required errors={fieldErrors.reason}>
        <Input id="reopen-reason" value={reason} onChange={(e) => setReason(e.target.value)} maxLength={500} />
      </Field>
      <Button type="submit" variant="secondary" disabled={pending}>{t("submit")}</Button>
    </form>
  );
}
