"use client";
import { useState } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { updateUserAction } from "@/app/actions/users";
import { Alert } from "@/components/ui/alert";
import { Field, Input } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { useFormAction } from "@/components/ui/use-form-action";

export function UserProfileForm({ userId, displayName, disabled, email }: { userId: string; displayName: string; disabled: boolean; email: string | null }) {
  const t = useTranslations("users");
  const c = useTranslations("common");
  const router = useRouter();
  const [saved, setSaved] = useState(false);
  const { onSubmit, pending, error, fieldErrors } = useFormAction(updateUserAction, (_data, _fd, form) => {
    // Show the address as stored (the server trims it and lowers its case).
    const email = form.elements.namedItem("email") as HTMLInputElement;
    email.value = email.value.trim().toLowerCase();
    setSaved(true);
    router.refresh();
  });
  return (
    <form onSubmit={onSubmit} onChange={() => setSaved(false)} noValidate className="space-y-3">
      {error ? <Alert tone="error">{error}</Alert> : null}
      {saved ? <Alert tone="success">{c("saved")}</Alert> : null}
      <input type="hidden" name="userId" value={userId} />
      <input type="hidden" name="disabled" value={String(disabled)} />
      <Field label={t("fields.displayName")} htmlFor="displayName" errors={fieldErrors.displayName}>
        <Input id="displayName" name="displayName" defaultValue={displayName} invalid={!!fieldErrors.displayName} />
      </Field>
      <Field label={t("fields.email")} htmlFor="email" hint={t("emailHint")} errors={fieldErrors.email}>
        <Input id="email" name="email" type="email" autoComplete="off" inputMode="email" defaultValue={email ?? ""} placeholder="name@example.com" invalid={!!fieldErrors.email} />
      </Field>
      <div className="flex justify-end">
        <SubmitButton pending={pending} pendingText={c("saving")} variant="secondary">{c("save")}</SubmitButton>
      </div>
    </form>
  );
}
