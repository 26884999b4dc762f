import { defineRoute } from "@/lib/access/define-route";
import { listHouseholds } from "@/lib/households/read-households";
import { createHouseholdSchema, listHouseholdsSchema } from "@/lib/households/schemas";
import { createHousehold } from "@/lib/households/write-households";

export const GET = defineRoute({ permission: "households.read", query: listHouseholdsSchema }, ({ actor, query }) => listHouseholds({ actor, ...query }));

export const POST = defineRoute({ permission: "households.write", body: createHouseholdSchema }, ({ actor, body }) => createHousehold({ actor, data: body }));
