import { describe, expect, it } from "vitest";
import { getNode, listChildren, searchNodes } from "@/lib/org/read-nodes";
import { archiveNode, createNode, deleteNode, moveNode, restoreNode, updateNode } from "@/lib/org/write-nodes";
import { createTestTenant, owner } from "../factories/tenant";

async function auditRows(tenantId: string, action: string) {
  const db = owner();
  try {
    return await db.auditLog.findMany({ where: { tenantId, action }, orderBy: { id: "asc" } });
  } finally {
    await db.$disconnect();
  }
}

describe("organisation tree", () => {
  it("creates a child with its path and depth, enforcing kind rules, and audits it", async () => {
    const t = await createTestTenant();
    const node = await createNode({ actor: t.actors.unitAdminA, data: { parentId: t.nodes.a.id, kindId: t.kinds.community, name: "新社区", code: `N-${t.tag}` } });
    expect(node.path).toBe(`${t.nodes.a.path}${node.id}/`);
    expect(node.depth).toBe(t.nodes.a.depth + 1);
    const rows = await auditRows(t.tenantId, "org.create");
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ entityId: node.id, actorUserId: t.userIds.unitAdminA, nodeId: node.id });

    await expect(
      createNode({ actor: t.actors.unitAdminA, data: { parentId: t.nodes.a.id, kindId: t.kinds.party_group, name: "错误", code: null } }),
    ).rejects.toMatchObject({ code: "VALIDATION", fieldErrors: { kindId: ["validation.kindNotAllowedHere"] } });
    await expect(
      createNode({ actor: t.actors.unitAdminA, data: { parentId: t.nodes.a.id, kindId: t.kinds.community, name: "重码", code: `N-${t.tag}` } }),
    ).rejects.toMatchObject({ code: "VALIDATION", fieldErrors: { code: ["validation.codeTaken"] } });
  });

  it("refuses to create under a sibling, a parent or another tenant, and writes nothing", async () => {
    const t = await createTestTenant();
    const other = await createTestTenant();
    for (const parentId of [t.nodes.b.id, t.nodes.root.id, other.nodes.a.id]) {
      await expect(
        createNode({ actor: t.actors.unitAdminA, data: { parentId, kindId: t.kinds.community, name: "越权", code: null } }),
      ).rejects.toMatchObject({ code: "NOT_FOUND" });
    }
    expect(await auditRows(t.tenantId, "org.create")).toHaveLength(0);
    // Reporters and leaders read but do not write.
    await expect(
      createNode({ actor: t.actors.leader, data: { parentId: t.nodes.a.id, kindId: t.kinds.community, name: "x", code: null } }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("moves a subtree in one step: every path below is rewritten", async () => {
    const t = await createTestTenant();
    await moveNode({ actor: t.actors.tenantAdmin, data: { nodeId: t.nodes.a1.id, newParentId: t.nodes.b.id } });
    const db = owner();
    try {
      const moved = await db.orgNode.findMany({ where: { tenantId: t.tenantId, path: { contains: `/${t.nodes.a1.id}/` } }, orderBy: { depth: "asc" } });
      expect(moved.map((n) => n.name)).toEqual(["甲一社区", "甲一小区", "甲一小区党支部"]);
      for (const n of moved) expect(n.path.startsWith(`${t.nodes.b.path}${t.nodes.a1.id}/`)).toBe(true);
      expect(moved.map((n) => n.depth)).toEqual([2, 3, 4]);
      expect(moved[0].parentId).toBe(t.nodes.b.id);
    } finally {
      await db.$disconnect();
    }
    // The unit admin of a no longer sees a1, the unit admin of b does.
    await expect(getNode({ actor: t.actors.unitAdminA, nodeId: t.nodes.a1.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await getNode({ actor: t.actors.unitAdminB, nodeId: t.nodes.a1c.id })).node.name).toBe("甲一小区");
  });

  it("refuses moves into the own subtree, under a wrong kind, or of the actor's own root", async () => {
    const t = await createTestTenant();
    await expect(moveNode({ actor: t.actors.tenantAdmin, data: { nodeId: t.nodes.a.id, newParentId: t.nodes.a1.id } })).rejects.toMatchObject({ code: "VALIDATION" });
    await expect(moveNode({ actor: t.actors.tenantAdmin, data: { nodeId: t.nodes.a1c.id, newParentId: t.nodes.b.id } })).rejects.toMatchObject({
      fieldErrors: { newParentId: ["validation.kindNotAllowedHere"] },
    });
    await expect(moveNode({ actor: t.actors.unitAdminA, data: { nodeId: t.nodes.a.id, newParentId: t.nodes.b.id } })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(moveNode({ actor: t.actors.unitAdminA, data: { nodeId: t.nodes.a1.id, newParentId: t.nodes.b.id } })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("archives a subtree, hides it, takes away roles held on it, and restores it", async () => {
    const t = await createTestTenant();
    expect((await archiveNode({ actor: t.actors.tenantAdmin, data: { nodeId: t.nodes.a1.id } })).archived).toBe(3);
    const { children } = await listChildren({ actor: t.actors.tenantAdmin, nodeId: t.nodes.a.id });
    expect(children).toHaveLength(0);
    const withArchived = await listChildren({ actor: t.actors.tenantAdmin, nodeId: t.nodes.a.id, includeArchived: true });
    expect(withArchived.children[0]).toMatchObject({ name: "甲一社区", archived: true });
    await expect(createNode({ actor: t.actors.tenantAdmin, data: { parentId: t.nodes.a1.id, kindId: t.kinds.compound, name: "x", code: null } })).rejects.toMatchObject({ code: "CONFLICT" });
    expect((await restoreNode({ actor: t.actors.tenantAdmin, data: { nodeId: t.nodes.a1.id } })).restored).toBe(3);
    expect((await auditRows(t.tenantId, "org.archive")).length).toBe(1);
    expect((await auditRows(t.tenantId, "org.restore")).length).toBe(1);
  });

  it("deletes only empty nodes", async () => {
    const t = await createTestTenant();
    await expect(deleteNode({ actor: t.actors.tenantAdmin, data: { nodeId: t.nodes.a1.id } })).rejects.toMatchObject({ code: "CONFLICT", messageKey: "errors.nodeNotEmpty" });
    const leaf = await createNode({ actor: t.actors.tenantAdmin, data: { parentId: t.nodes.b.id, kindId: t.kinds.community, name: "空社区", code: null } });
    await deleteNode({ actor: t.actors.tenantAdmin, data: { nodeId: leaf.id } });
    await expect(getNode({ actor: t.actors.tenantAdmin, nodeId: leaf.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await auditRows(t.tenantId, "org.delete")).toHaveLength(1);
  });

  it("renames with before and after in the audit log", async () => {
    const t = await createTestTenant();
    await updateNode({ actor: t.actors.unitAdminA1, data: { nodeId: t.nodes.a1.id, name: "甲一社区（新）" } });
    const [row] = await auditRows(t.tenantId, "org.update");
    expect(row.before).toMatchObject({ name: "甲一社区" });
    expect(row.after).toMatchObject({ name: "甲一社区（新）" });
    await expect(updateNode({ actor: t.actors.unitAdminA1, data: { nodeId: t.nodes.a.id, name: "越级" } })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("searches only inside the scope", async () => {
    const t = await createTestTenant();
    const hits = await searchNodes({ actor: t.actors.unitAdminA, q: "社区" });
    expect(hits.map((h) => h.name)).toEqual(["甲一社区"]);
    const rep = await searchNodes({ actor: t.actors.representative, q: "" });
    expect(rep.map((h) => h.name).sort()).toEqual(["甲一小区", "甲一小区党支部", "甲一社区"].sort());
  });
});
