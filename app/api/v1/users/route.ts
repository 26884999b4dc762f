import { defineRoute } from "@/lib/access/define-route";
import { listUsers } from "@/lib/users/read-users";
import { listUsersSchema } from "@/lib/users/schemas";

export const GET = defineRoute({ permission: "users.read", query: listUsersSchema }, ({ actor, query }) => listUsers({ actor, ...query }));
