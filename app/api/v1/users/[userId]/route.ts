import { z } from "zod";
import { defineRoute } from "@/lib/access/define-route";
import { id } from "@/lib/org/schemas";
import { getUser } from "@/lib/users/read-users";
import { updateUserSchema } from "@/lib/users/schemas";
import { deleteUser, updateUser } from "@/lib/users/write-users";

const params = z.object({ userId: id });

export const GET = defineRoute({ permission: "users.read", params }, ({ actor, params }) => getUser({ actor, userId: params.userId }));

export const PATCH = defineRoute({ permission: "users.write", params, body: updateUserSchema.omit({ userId: true }) }, ({ actor, params, body }) =>
  updateUser({ actor, data: { ...body, userId: params.userId } }),
);

export const DELETE = defineRoute({ permission: "users.write", params }, ({ actor, params }) => deleteUser({ actor, data: { userId: params.userId } }));
