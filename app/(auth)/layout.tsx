import { getTranslations } from "next-intl/server";
import { LanguageSwitch } from "@/components/shell/language-switch";

export default async function AuthLayout({ children }: { children: React.ReactNode }) {
  const t = await getTranslations("app");
  return (
    <main className="flex min-h-screen flex-col items-center justify-center bg-gradient-to-b from-brand-50 to-slate-50 px-4 py-10">
      <div className="absolute right-4 top-4">
        <LanguageSwitch />
      </div>
      <div className="mb-6 flex items-center gap-3">
        <span className="flex h-10 w-10 items-center justify-center rounded-lg bg-brand-600 text-lg font-bold text-white" aria-hidden>
          分
        </span>
        <span className="text-lg font-semibold text-slate-800">{t("name")}</span>
      </div>
      <div className="w-full max-w-sm">{children}</div>
    </main>
  );
}
