import { describe, expect, it } from "vitest";
import { listChildren, getNode } from "@/lib/org/read-nodes";
import { createTestTenant } from "../factories/tenant";

describe("org smoke", () => {
  it("lists children in scope and hides other tenants", async () => {
    const t = await createTestTenant();
    const other = await createTestTenant();
    const res = await listChildren({ actor: t.actors.tenantAdmin, nodeId: t.nodes.root.id });
    expect(res.children.map((c) => c.name).sort()).toEqual(["乙街道", "甲街道", "领导小组"].filter((n) => n !== "领导小组").sort());
    await expect(getNode({ actor: t.actors.tenantAdmin, nodeId: other.nodes.root.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
