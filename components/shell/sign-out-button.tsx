"use client";
import { signOut } from "next-auth/react";
import { useTranslations } from "next-intl";
import { LogOut } from "lucide-react";

export function SignOutButton({ compact = false }: { compact?: boolean }) {
  const t = useTranslations("common");
  return (
    <button
      type="button"
      data-testid="sign-out"
      aria-label={t("signOut")}
      onClick={() => signOut({ callbackUrl: "/login?reason=signedOut" })}
      className="inline-flex items-center gap-1 rounded-md px-2 py-1 text-sm text-slate-600 hover:bg-slate-100"
    >
      <LogOut className="h-4 w-4" aria-hidden />
      {compact ? null : <span className="hidden sm:inline">{t("signOut")}</span>}
    </button>
  );
}
