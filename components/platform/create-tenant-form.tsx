"use client";
import { useState } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { createTenantAction } from "@/app/actions/platform";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, Input, Select } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { useFormAction } from "@/components/ui/use-form-action";
import { TemporaryPassword } from "@/components/users/temporary-password";

const TEMPLATES = ["union", "street", "district"] as const;

/** A new tenant with its root unit and first administrator; the administrator's temporary password shows once. */
export function CreateTenantForm() {
  const t = useTranslations("platform");
  const c = useTranslations("common");
  const router = useRouter();
  const [created, setCreated] = useState<{ name: string; username: string; password: string } | null>(null);
  const [template, setTemplate] = useState<(typeof TEMPLATES)[number]>("union");
  const { onSubmit, pending, error, fieldErrors } = useFormAction(createTenantAction, (data, fd) => {
    setCreated({ name: String(fd.get("name")), username: data.adminUsername, password: data.temporaryPassword });
    router.refresh();
  });
  if (created) {
    return (
      <div className="space-y-4">
        <Alert tone="success">{t("create.done", { name: created.name })}</Alert>
        <TemporaryPassword username={created.username} password={created.password} />
        <Button variant="secondary" onClick={() => setCreated(null)}>{t("create.another")}</Button>
      </div>
    );
  }
  const f = (name: string) => ({ id: `tenant-${name}`, name, invalid: !!fieldErrors[name], autoComplete: "off" });
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4" data-testid="create-tenant">
      {error ? <Alert tone="error">{error}</Alert> : null}
      <Field label={t("fields.name")} htmlFor="tenant-name" required errors={fieldErrors.name}>
        <Input {...f("name")} placeholder={t("create.namePlaceholder")} />
      </Field>
      <Field label={t("fields.code")} htmlFor="tenant-code" required hint={t("create.codeHint")} errors={fieldErrors.code}>
        <Input {...f("code")} autoCapitalize="none" spellCheck={false} />
      </Field>
      <Field label={t("fields.template")} htmlFor="tenant-template" required hint={t(`templateHints.${template}`)} errors={fieldErrors.template}>
        <Select id="tenant-template" name="template" value={template} onChange={(e) => setTemplate(e.target.value as typeof template)}>
          {TEMPLATES.map((k) => (
            <option key={k} value={k}>{t(`templates.${k}`)}</option>
          ))}
        </Select>
      </Field>
      <Field label={t("fields.rootName")} htmlFor="tenant-rootName" required hint={t("create.rootHint")} errors={fieldErrors.rootName}>
        <Input {...f("rootName")} />
      </Field>
      <div className="grid gap-4 border-t border-slate-100 pt-4 sm:grid-cols-2">
        <Field label={t("fields.adminUsername")} htmlFor="tenant-adminUsername" required errors={fieldErrors.adminUsername}>
          <Input {...f("adminUsername")} autoCapitalize="none" spellCheck={false} />
        </Field>
        <Field label={t("fields.adminDisplayName")} htmlFor="tenant-adminDisplayName" required errors={fieldErrors.adminDisplayName}>
          <Input {...f("adminDisplayName")} />
        </Field>
      </div>
      <div className="flex justify-end">
        <SubmitButton pending={pending} pendingText={c("saving")}>{t("create.submit")}</SubmitButton>
      </div>
    </form>
  );
}
