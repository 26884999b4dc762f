import "server-only";
// The request's translator, in the reader's language (the locale cookie), for server code that may run in an API
// route's request scope, where next-intl's getTranslations() (built on Next's request context) is not available.
import { requestCookie } from "../http/request-scope";
import { LOCALE_COOKIE, localeFromCookie } from "./locale";
import { translatorFor, type Translate } from "./translator";

export async function requestTranslator(): Promise<Translate> {
  return translatorFor(localeFromCookie(await requestCookie(LOCALE_COOKIE)));
}
