"use client";
import { useState } from "react";
import { signIn } from "next-auth/react";
import { useTranslations } from "next-intl";
import { Loader2 } from "lucide-react";
import { changePasswordAction } from "@/app/actions/account";
import { Alert } from "@/components/ui/alert";
import { buttonClass } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Field, Input } from "@/components/ui/field";

export function ChangePasswordForm({ forced, next = "/" }: { forced: boolean; next?: string }) {
  const t = useTranslations("auth");
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string[]>>({});

  async function onSubmit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const fd = new FormData(e.currentTarget);
    setPending(true);
    setError(null);
    setFieldErrors({});
    const res = await changePasswordAction(fd);
    if (!res.ok) {
      setPending(false);
      setError(res.error);
      setFieldErrors(res.fieldErrors ?? {});
      return;
    }
    // The change ended every session (the session version moved on): sign in again with the new password.
    await signIn("credentials", { username: res.data.username, password: String(fd.get("newPassword")), redirect: false });
    window.location.assign(next);
  }

  return (
    <Card className="p-6">
      <h1 className="text-lg font-semibold text-slate-900">{t("changeTitle")}</h1>
      {forced ? <p className="mt-1 text-sm text-slate-600">{t("changeIntro")}</p> : null}
      <form className="mt-4 space-y-4" onSubmit={onSubmit} noValidate>
        {error ? <Alert tone="error">{error}</Alert> : null}
        <Field label={t("currentPassword")} htmlFor="currentPassword" errors={fieldErrors.currentPassword}>
          <Input id="currentPassword" name="currentPassword" type="password" autoComplete="current-password" invalid={!!fieldErrors.currentPassword} />
        </Field>
        <Field label={t("newPassword")} htmlFor="newPassword" hint={t("policyHint")} errors={fieldErrors.newPassword}>
          <Input id="newPassword" name="newPassword" type="password" autoComplete="new-password" invalid={!!fieldErrors.newPassword} />
        </Field>
        <Field label={t("confirmPassword")} htmlFor="confirmPassword" errors={fieldErrors.confirmPassword}>
          <Input id="confirmPassword" name="confirmPassword" type="password" autoComplete="new-password" invalid={!!fieldErrors.confirmPassword} />
        </Field>
        <button type="submit" disabled={pending} className={buttonClass("primary", "md", "w-full")}>
          {pending ? <Loader2 className="h-4 w-4 animate-spin" aria-hidden /> : null}
          {t("changeSubmit")}
        </button>
      </form>
    </Card>
  );
}
