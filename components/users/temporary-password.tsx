"use client";
import { useRef, useState } from "react";
import { useTranslations } from "next-intl";
import { Check, Copy, KeyRound } from "lucide-react";
import { buttonClass } from "@/components/ui/button";

/** A temporary password, shown once: copy it and hand it over; the user must change it at first sign-in. */
export function TemporaryPassword({ username, password }: { username: string; password: string }) {
  const t = useTranslations("users");
  const [copied, setCopied] = useState(false);
  const ref = useRef<HTMLInputElement>(null);
  async function copy() {
    try {
      await navigator.clipboard.writeText(password);
    } catch {
      // Plain http on a LAN address has no clipboard API: select the text so Ctrl+C works.
      ref.current?.select();
      document.execCommand?.("copy");
    }
    setCopied(true);
    setTimeout(() => setCopied(false), 2000);
  }
  return (
    <div className="rounded-lg bg-amber-50 p-4 ring-1 ring-inset ring-amber-200" data-testid="temporary-password">
      <p className="flex items-center gap-2 text-sm font-semibold text-amber-900">
        <KeyRound className="h-4 w-4" aria-hidden />
        {t("tempPassword.title", { username })}
      </p>
      <div className="mt-3 flex flex-wrap items-center gap-2">
        <input
          ref={ref}
          readOnly
          value={password}
          aria-label={t("tempPassword.label")}
          onFocus={(e) => e.currentTarget.select()}
          className="w-64 rounded-md bg-white px-3 py-2 font-mono text-base tracking-wide text-slate-900 ring-1 ring-inset ring-amber-300"
        />
        <button type="button" onClick={copy} className={buttonClass("secondary", "md")}>
          {copied ? <Check className="h-4 w-4 text-green-600" aria-hidden /> : <Copy className="h-4 w-4" aria-hidden />}
          {copied ? t("tempPassword.copied") : t("tempPassword.copy")}
        </button>
      </div>
      <p className="mt-3 text-sm text-amber-900">{t("tempPassword.note")}</p>
    </div>
  );
}
