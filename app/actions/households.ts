"use server";
import { z } from "zod";
import { defineAction } from "@/lib/access/define-action";
import { createHouseholdSchema, householdIdSchema, linkSchema, updateHouseholdSchema } from "@/lib/households/schemas";
import { createHousehold, deleteHousehold, linkMemberToHousehold, unlinkMemberFromHousehold, updateHousehold } from "@/lib/households/write-households";
import { listPeople } from "@/lib/people/read-people";
import { id } from "@/lib/org/schemas";

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

/** People pickers: a few matches by name in the actor's scope (party members first when asked). */
export const searchPeopleAction = defineAction(
  { permission: "people.read", input: z.object({ q: z.string().trim().max(50), nodeId: id.optional(), partyOnly: z.boolean().default(false) }) },
  async ({ actor, input }) => {
    const res = await listPeople({ actor, q: input.q, nodeId: input.nodeId, flag: input.partyOnly ? "isPartyMember" : undefined, pageSize: 10 });
    return res.rows.map((p) => ({ id: p.id, name: p.name, nodeName: p.node.name, phone: p.phone }));
  },
);
