"use client";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useTranslations } from "next-intl";
import { saveTargetsAction } from "@/app/actions/dashboards";
import { Alert } from "@/components/ui/alert";
import { Field, Input } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { useActionForm } from "@/components/ui/use-action-form";

/** The tenant's targets for rates and scores; empty keeps the catalogue's default. */
export function TargetsForm({ items }: { items: { code: string; name: string; unit: string; defaultTarget: number | null; target: number | null }[] }) {
  const t = useTranslations("dashboards.catalogue");
  const router = useRouter();
  const [saved, setSaved] = useState(false);
  const form = useActionForm(saveTargetsAction, () => (setSaved(true), router.refresh()));
  return (
    <form onSubmit={(e) => (setSaved(false), form.onSubmit(e))} className="space-y-4" noValidate data-testid="targets-form">
      {form.error ? <Alert tone="error">{form.error}</Alert> : null}
      {saved ? <Alert tone="success">{t("targetsSaved")}</Alert> : null}
      <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
        {items.map((i) => (
          <Field key={i.code} label={`${i.name}（${i.unit}）`} htmlFor={`target-${i.code}`} hint={i.defaultTarget === null ? undefined : t("defaultTarget", { value: i.defaultTarget })} errors={form.fieldErrors[i.code]}>
            <Input id={`target-${i.code}`} name={i.code} type="number" step="0.1" min={0} defaultValue={i.target ?? ""} placeholder={i.defaultTarget === null ? "" : String(i.defaultTarget)} invalid={!!form.fieldErrors[i.code]} />
          </Field>
        ))}
      </div>
      <p className="text-xs text-slate-500">{t("targetHint")}</p>
      <SubmitButton pending={form.pending}>{t("saveTargets")}</SubmitButton>
    </form>
  );
}
