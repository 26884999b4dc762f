"use client";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useTransition } from "react";
import { useTranslations } from "next-intl";
import { markNotificationsReadAction } from "@/app/actions/notifications";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { cn } from "@/components/ui/cn";

type Row = { id: string; title: string; body: string | null; link: string | null; readAt: string | null; createdAt: string };

export function NotificationList({ rows, unread }: { rows: Row[]; unread: number }) {
  const t = useTranslations("notifications");
  const router = useRouter();
  const [pending, start] = useTransition();
  const mark = (id?: string) => start(async () => {
    await markNotificationsReadAction({ id });
    router.refresh();
  });
  if (!rows.length) return <EmptyState title={t("empty")} />;
  return (
    <div>
      {unread > 0 ? (
        <div className="flex justify-end border-b border-slate-100 px-4 py-2">
          <Button variant="ghost" size="sm" disabled={pending} onClick={() => mark()}>{t("markAll")}</Button>
        </div>
      ) : null}
      <ul className="divide-y divide-slate-100" data-testid="notification-list">
        {rows.map((n) => (
          <li key={n.id} className={cn("flex items-start gap-3 px-4 py-3", !n.readAt && "bg-brand-50/40")}>
            <span className={cn("mt-1.5 h-2 w-2 shrink-0 rounded-full", n.readAt ? "bg-transparent" : "bg-brand-600")} aria-hidden />
            <div className="min-w-0 flex-1">
              {n.link ? (
                <Link href={n.link} onClick={() => !n.readAt && mark(n.id)} className="font-medium text-slate-900 hover:text-brand-700">{n.title}</Link>
              ) : (
                <p className="font-medium text-slate-900">{n.title}</p>
              )}
              {n.body ? <p className="mt-0.5 text-sm text-slate-600">{n.body}</p> : null}
              <p className="mt-1 text-xs text-slate-500">{new Date(n.createdAt).toLocaleString("zh-CN", { timeZone: "Asia/Shanghai" })}</p>
            </div>
            {!n.readAt ? (
              <Button variant="ghost" size="sm" disabled={pending} onClick={() => mark(n.id)}>{t("markRead")}</Button>
            ) : null}
          </li>
        ))}
      </ul>
    </div>
  );
}
