"use server";
import { defineAction } from "@/lib/access/define-action";
import { addHouseholdEntry, draftList, publishList, removeEntry, setModelHousehold } from "@/lib/redlist/lists";
import { draftSchema, entryIdSchema, entrySchema, listIdSchema, modelHouseholdSchema } from "@/lib/redlist/schemas";

export const draftListAction = defineAction({ permission: "redlist.manage", input: draftSchema }, ({ actor, input }) => draftList({ actor, ...input }));
export const addEntryAction = defineAction({ permission: "redlist.manage", input: entrySchema }, ({ actor, input }) => addHouseholdEntry({ actor, data: input }));
export const removeEntryAction = defineAction({ permission: "redlist.manage", input: entryIdSchema }, ({ actor, input }) => removeEntry({ actor, entryId: input.entryId }));
export const publishListAction = defineAction({ permission: "redlist.manage", input: listIdSchema }, ({ actor, input }) => publishList({ actor, listId: input.listId }));
export const setModelHouseholdAction = defineAction({ permission: "redlist.manage", input: modelHouseholdSchema }, ({ actor, input }) => setModelHousehold({ actor, ...input }));
