"use client";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { disableTotpAction } from "@/app/actions/two-factor";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Field, Input } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { useActionForm } from "@/components/ui/use-action-form";
import { TwoFactorEnrol } from "./two-factor-enrol";

export function TwoFactorCard({ enabled, recoveryCodesLeft }: { enabled: boolean; recoveryCodesLeft: number }) {
  const t = useTranslations("twoFactor");
  const router = useRouter();
  const disable = useActionForm(disableTotpAction, () => router.refresh());
  if (!enabled) {
    return (
      <div className="space-y-3">
        <Badge>{t("off")}</Badge>
        <TwoFactorEnrol onDone={() => router.refresh()} />
      </div>
    );
  }
  return (
    <div className="space-y-3">
      <div className="flex items-center gap-2">
        <Badge tone="green">{t("on")}</Badge>
        <span className="text-sm text-slate-500">{t("recoveryLeft", { count: recoveryCodesLeft })}</span>
      </div>
      <form onSubmit={disable.onSubmit} className="space-y-2" noValidate>
        {disable.error ? <Alert tone="error">{disable.error}</Alert> : null}
        <Field label={t("disableConfirm")} htmlFor="disable-2fa-password" errors={disable.fieldErrors.password}>
          <Input id="disable-2fa-password" name="password" type="password" autoComplete="current-password" className="max-w-64" />
        </Field>
        <SubmitButton variant="danger" pending={disable.pending}>{t("disable")}</SubmitButton>
      </form>
    </div>
  );
}
