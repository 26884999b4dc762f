import { z } from "zod";
import { defineRoute } from "@/lib/access/define-route";
import { id } from "@/lib/org/schemas";
import { getPerson } from "@/lib/people/read-people";
import { updatePersonSchema } from "@/lib/people/schemas";
import { deletePerson, updatePerson } from "@/lib/people/write-people";

const params = z.object({ personId: id });

export const GET = defineRoute({ permission: null, params }, ({ actor, params }) => getPerson({ actor, personId: params.personId }));

export const PATCH = defineRoute({ permission: "people.write", params, body: updatePersonSchema.omit({ personId: true }) }, ({ actor, params, body }) =>
  updatePerson({ actor, data: { ...body, personId: params.personId } }),
);

export const DELETE = defineRoute({ permission: "people.write", params }, ({ actor, params }) => deletePerson({ actor, data: { personId: params.personId } }));
