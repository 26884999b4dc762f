"use server";
import { defineAction } from "@/lib/access/define-action";
import { listChildren } from "@/lib/org/read-nodes";
import { childrenQuerySchema, createNodeSchema, moveNodeSchema, nodeIdSchema, updateNodeSchema } from "@/lib/org/schemas";
import { archiveNode, createNode, deleteNode, moveNode, restoreNode, updateNode } from "@/lib/org/write-nodes";

export const createNodeAction = defineAction({ permission: "org.write", input: createNodeSchema }, async ({ actor, input }) => {
  const node = await createNode({ actor, data: input });
  return { id: node.id };
});

export const updateNodeAction = defineAction({ permission: "org.write", input: updateNodeSchema }, async ({ actor, input }) => {
  await updateNode({ actor, data: input });
  return { id: input.nodeId };
});

export const moveNodeAction = defineAction({ permission: "org.write", input: moveNodeSchema }, async ({ actor, input }) => {
  await moveNode({ actor, data: input });
  return { id: input.nodeId };
});

export const archiveNodeAction = defineAction({ permission: "org.write", input: nodeIdSchema }, ({ actor, input }) =>
  archiveNode({ actor, data: input }),
);

export const restoreNodeAction = defineAction({ permission: "org.write", input: nodeIdSchema }, ({ actor, input }) =>
  restoreNode({ actor, data: input }),
);

export const deleteNodeAction = defineAction({ permission: "org.write", input: nodeIdSchema }, ({ actor, input }) =>
  deleteNode({ actor, data: input }),
);

export const loadChildrenAction = defineAction({ permission: "org.read", input: childrenQuerySchema }, async ({ actor, input }) => {
  const { children } = await listChildren({ actor, nodeId: input.nodeId, includeArchived: input.includeArchived });
  return children;
});
