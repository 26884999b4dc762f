import { defineRoute } from "@/lib/access/define-route";
import { createNodeSchema, searchNodesSchema } from "@/lib/org/schemas";
import { searchNodes } from "@/lib/org/read-nodes";
import { createNode } from "@/lib/org/write-nodes";

export const GET = defineRoute({ permission: "org.read", query: searchNodesSchema }, async ({ actor, query }) => ({
  items: await searchNodes({ actor, ...query }),
}));

export const POST = defineRoute({ permission: "org.write", body: createNodeSchema }, async ({ actor, body }) => createNode({ actor, data: body }));
