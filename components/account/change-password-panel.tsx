"use client";
import { useState } from "react";
import { signIn } from "next-auth/react";
import { useTranslations } from "next-intl";
import { changePasswordAction } from "@/app/actions/account";
import { Alert } from "@/components/ui/alert";
import { Field, Input } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { useFormAction } from "@/components/ui/use-form-action";

/**
 * Change one's password and stay on the page: the change ends every session (this one too), so the form signs
 * in again with the new password before it says so.
 */
export function ChangePasswordPanel({ fullWidthButton = false }: { fullWidthButton?: boolean }) {
  const t = useTranslations("auth");
  const ta = useTranslations("account");
  const [done, setDone] = useState(false);
  const { onSubmit, pending, error, fieldErrors } = useFormAction(changePasswordAction, async (data, fd, form) => {
    await signIn("credentials", { username: data.username, password: String(fd.get("newPassword")), redirect: false });
    form.reset();
    setDone(true);
  });
  return (
    <form className="space-y-4" onSubmit={(e) => (setDone(false), onSubmit(e))} noValidate data-testid="change-password">
      {error ? <Alert tone="error">{error}</Alert> : null}
      {done ? <Alert tone="success">{ta("password.changed")}</Alert> : null}
      <Field label={t("currentPassword")} htmlFor="currentPassword" errors={fieldErrors.currentPassword}>
        <Input id="currentPassword" name="currentPassword" type="password" autoComplete="current-password" invalid={!!fieldErrors.currentPassword} />
      </Field>
      <Field label={t("newPassword")} htmlFor="newPassword" hint={t("policyHint")} errors={fieldErrors.newPassword}>
        <Input id="newPassword" name="newPassword" type="password" autoComplete="new-password" invalid={!!fieldErrors.newPassword} />
      </Field>
      <Field label={t("confirmPassword")} htmlFor="confirmPassword" errors={fieldErrors.confirmPassword}>
        <Input id="confirmPassword" name="confirmPassword" type="password" autoComplete="new-password" invalid={!!fieldErrors.confirmPassword} />
      </Field>
      <div className={fullWidthButton ? "" : "flex justify-end"}>
        <SubmitButton pending={pending} className={fullWidthButton ? "w-full" : undefined}>{t("changeSubmit")}</SubmitButton>
      </div>
    </form>
  );
}
