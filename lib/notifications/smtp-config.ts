// The operator's mail server: SMTP_URL (smtp://user:pass@host:587, smtps:// for implicit TLS; nodemailer options
// may follow as query parameters) and SMTP_FROM (the sender). Without SMTP_URL the platform sends no email at all.
import { z } from "zod";

const blankIsUnset = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : v);

export const smtpUrlSchema = z.preprocess(
  blankIsUnset,
  z
    .string()
    .trim()
    .regex(/^smtps?:\/\/[^/\s]+/i, "SMTP_URL must look like smtp://user:password@host:587 (or smtps://… for TLS on connect)")
    .optional(),
);

export const smtpFromSchema = z.preprocess(
  blankIsUnset,
  z
    .string()
    .trim()
    .regex(/^(?:[^<>\r\n]*<[^\s<>@]+@[^\s<>@]+>|[^\s<>@]+@[^\s<>@]+)$/, 'SMTP_FROM must be an address, e.g. noreply@example.org or "平台提醒 <noreply@example.org>"')
    .optional(),
);

export type SmtpSettings = { url: string; from: string };

/** The mail server in effect, or null when the operator configured none (checked at start-up by lib/env.ts). */
export function smtpSettings(source: Record<string, string | undefined> = process.env): SmtpSettings | null {
  const url = smtpUrlSchema.safeParse(source.SMTP_URL);
  const from = smtpFromSchema.safeParse(source.SMTP_FROM);
  if (!url.success || !url.data || !from.success || !from.data) return null;
  return { url: url.data, from: from.data };
}

/** The domain of the sender's address (for Message-IDs). */
export function senderDomain(from: string): string {
  const m = /@([^\s<>@]+)>?\s*$/.exec(from);
  return m ? m[1].toLowerCase() : "localhost";
}
