"use client";
import { useState } from "react";
import { signIn } from "next-auth/react";
import { useTranslations } from "next-intl";
import { Loader2 } from "lucide-react";
import { Alert } from "@/components/ui/alert";
import { buttonClass } from "@/components/ui/button";
import { Field, Input } from "@/components/ui/field";
import { Card } from "@/components/ui/card";

export function LoginForm({ next, reason }: { next: string; reason: "expired" | "signedOut" | null }) {
  const t = useTranslations("auth");
  const t2 = useTranslations("twoFactor");
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  // After a right password on an account with two-factor sign-in, the same form asks for the code.
  const [needsCode, setNeedsCode] = useState(false);

  async function onSubmit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    setPending(true);
    setError(null);
    const res = await signIn("credentials", {
      username: String(form.get("username") ?? ""),
      password: String(form.get("password") ?? ""),
      totp: String(form.get("totp") ?? ""),
      redirect: false,
    }).catch(() => null);
    if (res?.ok && !res.error) {
      // A full navigation: the server renders the next page with the new session cookie.
      window.location.assign(next);
      return;
    }
    setPending(false);
    const code = res?.error ?? "";
    if (code === "TOTP_REQUIRED") {
      setNeedsCode(true);
      setError(null);
    } else if (code === "TOTP_INVALID") setError(t("totpInvalid"));
    else if (code === "INVALID" || code === "CredentialsSignin") setError(t("invalid"));
    else if (code === "DISABLED") setError(t("disabled"));
    else if (code.startsWith("THROTTLED")) setError(t("throttled", { minutes: code.split(":")[1] ?? "15" }));
    else setError(t("unknown"));
  }

  return (
    <Card className="p-6">
      <h1 className="text-lg font-semibold text-slate-900">{t("title")}</h1>
      <form className="mt-4 space-y-4" onSubmit={onSubmit} noValidate>
        {reason === "expired" ? <Alert tone="info">{t("expired")}</Alert> : null}
        {reason === "signedOut" ? <Alert tone="success">{t("signedOut")}</Alert> : null}
        {error ? <Alert tone="error">{error}</Alert> : null}
        {needsCode && !error ? <Alert tone="info">{t("totpPrompt")}</Alert> : null}
        <Field label={t("username")} htmlFor="username">
          <Input id="username" name="username" autoComplete="username" required autoFocus maxLength={64} />
        </Field>
        <Field label={t("password")} htmlFor="password">
          <Input id="password" name="password" type="password" autoComplete="current-password" required maxLength={256} />
        </Field>
        {needsCode ? (
          <Field label={t2("loginCode")} htmlFor="totp" hint={t2("loginHint")}>
            <Input id="totp" name="totp" inputMode="numeric" autoComplete="one-time-code" maxLength={9} autoFocus data-testid="totp-input" />
          </Field>
        ) : null}
        <button type="submit" disabled={pending} className={buttonClass("primary", "md", "w-full")}>
          {pending ? <Loader2 className="h-4 w-4 animate-spin" aria-hidden /> : null}
          {pending ? t("submitting") : t("submit")}
        </button>
      </form>
    </Card>
  );
}
