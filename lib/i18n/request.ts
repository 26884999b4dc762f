import { cookies } from "next/headers";
import { getRequestConfig } from "next-intl/server";
import { loadMessages } from "./load-messages";
import { LOCALE_COOKIE, localeFromCookie } from "./locale";

// Chinese first; the English switch sets a cookie (no locale in the URL: links stay shareable between languages).
export default getRequestConfig(async () => {
  const locale = localeFromCookie((await cookies()).get(LOCALE_COOKIE)?.value);
  return { locale, messages: loadMessages(locale) as never, timeZone: "Asia/Shanghai" };
});
