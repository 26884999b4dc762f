import { useTranslations } from "next-intl";
import { LanguageSwitch } from "@/components/shell/language-switch";

/** Pages reached by a QR code, without signing in: one column for a phone. */
export function PublicShell({ children }: { children: React.ReactNode }) {
  const app = useTranslations("app");
  return (
    <div className="mx-auto flex min-h-screen max-w-md flex-col bg-slate-50">
      <header className="flex h-12 items-center gap-2 bg-brand-600 px-3 text-white">
        <span className="flex-1 truncate text-sm font-semibold">{app("short")}</span>
        <LanguageSwitch className="inline-flex items-center gap-1 rounded px-2 py-1 text-xs text-white/90 hover:bg-white/10" />
      </header>
      <main className="flex-1 px-3 py-4">{children}</main>
    </div>
  );
}
