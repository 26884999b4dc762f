"use client";
import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { useLocale, useTranslations } from "next-intl";
import { saveMyLocaleAction } from "@/app/actions/account";
import { setLocaleAction } from "@/app/actions/locale";
import { Select } from "@/components/ui/field";

const LOCALE_NAMES = { "zh-CN": "简体中文", en: "English" } as const;

/** The language of the interface: kept on the account and in this browser's cookie. */
export function LocalePreference() {
  const t = useTranslations("account");
  const locale = useLocale() as keyof typeof LOCALE_NAMES;
  const router = useRouter();
  const [pending, start] = useTransition();
  const [error, setError] = useState<string | null>(null);
  return (
    <div className="space-y-1">
      <label htmlFor="locale" className="block text-sm font-medium text-slate-700">{t("language.label")}</label>
      <Select
        id="locale"
        value={locale}
        disabled={pending}
        className="max-w-xs"
        onChange={(e) => {
          const next = e.target.value as keyof typeof LOCALE_NAMES;
          start(async () => {
            const res = await saveMyLocaleAction({ locale: next });
            if (!res.ok) return setError(res.error);
            await setLocaleAction({ locale: next });
            router.refresh();
          });
        }}
      >
        {Object.entries(LOCALE_NAMES).map(([value, name]) => (
          <option key={value} value={value}>{name}</option>
        ))}
      </Select>
      {error ? <p className="text-xs text-red-600" role="alert">{error}</p> : <p className="text-xs text-slate-500">{t("language.hint")}</p>}
    </div>
  );
}
