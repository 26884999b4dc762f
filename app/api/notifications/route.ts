import { z } from "zod";
import { defineRoute } from "@/lib/access/define-route";
import { boolish } from "@/lib/org/schemas";
import { listMyNotifications } from "@/lib/notifications/notifications";

// The notification centre's feed; the bell polls it with x-background, which does not extend the session.
export const GET = defineRoute({ permission: null, query: z.object({ unread: boolish.default(false), take: z.coerce.number().int().min(0).max(100).default(20) }) }, ({ actor, query }) =>
  listMyNotifications({ actor, onlyUnread: query.unread, take: query.take }),
);
