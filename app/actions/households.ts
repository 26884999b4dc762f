"use server";
import { defineAction } from "@/lib/access/define-action";
import { createHouseholdSchema, householdIdSchema, linkSchema, updateHouseholdSchema } from "@/lib/households/schemas";
import { createHousehold, deleteHousehold, linkMemberToHousehold, unlinkMemberFromHousehold, updateHousehold } from "@/lib/households/write-households";

export const createHouseholdAction = defineAction({ permission: "households.write", input: createHouseholdSchema }, ({ actor, input }) =>
  createHousehold({ actor, data: input }),
);

export const updateHouseholdAction = defineAction({ permission: "households.write", input: updateHouseholdSchema }, ({ actor, input }) =>
  updateHousehold({ actor, data: input }),
);

export const deleteHouseholdAction = defineAction({ permission: "households.write", input: householdIdSchema }, ({ actor, input }) =>
  deleteHousehold({ actor, data: input }),
);

export const linkMemberAction = defineAction({ permission: "households.write", input: linkSchema }, ({ actor, input }) =>
  linkMemberToHousehold({ actor, data: input }),
);

export const unlinkMemberAction = defineAction({ permission: "households.write", input: linkSchema }, ({ actor, input }) =>
  unlinkMemberFromHousehold({ actor, data: input }),
);
