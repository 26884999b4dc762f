// A translator for one language, built once per locale (rebuilt on every call in development, so edited messages
// show): for server code outside a page render, such as jobs, notifications and API routes.
import { createTranslator } from "next-intl";
import { loadMessages } from "./load-messages";
import type { Locale } from "./locale";

export type Translate = ((key: string, params?: Record<string, string | number | Date>) => string) & { has: (key: string) => boolean };

const translators = new Map<Locale, Translate>();

export function translatorFor(locale: Locale): Translate {
  let t = translators.get(locale);
  if (!t || process.env.NODE_ENV !== "production") {
    t = createTranslator({ locale, messages: loadMessages(locale) as Record<string, unknown>, timeZone: "Asia/Shanghai" }) as unknown as Translate;
    translators.set(locale, t);
  }
  return t;
}
