import { z } from "zod";
import { defineRoute } from "@/lib/access/define-route";
import { id, updateNodeSchema } from "@/lib/org/schemas";
import { getNode } from "@/lib/org/read-nodes";
import { deleteNode, updateNode } from "@/lib/org/write-nodes";

const params = z.object({ nodeId: id });

export const GET = defineRoute({ permission: "org.read", params }, ({ actor, params }) => getNode({ actor, nodeId: params.nodeId }));

export const PATCH = defineRoute({ permission: "org.write", params, body: updateNodeSchema.omit({ nodeId: true }) }, ({ actor, params, body }) =>
  updateNode({ actor, data: { ...body, nodeId: params.nodeId } }),
);

export const DELETE = defineRoute({ permission: "org.write", params }, ({ actor, params }) => deleteNode({ actor, data: { nodeId: params.nodeId } }));
