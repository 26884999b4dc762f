import type { Actor } from "@/lib/access/actor";
import { listMyNotifications } from "@/lib/notifications/notifications";
import { Card } from "@/components/ui/card";
import { NotificationList } from "./notification-list";

/** The signed-in user's notification centre (staff and phone pages alike). */
export async function MyNotifications({ actor }: { actor: Actor }) {
  const { rows, unread } = await listMyNotifications({ actor, take: 100 });
  return (
    <Card>
      <NotificationList unread={unread} rows={rows.map((r) => ({ ...r, readAt: r.readAt?.toISOString() ?? null, createdAt: r.createdAt.toISOString() }))} />
    </Card>
  );
}
