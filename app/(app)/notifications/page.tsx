import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { requirePageActor } from "@/lib/auth/current-actor";
import { countMyUnread } from "@/lib/notifications/notifications";
import { PageHeader } from "@/components/ui/page-header";
import { MyNotifications } from "@/components/notifications/my-notifications";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("notifications"))("title") };
}

export default async function NotificationsPage() {
  const actor = await requirePageActor();
  const t = await getTranslations("notifications");
  const unread = await countMyUnread({ actor });
  return (
    <>
      <PageHeader title={t("title")} description={t("unread", { count: unread })} />
      <MyNotifications actor={actor} />
    </>
  );
}
