// The matrix's world: two tenants from the factory, and target rows of every model at every position
// (own tenant: root, a, a1, a1c, a1b, b, b1, b1c; other tenant: a, a1c), written with the owner connection.
import crypto from "node:crypto";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { newId } from "@/lib/ids";
import { childPath } from "@/lib/org/tree-rules";
import { createTestTenant, owner, type TestTenant } from "../factories/tenant";

export type World = { own: TestTenant; other: TestTenant; db: PrismaClient };

export const OWN_POSITIONS = ["root", "a", "a1", "a1c", "a1b", "b", "b1", "b1c"] as const;
export const OTHER_POSITIONS = ["a", "a1c"] as const;
export type Position = (typeof OWN_POSITIONS)[number];

export async function buildWorld(): Promise<World> {
  const [own, other] = await Promise.all([createTestTenant(), createTestTenant()]);
  return { own, other, db: owner() };
}

export function positions(w: World) {
  return [
    ...OWN_POSITIONS.map((p) => ({ t: w.own, node: w.own.nodes[p], label: `own.${p}` })),
    ...OTHER_POSITIONS.map((p) => ({ t: w.other, node: w.other.nodes[p], label: `other.${p}` })),
  ];
}

/** The kind a fresh child may have under a node of the factory's tree (for deletable leaf targets). */
const CHILD_KIND: Record<string, string> = {
  district: "street",
  street: "community",
  community: "compound",
  compound: "party_branch",
  party_branch: "party_group",
};

export async function freshLeaf(w: World, t: TestTenant, parent: { id: string; path: string; depth: number; kindCode: string }) {
  const id = newId();
  const kindCode = CHILD_KIND[parent.kindCode] ?? "party_group";
  const row = {
    id,
    tenantId: t.tenantId,
    kindId: t.kinds[kindCode],
    name: `叶${crypto.randomBytes(3).toString("hex")}`,
    parentId: parent.id,
    path: childPath(parent.path, id),
    depth: parent.depth + 1,
  };
  await w.db.orgNode.create({ data: row });
  return row;
}

export async function freshPerson(w: World, t: TestTenant, nodeId: string) {
  const row = await w.db.person.create({
    data: { tenantId: t.tenantId, nodeId, name: `人${crypto.randomBytes(3).toString("hex")}`, phone: `1${crypto.randomInt(3e9, 9e9)}${crypto.randomInt(0, 9)}` },
  });
  return row;
}

export async function freshHousehold(w: World, t: TestTenant, nodeId: string) {
  return w.db.household.create({ data: { tenantId: t.tenantId, nodeId, headName: `户${crypto.randomBytes(3).toString("hex")}`, building: "9号楼", room: String(crypto.randomInt(100, 999)) } });
}

export async function freshUser(w: World, t: TestTenant, nodeId: string) {
  const id = newId();
  await w.db.user.create({
    data: { id, tenantId: t.tenantId, username: `mx-${crypto.randomBytes(5).toString("hex")}`, displayName: "矩阵账号", passwordHash: "x" },
  });
  const role = await w.db.roleAssignment.create({ data: { tenantId: t.tenantId, userId: id, nodeId, role: "REPORTER" } });
  return { id, roleId: role.id };
}
