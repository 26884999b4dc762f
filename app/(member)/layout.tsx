import { getTranslations } from "next-intl/server";
import { requirePageActor } from "@/lib/auth/current-actor";
import { countMyUnread } from "@/lib/notifications/notifications";
import { NotificationBell } from "@/components/notifications/notification-bell";
import { LanguageSwitch } from "@/components/shell/language-switch";
import { SignOutButton } from "@/components/shell/sign-out-button";

// Member pages: one column for a phone (390 px), big touch targets, no sidebar.
export default async function MemberLayout({ children }: { children: React.ReactNode }) {
  const actor = await requirePageActor();
  const [t, unread] = await Promise.all([getTranslations("app"), countMyUnread({ actor })]);
  return (
    <div className="mx-auto flex min-h-screen max-w-md flex-col bg-slate-50">
      <header className="sticky top-0 z-20 flex h-12 items-center gap-2 bg-brand-600 px-3 text-white">
        <a href="/m" className="flex-1 truncate text-sm font-semibold">{t("short")}</a>
        <NotificationBell initial={unread} href="/m/notifications" className="relative rounded p-1.5 text-white hover:bg-white/10" />
        <LanguageSwitch className="inline-flex items-center gap-1 rounded px-2 py-1 text-xs text-white hover:bg-white/10" />
        <span className="text-white [&_button]:text-white [&_button:hover]:bg-white/10">
          <SignOutButton compact />
        </span>
      </header>
      <main className="flex-1 px-3 py-4">{children}</main>
    </div>
  );
}
