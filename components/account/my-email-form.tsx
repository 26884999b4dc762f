"use client";
import { useState } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { saveMyEmailAction } from "@/app/actions/account";
import { Alert } from "@/components/ui/alert";
import { Field, Input } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { useFormAction } from "@/components/ui/use-form-action";

/** One's own address for reminder emails; saving it empty clears it. */
export function MyEmailForm({ email }: { email: string | null }) {
  const t = useTranslations("account");
  const c = useTranslations("common");
  const router = useRouter();
  const [saved, setSaved] = useState<"set" | "cleared" | null>(null);
  const { onSubmit, pending, error, fieldErrors } = useFormAction(saveMyEmailAction, (data, _fd, form) => {
    // Show the address as stored (trimmed, lower case).
    (form.elements.namedItem("email") as HTMLInputElement).value = data.email ?? "";
    setSaved(data.email ? "set" : "cleared");
    router.refresh();
  });
  return (
    <form onSubmit={onSubmit} onChange={() => setSaved(null)} noValidate className="space-y-3" data-testid="my-email-form">
      {error ? <Alert tone="error">{error}</Alert> : null}
      {saved ? <Alert tone="success">{t(saved === "set" ? "email.saved" : "email.cleared")}</Alert> : null}
      <Field label={t("email.label")} htmlFor="email" hint={t("email.hint")} errors={fieldErrors.email}>
        <Input id="email" name="email" type="email" autoComplete="email" inputMode="email" defaultValue={email ?? ""} placeholder="name@example.com" invalid={!!fieldErrors.email} className="max-w-sm" />
      </Field>
      <div className="flex justify-end">
        <SubmitButton pending={pending} pendingText={c("saving")} variant="secondary">{c("save")}</SubmitButton>
      </div>
    </form>
  );
}
