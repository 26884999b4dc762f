import "server-only";
// Report notifications, written in the tenant's language (Chinese first) inside the caller's transaction.
import type { Tx } from "../db";
import { storedText } from "../i18n/stored-text";
import { sendNotifications, type NewNotification } from "../notifications/notifications";

/** reportNotices.* in Chinese: notifications are stored text, read by people of one tenant. */
export const noticeText = storedText("reportNotices");

export function reportLink(typeCode: string, periodKey: string, nodeId: string) {
  return `/reports/${typeCode}/${periodKey}/${nodeId}`;
}

export async function notifyUsers(tx: Tx, tenantId: string, userIds: string[], n: Omit<NewNotification, "userId">) {
  const rows = [...new Set(userIds)].map((userId) => ({ ...n, userId }));
  return sendNotifications(tx, tenantId, rows);
}
