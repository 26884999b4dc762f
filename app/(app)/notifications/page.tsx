import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { requirePageActor } from "@/lib/auth/current-actor";
import { listMyNotifications } from "@/lib/notifications/notifications";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { NotificationList } from "@/components/notifications/notification-list";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("notifications"))("title") };
}

export default async function NotificationsPage() {
  const actor = await requirePageActor();
  const t = await getTranslations("notifications");
  const { rows, unread } = await listMyNotifications({ actor, take: 100 });
  return (
    <>
      <PageHeader title={t("title")} description={t("unread", { count: unread })} />
      <Card>
        <NotificationList unread={unread} rows={rows.map((r) => ({ ...r, readAt: r.readAt?.toISOString() ?? null, createdAt: r.createdAt.toISOString() }))} />
      </Card>
    </>
  );
}
