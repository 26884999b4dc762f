// One fresh tenant per test: its own tree, people, households and a user for each role, with random names so
// tests never share mutable fixtures. Written with the owner connection; actors are loaded exactly as the app
// loads them from a session.
import crypto from "node:crypto";
import type { Role } from "../../lib/generated/prisma/client";
import type { Actor } from "../../lib/access/actor";
import { loadActor } from "../../lib/auth/load-actor";
import { ownerClient } from "../../lib/db/owner-client";
import { TenantBuilder, type BNode, type BPerson, type BHousehold } from "../../prisma/seed/builder";

let sharedHash: string | undefined;
// A real argon2id hash of "test-Pass-123!" (computed once per worker; hashing per user would be slow).
async function passwordHash() {
  const { hashPassword } = await import("../../lib/auth/password");
  return (sharedHash ??= await hashPassword(TEST_PASSWORD));
}
export const TEST_PASSWORD = "test-Pass-123!";

export function owner() {
  const url = process.env.TEST_OWNER_URL;
  if (!url) throw new Error("TEST_OWNER_URL is not set (run under the db project)");
  return ownerClient(url);
}

export type TestTenant = Awaited<ReturnType<typeof createTestTenant>>;

export async function createTestTenant() {
  const tag = crypto.randomBytes(4).toString("hex");
  const b = new TenantBuilder(`t-${tag}`, `测试区-${tag}`, "district");
  const root = b.node("district", `测试区${tag}`, null, `R-${tag}`);
  const a = b.node("street", "甲街道", root, `A-${tag}`);
  const a1 = b.node("community", "甲一社区", a, `A1-${tag}`);
  const a1c = b.node("compound", "甲一小区", a1, `A1C-${tag}`);
  const a1b = b.node("party_branch", "甲一小区党支部", a1c, `A1B-${tag}`);
  const bb = b.node("street", "乙街道", root, `B-${tag}`);
  const b1 = b.node("community", "乙一社区", bb, `B1-${tag}`);
  const b1c = b.node("compound", "乙一小区", b1, `B1C-${tag}`);
  const nodes = { root, a, a1, a1c, a1b, b: bb, b1, b1c };

  const people: Record<string, BPerson> = {};
  const mk = (key: string, node: BNode, name: string, phone: string) => (people[key] = b.person(node, { name, phone, isPartyMember: true }));
  const n = () => `1${String(crypto.randomInt(3_000_000_000, 9_999_999_999))}`;
  mk("rootStaff", root, "区干部", n());
  mk("aStaff", a, "甲街道干部", n());
  mk("a1Person", a1, "甲一居民", n());
  mk("a1bMember", a1b, "甲一党员", n());
  mk("bStaff", bb, "乙街道干部", n());
  mk("b1Person", b1, "乙一居民", n());

  const households: Record<string, BHousehold> = {
    a1c: b.household(a1c, { building: "1号楼", unit: "1单元", room: "101", headName: "甲户主", phone: n() }),
    b1c: b.household(b1c, { building: "2号楼", unit: "1单元", room: "201", headName: "乙户主", phone: n() }),
  };
  b.link(people.a1bMember, households.a1c);

  const hash = await passwordHash();
  const userIds: Record<string, string> = {};
  const user = (key: string, roles: [BNode, Role][], person?: BPerson, follows?: BNode[]) =>
    (userIds[key] = b.user({ username: `${key.toLowerCase()}-${tag}`, displayName: key, passwordHash: hash, person, roles, follows }));
  user("tenantAdmin", [[root, "TENANT_ADMIN"]], people.rootStaff);
  user("leader", [[root, "LEADER"]]);
  user("unitAdminA", [[a, "UNIT_ADMIN"]], people.aStaff);
  user("unitAdminA1", [[a1, "UNIT_ADMIN"]]);
  user("reporterA", [[a, "REPORTER"]]);
  user("unitAdminB", [[bb, "UNIT_ADMIN"]], people.bStaff);
  user("representative", [[root, "REPRESENTATIVE"]], undefined, [a1]);
  user("member", [[a1b, "MEMBER"]], people.a1bMember);

  const db = owner();
  try {
    await b.write(db);
  } finally {
    await db.$disconnect();
  }

  const actors = {} as Record<keyof typeof userIds, Actor>;
  for (const [key, id] of Object.entries(userIds)) {
    const load = await loadActor({ uid: id, tid: b.tenantId, sv: 1 }, { locale: "zh-CN", requestId: `test-${tag}` });
    if (load.status === "anonymous") throw new Error(`could not load actor ${key}`);
    actors[key] = load.actor;
  }
  return {
    tenantId: b.tenantId,
    tag,
    nodes,
    people,
    households,
    userIds,
    usernames: Object.fromEntries(Object.keys(userIds).map((k) => [k, `${k.toLowerCase()}-${tag}`])),
    actors: actors as Record<"tenantAdmin" | "leader" | "unitAdminA" | "unitAdminA1" | "reporterA" | "unitAdminB" | "representative" | "member", Actor>,
    kinds: Object.fromEntries(b.kinds.map((k) => [k.code, k.id])) as Record<string, string>,
  };
}
