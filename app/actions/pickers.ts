"use server";
// Look-ups behind the search pickers of forms (nodes, people), always inside the actor's scope.
import { z } from "zod";
import { defineAction } from "@/lib/access/define-action";
import { searchNodes } from "@/lib/org/read-nodes";
import { listPeople } from "@/lib/people/read-people";
import { boolish, id } from "@/lib/org/schemas";

const query = z.string().trim().max(50).default("");

export const searchNodesAction = defineAction(
  {
    permission: "org.read",
    input: z.object({ q: query, purpose: z.enum(["browse", "grant"]).default("browse"), limit: z.coerce.number().int().min(1).max(100).default(20) }),
  },
  async ({ actor, input }) => {
    const rows = await searchNodes({ actor, q: input.q, limit: input.limit, permission: input.purpose === "grant" ? "users.write" : "org.read" });
    return rows.map((n) => ({ id: n.id, name: n.name, code: n.code, kindCode: n.kind.code, kindName: n.kind.name, depth: n.depth, path: n.path }));
  },
);

export const searchPeopleAction = defineAction(
  { permission: "people.read", input: z.object({ q: query, nodeId: id.optional(), partyOnly: boolish.default(false) }) },
  async ({ actor, input }) => {
    const res = await listPeople({ actor, q: input.q, nodeId: input.nodeId, flag: input.partyOnly ? "isPartyMember" : undefined, pageSize: 10 });
    return res.rows.map((p) => ({ id: p.id, name: p.name, nodeName: p.node.name, phone: p.phone, hasAccount: !!p.user }));
  },
);
