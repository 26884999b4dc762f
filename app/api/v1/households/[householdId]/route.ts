import { z } from "zod";
import { defineRoute } from "@/lib/access/define-route";
import { getHousehold } from "@/lib/households/read-households";
import { updateHouseholdSchema } from "@/lib/households/schemas";
import { deleteHousehold, updateHousehold } from "@/lib/households/write-households";
import { id } from "@/lib/org/schemas";

const params = z.object({ householdId: id });

export const GET = defineRoute({ permission: "households.read", params }, ({ actor, params }) => getHousehold({ actor, householdId: params.householdId }));

export const PATCH = defineRoute({ permission: "households.write", params, body: updateHouseholdSchema.omit({ householdId: true }) }, ({ actor, params, body }) =>
  updateHousehold({ actor, data: { ...body, householdId: params.householdId } }),
);

export const DELETE = defineRoute({ permission: "households.write", params }, ({ actor, params }) =>
  deleteHousehold({ actor, data: { householdId: params.householdId } }),
);
