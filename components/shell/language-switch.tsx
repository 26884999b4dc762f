"use client";
import { useLocale, useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { Languages } from "lucide-react";
import { setLocaleAction } from "@/app/actions/locale";

export function LanguageSwitch({ className }: { className?: string }) {
  const t = useTranslations("common");
  const locale = useLocale();
  const router = useRouter();
  return (
    <button
      type="button"
      data-testid="language-switch"
      className={className ?? "inline-flex items-center gap-1 rounded-md px-2 py-1 text-sm text-slate-600 hover:bg-slate-100"}
      onClick={async () => {
        await setLocaleAction({ locale: locale === "zh-CN" ? "en" : "zh-CN" });
        router.refresh();
      }}
    >
      <Languages className="h-4 w-4" aria-hidden />
      {t("switchTo")}
    </button>
  );
}
