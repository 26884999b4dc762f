// pg 9 refuses a query on a client that is still running one. Prisma's query interpreter sends the relations of
// one `select` side by side, so inside a transaction (one client) they would overlap: lib/db/serial-adapter.ts queues
// them. These tests watch every pg client for a second query issued while its first is still running.
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { afterEach, describe, expect, it } from "vitest";
import { inTenant } from "@/lib/access/tenant-tx";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { createTestTenant, owner } from "../factories/tenant";

type Query = (...args: unknown[]) => unknown;
const proto = pg.Client.prototype as unknown as { query: Query };
const original = proto.query;

/** The most queries one pg client had running at once, from now on. */
function watchClients() {
  const running = new WeakMap<object, number>();
  let most = 0;
  proto.query = function (this: object, ...args: unknown[]) {
    const now = (running.get(this) ?? 0) + 1;
    running.set(this, now);
    most = Math.max(most, now);
    const done = () => running.set(this, (running.get(this) ?? 1) - 1);
    const result = original.apply(this, args);
    if (result instanceof Promise) result.then(done, done);
    else done();
    return result;
  };
  return { most: () => most };
}
afterEach(() => {
  proto.query = original;
});

/** The read below in one transaction of `client`: the row, and the most queries one pg client had running at once. */
async function readInTransaction(client: PrismaClient, id: string) {
  const watch = watchClients();
  const row = await client.$transaction((tx) => tx.orgNode.findFirst(nodeWithRelations(id)));
  return { row, most: watch.most() };
}

// A read whose plan loads four relations of one row.
const nodeWithRelations = (id: string) => ({
  where: { id },
  select: { name: true, kind: { select: { code: true } }, children: { select: { id: true } }, people: { select: { id: true } }, households: { select: { id: true } } },
});

describe("one statement at a time per transaction", () => {
  it("is needed: Prisma's own adapter overlaps the relation loads of one read in a transaction", async () => {
    // If this starts failing, Prisma orders them itself (prisma/orm#29979) and lib/db/serial-adapter.ts can go.
    const t = await createTestTenant();
    const plain = new PrismaClient({ adapter: new PrismaPg({ connectionString: process.env.TEST_OWNER_URL!, max: 2 }) });
    // pg's warning about it is silenced here only, so that one in the suite's output always means a real site.
    const noDeprecation = process.noDeprecation;
    process.noDeprecation = true;
    try {
      const { row, most } = await readInTransaction(plain, t.nodes.a1c.id);
      expect(row?.children).toHaveLength(1);
      expect(most).toBeGreaterThan(1);
    } finally {
      process.noDeprecation = noDeprecation;
      await plain.$disconnect();
    }
  });

  it("queues them in the app's transactions, with the same result", async () => {
    const t = await createTestTenant();
    const watch = watchClients();
    const row = await inTenant(t.actors.tenantAdmin, (tx) => tx.orgNode.findFirst(nodeWithRelations(t.nodes.a1c.id)));
    // Even a Promise.all over one transaction (which the data layer avoids with inOrder) reaches pg one at a time.
    const [count, again] = await inTenant(t.actors.tenantAdmin, (tx) => Promise.all([tx.orgNode.count(), tx.orgNode.findFirst(nodeWithRelations(t.nodes.a1c.id))]));
    expect(watch.most()).toBe(1);
    expect(row).toMatchObject({ name: "甲一小区", kind: { code: "compound" }, children: [{ id: t.nodes.a1b.id }], households: [{ id: t.households.a1c.id }] });
    expect(again).toEqual(row);
    expect(count).toBe(8);
  });

  it("queues them in the owner client's transactions too (seed, tests)", async () => {
    const t = await createTestTenant();
    const db = owner();
    try {
      const { row, most } = await readInTransaction(db, t.nodes.a1c.id);
      expect(row?.children).toHaveLength(1);
      expect(most).toBe(1);
    } finally {
      await db.$disconnect();
    }
  });

  it("keeps going after a failed statement: the ones queued behind it settle instead of waiting forever", async () => {
    const t = await createTestTenant();
    const settled = await inTenant(t.actors.tenantAdmin, (tx) => Promise.allSettled([tx.$queryRaw`SELECT 1 / 0`, tx.$queryRaw`SELECT 1 AS one`]));
    expect(settled).toHaveLength(2);
    expect(settled[0].status).toBe("rejected");
    expect(await inTenant(t.actors.tenantAdmin, (tx) => tx.orgNode.count())).toBe(8);
  });
});
