import "server-only";
import nodemailer, { type Transporter } from "nodemailer";
import { parseConnectionUrl } from "nodemailer/lib/shared/index.js";
import { senderDomain, smtpSettings } from "./smtp-config";

// One transport per configured URL. Timeouts are short because a job's transaction stays open while it sends;
// the URL's query parameters may override them.
const transports = new Map<string, Transporter>();

function transportFor(url: string): Transporter {
  let t = transports.get(url);
  if (!t) {
    t = nodemailer.createTransport({ connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 20_000, ...parseConnectionUrl(url) });
    transports.set(url, t);
  }
  return t;
}

export type OutgoingMail = { to: string; subject: string; text: string; /** Stable per message: lets mail servers drop a resend. */ id: string };

/** Send one plain-text email through the operator's server; throws (the job retries) when it cannot. */
export async function sendMail(mail: OutgoingMail): Promise<void> {
  const smtp = smtpSettings();
  if (!smtp) throw new Error("SMTP_URL is not set");
  await transportFor(smtp.url).sendMail({
    from: smtp.from,
    to: mail.to,
    subject: mail.subject,
    text: mail.text,
    messageId: `<${mail.id}@${senderDomain(smtp.from)}>`,
  });
}
