"use server";
import { cookies } from "next/headers";
import { z } from "zod";
import { definePublicAction } from "@/lib/access/define-action";
import { LOCALE_COOKIE, LOCALES } from "@/lib/i18n/locale";

export const setLocaleAction = definePublicAction(z.object({ locale: z.enum(LOCALES) }), async ({ input }) => {
  (await cookies()).set(LOCALE_COOKIE, input.locale, { path: "/", maxAge: 365 * 24 * 3600, sameSite: "lax" });
});
