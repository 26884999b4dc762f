"use client";
import { useState } from "react";
import { useTranslations } from "next-intl";
import { updateTenantSettingsAction } from "@/app/actions/account";
import { Alert } from "@/components/ui/alert";
import { Checkbox, Field, Input } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { useActionForm } from "@/components/ui/use-action-form";
import type { TenantSettings } from "@/lib/tenants/settings";

export function TenantSettingsForm({ settings, emailConfigured }: { settings: TenantSettings; emailConfigured: boolean }) {
  const t = useTranslations("settings");
  const c = useTranslations("common");
  const [saved, setSaved] = useState(false);
  const form = useActionForm(updateTenantSettingsAction, () => setSaved(true));
  const fe = form.fieldErrors;
  return (
    <form onSubmit={(e) => (setSaved(false), form.onSubmit(e))} className="space-y-6" noValidate>
      {form.error ? <Alert tone="error">{form.error}</Alert> : null}
      {saved ? <Alert tone="success">{c("saved")}</Alert> : null}
      <fieldset className="space-y-3">
        <legend className="text-sm font-semibold text-slate-900">{t("security")}</legend>
        <Field label={t("passwordMinLength")} htmlFor="passwordMinLength" hint={t("passwordMinLengthHint")} errors={fe.passwordMinLength}>
          <Input id="passwordMinLength" name="passwordMinLength" type="number" min={8} max={64} defaultValue={settings.passwordMinLength} className="max-w-32" />
        </Field>
        <Checkbox name="require2faForAdmins" value="true" defaultChecked={settings.require2faForAdmins} label={t("require2fa")} />
      </fieldset>
      <fieldset className="space-y-3">
        <legend className="text-sm font-semibold text-slate-900">{t("householdLinks")}</legend>
        <div className="flex flex-wrap gap-4">
          <Field label={t("linkMin")} htmlFor="householdLinkMin" errors={fe.householdLinkMin}>
            <Input id="householdLinkMin" name="householdLinkMin" type="number" min={1} max={50} defaultValue={settings.householdLinkMin} className="max-w-32" />
          </Field>
          <Field label={t("linkMax")} htmlFor="householdLinkMax" errors={fe.householdLinkMax}>
            <Input id="householdLinkMax" name="householdLinkMax" type="number" min={1} max={50} defaultValue={settings.householdLinkMax} className="max-w-32" />
          </Field>
        </div>
      </fieldset>
      <fieldset className="space-y-2" data-testid="email-settings">
        <legend className="text-sm font-semibold text-slate-900">{t("notifications")}</legend>
        <Checkbox name="emailReminders" value="true" defaultChecked={settings.emailReminders} label={t("emailReminders")} />
        <p className="text-xs text-slate-500">{t("emailRemindersHint")}</p>
        {!emailConfigured ? (
          <p className="rounded-md bg-amber-50 px-3 py-2 text-xs text-amber-800" data-testid="email-not-configured">{t("emailNotConfigured")}</p>
        ) : null}
      </fieldset>
      <div className="flex justify-end"><SubmitButton>{c("save")}</SubmitButton></div>
    </form>
  );
}
