// The text of a notification email, in Chinese (like the notification it repeats: stored text read by the people
// of one tenant). Pure apart from reading the message files, so it is unit-tested.
import { storedText } from "../i18n/stored-text";

const t = storedText("emails");

export type EmailSource = {
  tenantName: string;
  displayName: string;
  title: string;
  body: string | null;
  /** An app path (/reports/…) or an absolute URL. */
  link: string | null;
  /** The platform's public address (NEXTAUTH_URL); without it the path is printed as is. */
  baseUrl?: string | null;
};

/** Subject and plain text of the email that repeats one notification. */
export function notificationEmail(n: EmailSource): { subject: string; text: string } {
  const url = n.link ? (/^https?:\/\//.test(n.link) || !n.baseUrl ? n.link : new URL(n.link, n.baseUrl).toString()) : null;
  // Mail headers must stay on one line whatever the stored title holds.
  const subject = t("subject", { tenant: n.tenantName, title: n.title }).replace(/[\r\n]+/g, " ").trim();
  const lines = [
    t("greeting", { name: n.displayName }),
    "",
    n.title,
    ...(n.body ? [n.body] : []),
    ...(url ? ["", t("link", { url })] : []),
    "",
    "——",
    t("signature", { tenant: n.tenantName }),
    t("footer"),
  ];
  return { subject, text: lines.join("\n") + "\n" };
}
