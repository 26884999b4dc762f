import "server-only";
// The request's translator, in the reader's language (the locale cookie), for server code that may run in an API
// route's request scope, where next-intl's getTranslations() (built on Next's request context) is not available.
import { createTranslator } from "next-intl";
import { requestCookie } from "../http/request-scope";
import { loadMessages } from "./load-messages";
import { LOCALE_COOKIE, localeFromCookie, type Locale } from "./locale";

export type RequestTranslate = ((key: string, params?: Record<string, string | number | Date>) => string) & { has: (key: string) => boolean };

const translators = new Map<Locale, RequestTranslate>();

export function translatorFor(locale: Locale): RequestTranslate {
  let t = translators.get(locale);
  if (!t || process.env.NODE_ENV !== "production") {
    t = createTranslator({ locale, messages: loadMessages(locale) as Record<string, unknown>, timeZone: "Asia/Shanghai" }) as unknown as RequestTranslate;
    translators.set(locale, t);
  }
  return t;
}

export async function requestTranslator(): Promise<RequestTranslate> {
  return translatorFor(localeFromCookie(await requestCookie(LOCALE_COOKIE)));
}
