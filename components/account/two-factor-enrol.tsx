"use client";
import { useState, useTransition } from "react";
import { useTranslations } from "next-intl";
import { beginTotpAction, confirmTotpAction } from "@/app/actions/two-factor";
import { Alert } from "@/components/ui/alert";
import { Button, buttonClass } from "@/components/ui/button";
import { Field, Input } from "@/components/ui/field";

/** Enrolment: show the QR (and the key for manual entry), confirm with a first code, show recovery codes once. */
export function TwoFactorEnrol({ onDone, doneHref }: { onDone?: () => void; doneHref?: string }) {
  const t = useTranslations("twoFactor");
  const [setup, setSetup] = useState<{ svg: string; secret: string } | null>(null);
  const [codes, setCodes] = useState<string[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [pending, start] = useTransition();

  if (codes) {
    return (
      <div className="space-y-3" data-testid="recovery-codes">
        <Alert tone="success">{t("enabled")}</Alert>
        <p className="text-sm text-slate-700">{t("recoveryIntro")}</p>
        <ul className="grid grid-cols-2 gap-2 rounded-md bg-slate-50 p-3 font-mono text-sm">
          {codes.map((c) => (
            <li key={c}>{c}</li>
          ))}
        </ul>
        {doneHref ? (
          <a className={buttonClass("primary")} href={doneHref}>{t("continue")}</a>
        ) : (
          <Button onClick={onDone}>{t("continue")}</Button>
        )}
      </div>
    );
  }
  if (!setup) {
    return (
      <div className="space-y-3">
        <p className="text-sm text-slate-600">{t("intro")}</p>
        {error ? <Alert tone="error">{error}</Alert> : null}
        <Button
          disabled={pending}
          data-testid="start-2fa"
          onClick={() =>
            start(async () => {
              const r = await beginTotpAction({});
              if (r.ok) setSetup({ svg: r.data.svg, secret: r.data.secret });
              else setError(r.error);
            })
          }
        >
          {t("start")}
        </Button>
      </div>
    );
  }
  return (
    <form
      className="space-y-3"
      onSubmit={(e) => {
        e.preventDefault();
        const code = String(new FormData(e.currentTarget).get("code") ?? "");
        start(async () => {
          const r = await confirmTotpAction({ code });
          if (r.ok) setCodes(r.data.recoveryCodes);
          else setError(r.fieldErrors?.code?.[0] ?? r.error);
        });
      }}
    >
      <p className="text-sm text-slate-600">{t("scan")}</p>
      <div className="h-[200px] w-[200px] rounded bg-white p-1 ring-1 ring-slate-200" dangerouslySetInnerHTML={{ __html: setup.svg }} />
      <p className="text-xs text-slate-500">
        {t("manualKey")} <code className="select-all font-mono" data-testid="totp-secret">{setup.secret}</code>
      </p>
      {error ? <Alert tone="error">{error}</Alert> : null}
      <Field label={t("code")} htmlFor="totp-code">
        <Input id="totp-code" name="code" inputMode="numeric" autoComplete="one-time-code" maxLength={6} className="max-w-40" />
      </Field>
      <Button type="submit" disabled={pending} data-testid="confirm-2fa">{t("confirm")}</Button>
    </form>
  );
}
