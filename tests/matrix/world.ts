// The matrix's world: two tenants from the factory, and target rows of every model at every position
// (own tenant: root, a, a1, a1c, a1b, b, b1, b1c; other tenant: a, a1c), written with the owner connection.
// Beyond the factory's actors the world adds the field roles of the participation features and a branch
// administrator (so the non-subtree scopes are exercised), an inspector and a leader of the sibling street, links the branch to the sibling street's compound
// (三联), gives every node a name unique across both tenants (exports are matched by name), and has the tenants
// review points in two steps (verify, then confirm).
import crypto from "node:crypto";
import type { Actor } from "@/lib/access/actor";
import type { PrismaClient, Role } from "@/lib/generated/prisma/client";
import { newId } from "@/lib/ids";
import { loadActor } from "@/lib/auth/load-actor";
import { childPath } from "@/lib/org/tree-rules";
import { createTestTenant, owner, type TestTenant } from "../factories/tenant";
import type { Tree } from "./relations";

export type World = {
  own: TestTenant;
  other: TestTenant;
  db: PrismaClient;
  /** Every actor of the own tenant: the factory's and the world's extra ones. */
  actors: Record<string, Actor>;
  /** Their login names (the HTTP tier signs each one in). */
  usernames: Record<string, string>;
  tree: Tree;
};

export const OWN_POSITIONS = ["root", "a", "a1", "a1c", "a1b", "b", "b1", "b1c"] as const;
export const OTHER_POSITIONS = ["a", "a1c"] as const;
export type Position = (typeof OWN_POSITIONS)[number];

/** Extra actors of the own tenant: their role and node (each with a person record on that node). */
const EXTRA_ACTORS: Record<string, { role: Role; at: Position }> = {
  // A bin-point supervisor of one compound (督导员): ledgers, duty verification, on-the-spot awards.
  supervisor: { role: "SUPERVISOR", at: "a1c" },
  // The social-work agency running the community's exchange station: verifies claims, issues cards, exchanges.
  stationOperator: { role: "STATION_OPERATOR", at: "a1" },
  // A party branch's administrator: works at its compound's bin points and those of the areas it is linked to.
  branchAdmin: { role: "UNIT_ADMIN", at: "a1b" },
  // An inspector of one street (月度检查, 暗访, 回访抽查), and a leader of the sibling street (approves its notices and
  // rankings; the factory's leader sits at the root, above everything).
  inspector: { role: "INSPECTOR", at: "a" },
  leaderB: { role: "LEADER", at: "b" },
};

export async function buildWorld(): Promise<World> {
  const [own, other] = await Promise.all([createTestTenant(), createTestTenant()]);
  const db = owner();
  for (const t of [own, other]) {
    for (const node of Object.values(t.nodes)) {
      node.name = `${node.name}·${t.tag}`;
      await db.orgNode.update({ where: { id: node.id }, data: { name: node.name } });
    }
    const row = await db.tenant.findUniqueOrThrow({ where: { id: t.tenantId }, select: { settings: true } });
    await db.tenant.update({ where: { id: t.tenantId }, data: { settings: { ...((row.settings as object) ?? {}), pointsReviewSteps: ["VERIFY", "CONFIRM"] } } });
  }
  // 党支部联小区 across streets: the branch of a1c also looks after b1c.
  await db.orgLink.create({ data: { tenantId: own.tenantId, kind: "BRANCH_AREA", orgNodeId: own.nodes.a1b.id, areaNodeId: own.nodes.b1c.id } });

  const actors: Record<string, Actor> = { ...own.actors };
  const usernames: Record<string, string> = { ...own.usernames };
  const { passwordHash } = await db.user.findUniqueOrThrow({ where: { id: own.userIds.tenantAdmin }, select: { passwordHash: true } });
  for (const [key, { role, at }] of Object.entries(EXTRA_ACTORS)) {
    const node = own.nodes[at];
    const person = await db.person.create({ data: { tenantId: own.tenantId, nodeId: node.id, name: `${key}-${own.tag}`, isPartyMember: true } });
    const username = `${key.toLowerCase()}-${own.tag}`;
    const user = await db.user.create({ data: { tenantId: own.tenantId, username, displayName: key, passwordHash, personId: person.id } });
    await db.roleAssignment.create({ data: { tenantId: own.tenantId, userId: user.id, nodeId: node.id, role } });
    const load = await loadActor({ uid: user.id, tid: own.tenantId, sv: 1 }, { locale: "zh-CN", requestId: `matrix-${own.tag}` });
    if (load.status === "anonymous") throw new Error(`could not load actor ${key}`);
    actors[key] = load.actor;
    usernames[key] = username;
  }

  const personIds = Object.values(actors).map((a) => a.personId).filter((x): x is string => !!x);
  const people = await db.person.findMany({ where: { id: { in: personIds } }, select: { id: true, node: { select: { path: true } } } });
  const tree: Tree = {
    kinds: new Map([own, other].flatMap((t) => Object.values(t.nodes).map((n) => [n.path, n.kindCode] as const))),
    branchAreas: new Map([[own.nodes.a1b.path, [own.nodes.b1c.path]]]),
    people: new Map(people.map((p) => [p.id, p.node.path])),
  };
  return { own, other, db, actors, usernames, tree };
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
