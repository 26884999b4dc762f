import "server-only";
// Report notifications, written in the tenant's language (Chinese first) inside the caller's transaction.
import { createTranslator } from "next-intl";
import type { Tx } from "../db";
import { loadMessages } from "../i18n/load-messages";
import { sendNotifications, type NewNotification } from "../notifications/notifications";

type Messages = Record<string, unknown>;

let translator: ReturnType<typeof createTranslator<Messages>> | undefined;

/** reportNotices.* in Chinese: notifications are stored text, read by people of one tenant. */
export function noticeText(key: string, params: Record<string, string | number> = {}): string {
  translator ??= createTranslator({ locale: "zh-CN", messages: loadMessages("zh-CN") as Messages, namespace: "reportNotices" as never });
  return (translator as unknown as (k: string, p: Record<string, string | number>) => string)(key, params);
}

export function reportLink(typeCode: string, periodKey: string, nodeId: string) {
  return `/reports/${typeCode}/${periodKey}/${nodeId}`;
}

export async function notifyUsers(tx: Tx, tenantId: string, userIds: string[], n: Omit<NewNotification, "userId">) {
  const rows = [...new Set(userIds)].map((userId) => ({ ...n, userId }));
  return sendNotifications(tx, tenantId, rows);
}
