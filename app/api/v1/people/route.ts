import { defineRoute } from "@/lib/access/define-route";
import { listPeople } from "@/lib/people/read-people";
import { createPersonSchema, listPeopleSchema } from "@/lib/people/schemas";
import { createPerson } from "@/lib/people/write-people";

export const GET = defineRoute({ permission: "people.read", query: listPeopleSchema }, ({ actor, query }) => listPeople({ actor, ...query }));

export const POST = defineRoute({ permission: "people.write", body: createPersonSchema }, ({ actor, body }) => createPerson({ actor, data: body }));
