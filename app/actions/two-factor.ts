"use server";
import { z } from "zod";
import { defineAction } from "@/lib/access/define-action";
import { beginTotpEnrolment, confirmTotpEnrolment, disableOwnTotp, resetUserTotp } from "@/lib/users/two-factor";
import { id } from "@/lib/org/schemas";

export const beginTotpAction = defineAction({ permission: null, input: z.object({}), allowPendingTwoFactor: true }, ({ actor }) =>
  beginTotpEnrolment({ actor }),
);

export const confirmTotpAction = defineAction(
  { permission: null, input: z.object({ code: z.string().trim().regex(/^\d{6}$/, "validation.totpFormat") }), allowPendingTwoFactor: true },
  ({ actor, input }) => confirmTotpEnrolment({ actor, code: input.code }),
);

export const disableTotpAction = defineAction({ permission: null, input: z.object({ password: z.string().min(1, "validation.required").max(256) }) }, ({ actor, input }) =>
  disableOwnTotp({ actor, password: input.password }),
);

export const resetUserTotpAction = defineAction({ permission: "users.write", input: z.object({ userId: id }) }, ({ actor, input }) =>
  resetUserTotp({ actor, data: input }),
);
