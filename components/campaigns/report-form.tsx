"use client";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useTranslations } from "next-intl";
import { passDownTaskAction, reportProgressAction } from "@/app/actions/campaigns";
import { Alert } from "@/components/ui/alert";
import { Checkbox, Field, Input, Textarea } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { useActionForm } from "@/components/ui/use-action-form";
import { FileUpload } from "./photo-upload";

export function ReportForm({ assignmentId, nodeId, progress }: { assignmentId: string; nodeId: string; progress: number }) {
  const t = useTranslations("campaigns");
  const router = useRouter();
  const [key, setKey] = useState(0);
  const [done, setDone] = useState(false);
  const form = useActionForm(reportProgressAction, () => (setKey((k) => k + 1), setDone(false), router.refresh()));
  const fe = form.fieldErrors;
  return (
    <form key={key} onSubmit={form.onSubmit} className="space-y-4" noValidate data-testid="report-form">
      {form.error ? <Alert tone="error">{form.error}</Alert> : null}
      <input type="hidden" name="assignmentId" value={assignmentId} />
      <Field label={t("tasks.reportText")} htmlFor="r-text" errors={fe.text} required>
        <Textarea id="r-text" name="text" rows={4} maxLength={5000} placeholder={t("tasks.reportPlaceholder")} />
      </Field>
      <div className="grid grid-cols-2 gap-3">
        <Field label={t("tasks.progressLabel")} htmlFor="r-progress" errors={fe.progress}>
          <Input id="r-progress" name="progress" type="number" min={0} max={100} defaultValue={progress} disabled={done} />
        </Field>
        <Field label={t("tasks.responsible")} htmlFor="r-resp" errors={fe.responsibleName}>
          <Input id="r-resp" name="responsibleName" maxLength={50} />
        </Field>
      </div>
      <Field label={t("tasks.photos")} errors={fe.photoIds} hint={t("tasks.photosHint")}>
        <FileUpload name="photoIds" nodeId={nodeId} testId="report-photo" />
      </Field>
      <Field label={t("tasks.files")} errors={fe.fileIds}>
        <FileUpload name="fileIds" nodeId={nodeId} kind="document" max={6} />
      </Field>
      <Checkbox name="done" value="true" checked={done} onChange={(e) => setDone(e.currentTarget.checked)} label={t("tasks.markDone")} data-testid="report-done" />
      <div className="flex justify-end"><SubmitButton pending={form.pending}>{t("tasks.submitReport")}</SubmitButton></div>
    </form>
  );
}

export function PassDownForm({ assignmentId, units }: { assignmentId: string; units: { id: string; name: string }[] }) {
  const t = useTranslations("campaigns");
  const router = useRouter();
  const form = useActionForm(passDownTaskAction, () => router.refresh());
  return (
    <form onSubmit={form.onSubmit} className="space-y-3" noValidate>
      {form.error ? <Alert tone="error">{form.error}</Alert> : null}
      <input type="hidden" name="assignmentId" value={assignmentId} />
      <ul className="max-h-56 space-y-1 overflow-y-auto">
        {units.map((u) => (
          <li key={u.id}>
            <Checkbox name="nodeIds[]" value={u.id} label={u.name} />
          </li>
        ))}
      </ul>
      {form.fieldErrors.nodeIds ? <p className="text-xs text-red-600" role="alert">{form.fieldErrors.nodeIds.join("；")}</p> : null}
      <div className="flex justify-end"><SubmitButton pending={form.pending} variant="secondary">{t("tasks.passDown")}</SubmitButton></div>
    </form>
  );
}
