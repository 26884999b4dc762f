"use server";
// Look-ups behind the search pickers of forms (nodes, people), always inside the actor's scope.
import { z } from "zod";
import { defineAction } from "@/lib/access/define-action";
import { searchNodes } from "@/lib/org/read-nodes";
import { listPeople } from "@/lib/people/read-people";

const query = z.string().trim().max(50).default("");

export const searchNodesAction = defineAction(
  { permission: "org.read", input: z.object({ q: query, purpose: z.enum(["browse", "grant"]).default("browse") }) },
  async ({ actor, input }) => {
    const rows = await searchNodes({ actor, q: input.q, limit: 20, permission: input.purpose === "grant" ? "users.write" : "org.read" });
    return rows.map((n) => ({ id: n.id, name: n.name, kindName: n.kind.name, depth: n.depth }));
  },
);

export const searchPeopleAction = defineAction(
  { permission: "people.read", input: z.object({ q: query }) },
  async ({ actor, input }) => {
    const res = await listPeople({ actor, q: input.q, pageSize: 10 });
    return res.rows.map((p) => ({ id: p.id, name: p.name, nodeName: p.node.name, phone: p.phone, hasAccount: !!p.user }));
  },
);
