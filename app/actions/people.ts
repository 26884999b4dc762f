"use server";
import { defineAction } from "@/lib/access/define-action";
import { revealPersonPhone } from "@/lib/people/read-people";
import { createPersonSchema, leavePersonSchema, personIdSchema, updatePersonSchema } from "@/lib/people/schemas";
import { createPerson, deletePerson, markPersonLeft, updatePerson } from "@/lib/people/write-people";
import { anonymisePerson } from "@/lib/people/personal-data";

export const createPersonAction = defineAction({ permission: "people.write", input: createPersonSchema }, ({ actor, input }) =>
  createPerson({ actor, data: input }),
);

export const updatePersonAction = defineAction({ permission: "people.write", input: updatePersonSchema }, ({ actor, input }) =>
  updatePerson({ actor, data: input }),
);

export const markPersonLeftAction = defineAction({ permission: "people.write", input: leavePersonSchema }, ({ actor, input }) =>
  markPersonLeft({ actor, data: input }),
);

export const deletePersonAction = defineAction({ permission: "people.write", input: personIdSchema }, ({ actor, input }) =>
  deletePerson({ actor, data: input }),
);

export const revealPhoneAction = defineAction({ permission: "people.reveal", input: personIdSchema }, ({ actor, input }) =>
  revealPersonPhone({ actor, personId: input.personId }),
);

export const anonymisePersonAction = defineAction({ permission: "people.write", input: personIdSchema }, ({ actor, input }) =>
  anonymisePerson({ actor, data: input }),
);
