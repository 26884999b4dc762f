"use client";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useTranslations } from "next-intl";
import { Play, Save, Square, Pencil } from "lucide-react";
import { saveTemplateAction, setCampaignStatusAction, updateCampaignAction } from "@/app/actions/campaigns";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { Dialog } from "@/components/ui/dialog";
import { Field, Input, Textarea } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { useActionForm } from "@/components/ui/use-action-form";
import { ActionButton } from "./action-button";

export function CampaignControls({ campaignId, status, title, description, startsOn, endsOn }: { campaignId: string; status: "DRAFT" | "RUNNING" | "CLOSED"; title: string; description: string | null; startsOn: string; endsOn: string }) {
  const t = useTranslations("campaigns");
  const c = useTranslations("common");
  const router = useRouter();
  const [open, setOpen] = useState<"edit" | "template" | null>(null);
  const [saved, setSaved] = useState(false);
  const edit = useActionForm(updateCampaignAction, () => (setOpen(null), router.refresh()));
  const template = useActionForm(saveTemplateAction, () => (setOpen(null), setSaved(true)));
  return (
    <div className="flex flex-wrap items-center gap-2" data-testid="campaign-controls">
      {status === "DRAFT" ? (
        <ActionButton action={setCampaignStatusAction} input={{ campaignId, status: "RUNNING" as const }} variant="primary" size="md" testId="start-campaign">
          <Play className="h-4 w-4" aria-hidden />
          {t("controls.start")}
        </ActionButton>
      ) : null}
      {status === "RUNNING" ? (
        <ConfirmButton
          label={<span className="inline-flex items-center gap-1.5"><Square className="h-3.5 w-3.5" aria-hidden />{t("controls.close")}</span>}
          message={t("controls.closeConfirm")}
          confirmLabel={t("controls.close")}
          variant="secondary"
          size="md"
          onConfirm={async () => {
            const res = await setCampaignStatusAction({ campaignId, status: "CLOSED" });
            if (!res.ok) return res.error;
            router.refresh();
            return null;
          }}
        />
      ) : null}
      {status === "CLOSED" ? (
        <ActionButton action={setCampaignStatusAction} input={{ campaignId, status: "RUNNING" as const }} size="md">
          {t("controls.reopen")}
        </ActionButton>
      ) : null}
      {status !== "CLOSED" ? (
        <Button variant="secondary" onClick={() => setOpen("edit")}>
          <Pencil className="h-4 w-4" aria-hidden />
          {t("controls.edit")}
        </Button>
      ) : null}
      <Button variant="ghost" onClick={() => (setSaved(false), setOpen("template"))}>
        <Save className="h-4 w-4" aria-hidden />
        {t("controls.saveTemplate")}
      </Button>
      {saved ? <span className="text-sm text-green-700" role="status">{t("controls.templateSaved")}</span> : null}

      <Dialog open={open === "edit"} onClose={() => setOpen(null)} title={t("controls.edit")} wide>
        <form onSubmit={edit.onSubmit} className="space-y-4" noValidate>
          {edit.error ? <Alert tone="error">{edit.error}</Alert> : null}
          <input type="hidden" name="campaignId" value={campaignId} />
          <Field label={t("fields.title")} htmlFor="c-title" errors={edit.fieldErrors.title} required>
            <Input id="c-title" name="title" defaultValue={title} maxLength={200} />
          </Field>
          <div className="grid grid-cols-2 gap-3">
            <Field label={t("fields.startsOn")} htmlFor="c-start" errors={edit.fieldErrors.startsOn}>
              <Input id="c-start" name="startsOn" type="date" defaultValue={startsOn} />
            </Field>
            <Field label={t("fields.endsOn")} htmlFor="c-end" errors={edit.fieldErrors.endsOn}>
              <Input id="c-end" name="endsOn" type="date" defaultValue={endsOn} />
            </Field>
          </div>
          <Field label={t("fields.description")} htmlFor="c-desc" errors={edit.fieldErrors.description}>
            <Textarea id="c-desc" name="description" defaultValue={description ?? ""} maxLength={2000} />
          </Field>
          <div className="flex justify-end"><SubmitButton pending={edit.pending}>{c("save")}</SubmitButton></div>
        </form>
      </Dialog>

      <Dialog open={open === "template"} onClose={() => setOpen(null)} title={t("controls.saveTemplate")}>
        <form onSubmit={template.onSubmit} className="space-y-4" noValidate>
          {template.error ? <Alert tone="error">{template.error}</Alert> : null}
          <p className="text-sm text-slate-600">{t("controls.saveTemplateHint")}</p>
          <input type="hidden" name="campaignId" value={campaignId} />
          <Field label={t("controls.templateName")} htmlFor="tpl-name" errors={template.fieldErrors.name} required>
            <Input id="tpl-name" name="name" defaultValue={title} maxLength={100} />
          </Field>
          <Field label={t("fields.description")} htmlFor="tpl-desc" errors={template.fieldErrors.description}>
            <Textarea id="tpl-desc" name="description" maxLength={500} />
          </Field>
          <div className="flex justify-end"><SubmitButton pending={template.pending}>{c("save")}</SubmitButton></div>
        </form>
      </Dialog>
    </div>
  );
}
