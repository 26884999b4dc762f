"use server";
import { defineAction } from "@/lib/access/define-action";
import { decideRegistration, endRegistration, rateRegistration, registerWithCommunity } from "@/lib/double-reporting/registrations";
import { decideSchema, rateSchema, registerSchema, registrationIdSchema } from "@/lib/double-reporting/schemas";

export const registerAction = defineAction({ permission: "double.manage", input: registerSchema }, ({ actor, input }) => registerWithCommunity({ actor, data: input }));
export const decideRegistrationAction = defineAction({ permission: "double.manage", input: decideSchema }, ({ actor, input }) => decideRegistration({ actor, ...input }));
export const endRegistrationAction = defineAction({ permission: "double.manage", input: registrationIdSchema }, ({ actor, input }) => endRegistration({ actor, registrationId: input.registrationId }));
export const rateRegistrationAction = defineAction({ permission: "double.manage", input: rateSchema }, ({ actor, input }) => rateRegistration({ actor, data: input }));
