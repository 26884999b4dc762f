// Group commit (lib/db/group-commit.ts): requests arriving while calls run go together in the next call, one
// group per call, never one key twice in a call, and a failed batch fails only the items that fail on their own.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import pg from "pg";
import { oneItemMayBeAtFault } from "@/lib/db";
import { groupCommit } from "@/lib/db/group-commit";

type Item = { group: string; key: string; n: number; bad?: boolean };

/** A stand-in statement: records each call's items, answers n * 10 per item after a tick, fails when an item is bad. */
function fakeStatement(delayMs = 2) {
  const calls: Item[][] = [];
  let running = 0;
  let maxRunning = 0;
  const run = async (items: Item[]) => {
    calls.push(items);
    running++;
    maxRunning = Math.max(maxRunning, running);
    await new Promise((r) => setTimeout(r, delayMs));
    running--;
    if (items.some((i) => i.bad)) throw new Error(`bad item in a call of ${items.length}`);
    return items.map((i) => i.n * 10);
  };
  return { run, calls, maxRunning: () => maxRunning };
}

describe("group commit", () => {
  it("sends a request on its own at once when nothing else is running", async () => {
    const s = fakeStatement();
    const gc = groupCommit<Item, number>({ group: (i) => i.group, key: (i) => i.key, run: s.run, maxBatch: 10, maxInFlight: 2 });
    expect(await gc({ group: "t1", key: "a", n: 1 })).toBe(10);
    expect(await gc({ group: "t1", key: "b", n: 2 })).toBe(20);
    expect(s.calls.map((c) => c.length)).toEqual([1, 1]);
  });

  it("gathers requests that arrive while calls run, within the limits, and answers each its own result", async () => {
    const s = fakeStatement();
    const gc = groupCommit<Item, number>({ group: (i) => i.group, key: (i) => i.key, run: s.run, maxBatch: 8, maxInFlight: 2 });
    const items = Array.from({ length: 100 }, (_, n) => ({ group: "t1", key: `k${n}`, n }));
    const out = await Promise.all(items.map((i) => gc(i)));
    expect(out).toEqual(items.map((i) => i.n * 10));
    expect(s.maxRunning()).toBeLessThanOrEqual(2);
    expect(Math.max(...s.calls.map((c) => c.length))).toBe(8);
    expect(s.calls.length).toBeLessThanOrEqual(100 / 8 + 2);
    expect(gc.stats).toMatchObject({ items: 100, batches: s.calls.length, largest: 8, retried: 0 });
  });

  it("never puts two groups, or one key twice, in one call; the held item goes in a later call", async () => {
    const s = fakeStatement();
    const gc = groupCommit<Item, number>({ group: (i) => i.group, key: (i) => i.key, run: s.run, maxBatch: 50, maxInFlight: 1 });
    const items: Item[] = [
      { group: "t1", key: "a", n: 1 },
      { group: "t2", key: "a", n: 2 },
      { group: "t1", key: "a", n: 3 },
      { group: "t1", key: "b", n: 4 },
      { group: "t2", key: "c", n: 5 },
    ];
    const out = await Promise.all(items.map((i) => gc(i)));
    expect(out).toEqual([10, 20, 30, 40, 50]);
    for (const call of s.calls) {
      expect(new Set(call.map((i) => i.group)).size).toBe(1);
      expect(new Set(call.map((i) => i.key)).size).toBe(call.length);
    }
    // The first call takes t1's a and b; t2's two go together; t1's second a waits for a call of its own.
    expect(s.calls.map((c) => c.map((i) => i.n))).toEqual([[1, 4], [2, 5], [3]]);
  });

  it("retries a failed call item by item: only the bad item's request fails", async () => {
    const s = fakeStatement();
    const gc = groupCommit<Item, number>({ group: (i) => i.group, key: (i) => i.key, run: s.run, maxBatch: 10, maxInFlight: 1 });
    const items = Array.from({ length: 6 }, (_, n) => ({ group: "t1", key: `k${n}`, n, bad: n === 3 }));
    const out = await Promise.allSettled(items.map((i) => gc(i)));
    expect(out.map((o) => o.status)).toEqual(["fulfilled", "fulfilled", "fulfilled", "rejected", "fulfilled", "fulfilled"]);
    expect(out.filter((o) => o.status === "fulfilled").map((o) => (o as PromiseFulfilledResult<number>).value)).toEqual([0, 10, 20, 40, 50]);
    expect((out[3] as PromiseRejectedResult).reason.message).toBe("bad item in a call of 1");
    expect(gc.stats.retried).toBeGreaterThan(0);
  });

  it("fails the whole batch at once when the error is not one item's (the database is unreachable)", async () => {
    const calls: number[] = [];
    const gc = groupCommit<Item, number>({
      group: (i) => i.group,
      run: async (items) => {
        calls.push(items.length);
        await new Promise((r) => setTimeout(r, 2));
        throw Object.assign(new Error("connect ECONNREFUSED"), { code: "ECONNREFUSED" });
      },
      retryEach: (e) => (e as { code?: string }).code !== "ECONNREFUSED",
      maxBatch: 10,
      maxInFlight: 1,
    });
    const out = await Promise.allSettled(Array.from({ length: 8 }, (_, n) => gc({ group: "t1", key: `k${n}`, n })));
    expect(out.every((o) => o.status === "rejected" && o.reason.message === "connect ECONNREFUSED")).toBe(true);
    // The eight arrived together: one call, no call per item after it failed.
    expect(calls).toEqual([8]);
    expect(gc.stats.retried).toBe(0);
  });

  it("answers every request exactly once with its own result, whatever the mix (property)", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.record({ group: fc.constantFrom("t1", "t2", "t3"), key: fc.constantFrom("a", "b", "c", "d"), bad: fc.integer({ min: 0, max: 6 }).map((n) => n === 0) }), { minLength: 1, maxLength: 40 }),
        fc.integer({ min: 1, max: 6 }),
        fc.integer({ min: 1, max: 3 }),
        async (raw, maxBatch, maxInFlight) => {
          const s = fakeStatement(0);
          const gc = groupCommit<Item, number>({ group: (i) => i.group, key: (i) => i.key, run: s.run, maxBatch, maxInFlight });
          const items = raw.map((r, n) => ({ ...r, n }));
          const out = await Promise.allSettled(items.map((i) => gc(i)));
          out.forEach((o, n) => {
            if (items[n].bad) expect(o.status).toBe("rejected");
            else expect(o).toEqual({ status: "fulfilled", value: n * 10 });
          });
          for (const call of s.calls) {
            expect(call.length).toBeLessThanOrEqual(maxBatch);
            expect(new Set(call.map((i) => i.group)).size).toBe(1);
            expect(new Set(call.map((i) => i.key)).size).toBe(call.length);
          }
          expect(s.maxRunning()).toBeLessThanOrEqual(maxInFlight);
        },
      ),
      { numRuns: 150 },
    );
  });

  it("retries item by item after what one item can cause, never after a lost database", () => {
    const dbError = (code: string) => Object.assign(new pg.DatabaseError("x", 1, "error"), { code });
    for (const code of ["23505", "40P01", "40001", "21000", "22P02", "P0001"]) expect(oneItemMayBeAtFault(dbError(code)), code).toBe(true);
    for (const code of ["08006", "57P01", "57014", "53300", "58030", "XX000"]) expect(oneItemMayBeAtFault(dbError(code)), code).toBe(false);
    expect(oneItemMayBeAtFault(Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:5432"), { code: "ECONNREFUSED" }))).toBe(false);
    expect(oneItemMayBeAtFault(new Error("timeout exceeded when trying to connect"))).toBe(false);
  });
});
