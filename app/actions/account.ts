"use server";
import { z } from "zod";
import { defineAction } from "@/lib/access/define-action";
import { changePasswordSchema, myEmailSchema } from "@/lib/users/schemas";
import { changeOwnPassword, setMyEmail, setMyLocale, signOutEverywhere } from "@/lib/users/own-account";
import { LOCALES } from "@/lib/i18n/locale";
import { generalSettingsSchema } from "@/lib/tenants/settings";
import { updateTenantSettings } from "@/lib/tenants/update-settings";

export const changePasswordAction = defineAction(
  { permission: null, input: changePasswordSchema, allowPendingPasswordChange: true },
  async ({ actor, input }) => changeOwnPassword({ actor, data: input }),
);

export const signOutEverywhereAction = defineAction({ permission: null, input: z.object({}) }, async ({ actor }) =>
  signOutEverywhere({ actor }),
);

export const saveMyLocaleAction = defineAction({ permission: null, input: z.object({ locale: z.enum(LOCALES) }) }, async ({ actor, input }) =>
  setMyLocale({ actor, locale: input.locale }),
);

export const saveMyEmailAction = defineAction({ permission: null, input: myEmailSchema }, async ({ actor, input }) =>
  setMyEmail({ actor, email: input.email }),
);

export const updateTenantSettingsAction = defineAction({ permission: "tenant.settings", input: generalSettingsSchema }, ({ actor, input }) =>
  updateTenantSettings({ actor, data: input }),
);
