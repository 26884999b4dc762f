"use client";
import Link from "next/link";
import { useEffect, useState } from "react";
import { useTranslations } from "next-intl";
import { Bell } from "lucide-react";

/** Unread count in the header, refreshed every minute without keeping an idle session alive. */
export function NotificationBell({ initial, href = "/notifications", className }: { initial: number; href?: string; className?: string }) {
  const t = useTranslations("notifications");
  const [count, setCount] = useState(initial);
  useEffect(() => {
    const timer = setInterval(async () => {
      const res = await fetch("/api/notifications?unread=true&take=0", { headers: { "x-background": "1" } }).catch(() => null);
      if (res?.ok) setCount((await res.json()).unread ?? 0);
    }, 60_000);
    return () => clearInterval(timer);
  }, []);
  return (
    <Link href={href} className={className ?? "relative rounded-md p-1.5 text-slate-600 hover:bg-slate-100"} aria-label={t("bell", { count })} data-testid="notification-bell">
      <Bell className="h-5 w-5" aria-hidden />
      {count > 0 ? (
        <span className="absolute -right-0.5 -top-0.5 min-w-4 rounded-full bg-brand-600 px-1 text-center text-[10px] font-semibold leading-4 text-white" data-testid="unread-count">
          {count > 99 ? "99+" : count}
        </span>
      ) : null}
    </Link>
  );
}
