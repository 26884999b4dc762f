// The isolation matrix through the server actions: the same targets and expectations as the data-layer matrix,
// called the way the browser calls them, with the session resolved by the action wrapper.
import { AsyncLocalStorage } from "node:async_hooks";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/access/actor";

// The signed-in actor of each call (calls of different actors run side by side).
const session = new AsyncLocalStorage<Actor>();
vi.mock("@/lib/auth/current-actor", () => ({
  currentActor: async () => {
    const actor = session.getStore();
    return actor ? { status: "ok", actor } : { status: "anonymous" };
  },
}));
vi.mock("@/lib/access/translate-error", () => ({
  translateError: async (e: { messageKey: string; fieldErrors?: unknown }) => ({ message: e.messageKey, fieldErrors: e.fieldErrors }),
}));

import { expectAllowed } from "../matrix/relations";
import { json, RESOURCES, type Prepared } from "../matrix/resources/index";
import { ACTION_CASES, type ActionResult } from "../matrix/actions";
import { planRun } from "../matrix/run-plan";
import { buildWorld, type World } from "../matrix/world";

let w: World;
beforeAll(async () => {
  w = await buildWorld();
});
afterAll(async () => {
  await w.db.$disconnect();
});

const tally = { cases: 0, leaks: 0 };

describe("isolation matrix (server actions)", () => {
  for (const c of ACTION_CASES) {
    it(`${c.module}.${c.action} (${c.model}.${c.op})`, async () => {
      const mod = (await import(`@/app/actions/${c.module}`)) as Record<string, (i: unknown) => Promise<ActionResult>>;
      const action = mod[c.action];
      const def = RESOURCES.find((r) => r.model === c.model)!.ops[c.op]!;
      const failures: string[] = [];
      const plan = await planRun(w, c.op, def);
      await plan.run(async ([role, actor]: [string, Actor], targets: Prepared[]) => {
        // 403 for another tenant's row while the action reaches the actor's own would tell the id exists (404).
        let reachedOwn = false;
        const forbiddenOther: string[] = [];
        for (const p of targets) {
          const { allowed, relation } = expectAllowed(actor, def.rule, p.target, w.tree);
          const before = plan.readOnly || allowed ? null : json(await def.snapshot(w, p));
          const res = await session.run(actor, () => action(c.input(p)));
          tally.cases++;
          const reached = res.ok && (c.reached ? c.reached(res.data, p) : true);
          const label = `${c.action} ${role} → ${relation}`;
          const refusal = !res.ok && (res.code === "NOT_FOUND" || res.code === "FORBIDDEN" || !!def.refused?.(res.code, res.error));
          if (reached && p.target.tenantId === w.own.tenantId) reachedOwn = true;
          if (!res.ok && res.code === "FORBIDDEN" && p.target.tenantId !== w.own.tenantId) forbiddenOther.push(p.target.id);
          if (!res.ok && !refusal) failures.push(`${label}: ${res.code} ${res.error}`);
          else if (allowed && !reached) failures.push(`${label}: expected allowed`);
          else if (!allowed) {
            if (reached) {
              tally.leaks++;
              failures.push(`${label}: LEAK`);
            }
            if (before !== null && json(await def.snapshot(w, p)) !== before) failures.push(`${label}: refused but the row changed`);
          }
        }
        if (reachedOwn && forbiddenOther.length) failures.push(`${c.action} ${role}: 403 for another tenant's row ${forbiddenOther.join(", ")} (must be 404)`);
      });
      failures.push(...(await plan.unchanged()));
      expect(failures).toEqual([]);
    });
  }

  it("refuses every action without a session", async () => {
    for (const c of ACTION_CASES) {
      const mod = (await import(`@/app/actions/${c.module}`)) as Record<string, (i: unknown) => Promise<ActionResult>>;
      const res = await mod[c.action]({});
      expect(res, c.action).toMatchObject({ ok: false, code: "UNAUTHENTICATED" });
      tally.cases++;
    }
    console.log(`isolation matrix (server actions): ${tally.cases} cases, ${tally.leaks} leaks`);
    expect(tally.leaks).toBe(0);
  });
});
