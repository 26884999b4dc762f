import { cookies } from "next/headers";
import { getRequestConfig } from "next-intl/server";
import { LOCALE_COOKIE, localeFromCookie } from "./locale";

// Chinese first; the English switch sets a cookie (no locale in the URL: links stay shareable between languages).
export default getRequestConfig(async () => {
  const locale = localeFromCookie((await cookies()).get(LOCALE_COOKIE)?.value);
  const messages = (await import(`./messages/${locale}.json`)).default;
  return { locale, messages, timeZone: "Asia/Shanghai" };
});
