"use client";
import { cn as clsx } from "@/components/ui/cn";
import Link from "next/link";
import { usePathname } from "next/navigation";
import { useState } from "react";
import { useTranslations } from "next-intl";
import { Award, BarChart3, Building2, ClipboardList, Clock, FileText, Flag, Handshake, Home, KeyRound, Link2, Medal, Megaphone, Menu, Network, ScrollText, Search, House, Settings, Store, Trash2, Trophy, Upload, Users, Wrench, X, UserCircle } from "lucide-react";
import { LanguageSwitch } from "./language-switch";
import { SignOutButton } from "./sign-out-button";
import { NotificationBell } from "@/components/notifications/notification-bell";

const ICONS: Record<string, React.ComponentType<{ className?: string }>> = {
  home: Home,
  megaphone: Megaphone,
  network: Network,
  users: Users,
  house: House,
  key: KeyRound,
  upload: Upload,
  scroll: ScrollText,
  building: Building2,
  settings: Settings,
  link: Link2,
  handshake: Handshake,
  trash: Trash2,
  clipboard: ClipboardList,
  award: Award,
  store: Store,
  clock: Clock,
  flag: Flag,
  chart: BarChart3,
  search: Search,
  wrench: Wrench,
  file: FileText,
  trophy: Trophy,
  medal: Medal,
};

type Item = { href: string; label: string; icon: string; section: "main" | "data" | "org" | "participation" | "system" };

export function AppShell({
  items,
  sections,
  tenantName,
  userName,
  roles,
  unread,
  children,
}: {
  items: Item[];
  sections: Record<Item["section"], string>;
  tenantName: string;
  userName: string;
  roles: string[];
  unread: number;
  children: React.ReactNode;
}) {
  const t = useTranslations("common");
  const ta = useTranslations("app");
  const pathname = usePathname();
  const [open, setOpen] = useState(false);
  const nav = (
    <nav className="flex-1 space-y-5 overflow-y-auto px-3 py-4" aria-label="main">
      {(["main", "data", "org", "participation", "system"] as const).map((section) => {
        const list = items.filter((i) => i.section === section);
        if (!list.length) return null;
        return (
          <div key={section}>
            {sections[section] ? <p className="px-2 pb-1 text-xs font-semibold text-slate-500">{sections[section]}</p> : null}
            <ul className="space-y-0.5">
              {list.map((item) => {
                const Icon = ICONS[item.icon] ?? Home;
                const active = pathname === item.href || pathname.startsWith(`${item.href}/`);
                return (
                  <li key={item.href}>
                    <Link
                      href={item.href}
                      onClick={() => setOpen(false)}
                      aria-current={active ? "page" : undefined}
                      className={clsx(
                        "flex items-center gap-2 rounded-md px-2 py-2 text-sm",
                        active ? "bg-brand-50 font-medium text-brand-700" : "text-slate-700 hover:bg-slate-100",
                      )}
                    >
                      <Icon className="h-4 w-4 shrink-0" />
                      {item.label}
                    </Link>
                  </li>
                );
              })}
            </ul>
          </div>
        );
      })}
    </nav>
  );
  const brand = (
    <div className="flex items-center gap-2 px-4 py-4">
      <span className="flex h-8 w-8 items-center justify-center rounded-md bg-brand-600 text-sm font-bold text-white" aria-hidden>
        分
      </span>
      <div className="min-w-0">
        <p className="truncate text-sm font-semibold text-slate-900" data-testid="tenant-name">{tenantName}</p>
        <p className="truncate text-xs text-slate-500">{ta("short")}</p>
      </div>
    </div>
  );
  return (
    <div className="min-h-screen lg:flex">
      <aside className="no-print hidden w-60 shrink-0 flex-col border-r border-slate-200 bg-white lg:flex">
        {brand}
        {nav}
      </aside>
      {open ? (
        <div className="fixed inset-0 z-40 lg:hidden" role="dialog" aria-modal="true">
          <div className="absolute inset-0 bg-slate-900/40" onClick={() => setOpen(false)} />
          <aside className="absolute inset-y-0 left-0 flex w-64 flex-col bg-white shadow-xl">
            <div className="flex items-center justify-between pr-2">
              {brand}
              <button type="button" className="rounded p-2 text-slate-500 hover:bg-slate-100" onClick={() => setOpen(false)} aria-label={t("close")}>
                <X className="h-5 w-5" />
              </button>
            </div>
            {nav}
          </aside>
        </div>
      ) : null}
      <div className="flex min-w-0 flex-1 flex-col">
        <header className="no-print sticky top-0 z-30 flex h-14 items-center gap-3 border-b border-slate-200 bg-white/95 px-4 backdrop-blur">
          <button type="button" className="rounded p-1.5 text-slate-600 hover:bg-slate-100 lg:hidden" onClick={() => setOpen(true)} aria-label="menu">
            <Menu className="h-5 w-5" />
          </button>
          <div className="flex-1" />
          <NotificationBell initial={unread} />
          <LanguageSwitch />
          <Link href="/account" className="flex items-center gap-2 rounded-md px-2 py-1 text-sm text-slate-700 hover:bg-slate-100" data-testid="user-menu">
            <UserCircle className="h-5 w-5 text-slate-500" aria-hidden />
            <span className="hidden sm:inline">{userName}</span>
            <span className="hidden text-xs text-slate-500 md:inline">{roles.join("、")}</span>
          </Link>
          <SignOutButton />
        </header>
        <main className="mx-auto w-full max-w-7xl flex-1 px-4 py-6 sm:px-6">{children}</main>
      </div>
    </div>
  );
}
