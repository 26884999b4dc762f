import { z } from "zod";
import { defineRoute } from "@/lib/access/define-route";
import { boolish, id } from "@/lib/org/schemas";
import { listChildren } from "@/lib/org/read-nodes";

export const GET = defineRoute(
  { permission: "org.read", params: z.object({ nodeId: id }), query: z.object({ includeArchived: boolish.default(false) }) },
  async ({ actor, params, query }) => listChildren({ actor, nodeId: params.nodeId, includeArchived: query.includeArchived }),
);
