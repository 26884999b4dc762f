import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { requirePageActor } from "@/lib/auth/current-actor";
import { MyNotifications } from "@/components/notifications/my-notifications";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("notifications"))("title") };
}

export default async function MemberNotificationsPage() {
  const actor = await requirePageActor();
  const t = await getTranslations("notifications");
  return (
    <>
      <h1 className="mb-3 text-lg font-semibold">{t("title")}</h1>
      <MyNotifications actor={actor} />
    </>
  );
}
