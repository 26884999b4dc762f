// The isolation matrix through the data layer: every model × every op × every role × every relation
// (same node, descendant, ancestor, sibling, other tenant; followed or not; self or other). The expected outcome
// comes from the permissions table (tests/matrix/relations.ts); a refused call must also change nothing.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/access/actor";
import { AppError } from "@/lib/access/errors";
import { expectAllowed } from "../matrix/relations";
import { json, RESOURCES, type Op, type OpDef, type Prepared } from "../matrix/resources/index";
import { planRun } from "../matrix/run-plan";
import { buildWorld, type World } from "../matrix/world";

let w: World;
beforeAll(async () => {
  w = await buildWorld();
});
afterAll(async () => {
  await w.db.$disconnect();
});

const tally = { cases: 0, allowed: 0, denied: 0, leaks: 0 };

function isRefusal(e: unknown, refused?: (code: string, messageKey: string) => boolean) {
  return e instanceof AppError && (e.code === "NOT_FOUND" || e.code === "FORBIDDEN" || !!refused?.(e.code, e.messageKey));
}

describe("isolation matrix (data layer)", () => {
  for (const resource of RESOURCES) {
    for (const [op, def] of Object.entries(resource.ops) as [Op, OpDef][]) {
      it(`${resource.model}.${op}`, async () => {
        const failures: string[] = [];
        const counts = { allowed: 0, denied: 0 };
        const plan = await planRun(w, op, def);
        const runActor = async ([role, actor]: [string, Actor], targets: Prepared[]) => {
          // Another tenant's row is never there for the actor: refused with 403 while the same call reaches a row of
          // their own, it would tell that the id exists (it must answer 404, like an unknown id).
          let reachedOwn = false;
          const forbiddenOther: string[] = [];
          for (const p of targets) {
            const { allowed, relation } = expectAllowed(actor, def.rule, p.target, w.tree);
            // Reads are checked once for all actors (below); a change is checked around each call meant to be refused.
            const before = plan.readOnly || allowed ? null : json(await def.snapshot(w, p));
            let reached = false;
            let refusal: unknown = null;
            try {
              const result = await def.run(actor, p);
              reached = def.reached ? def.reached(result, p) : true;
            } catch (e) {
              if (!isRefusal(e, def.refused)) refusal = e;
              else if (e instanceof AppError && e.code === "FORBIDDEN" && p.target.tenantId !== w.own.tenantId) forbiddenOther.push(p.target.id);
            }
            if (reached && p.target.tenantId === w.own.tenantId) reachedOwn = true;
            tally.cases++;
            const label = `${resource.model}.${op} ${role} → ${relation} (${p.target.tenantId === w.own.tenantId ? "own" : "other"} ${p.target.path.split("/").length - 2})`;
            if (refusal) {
              failures.push(`${label}: unexpected error ${(refusal as Error).message}`);
              continue;
            }
            if (allowed) {
              tally.allowed++;
              counts.allowed++;
              if (!reached) failures.push(`${label}: expected allowed, was refused`);
            } else {
              tally.denied++;
              counts.denied++;
              if (reached) {
                tally.leaks++;
                failures.push(`${label}: LEAK, expected refusal`);
              }
              if (before !== null && json(await def.snapshot(w, p)) !== before) failures.push(`${label}: refused but the row changed`);
            }
          }
          if (reachedOwn && forbiddenOther.length) failures.push(`${resource.model}.${op} ${role}: 403 for another tenant's row ${forbiddenOther.join(", ")} (must be 404)`);
        };
        await plan.run(runActor);
        failures.push(...(await plan.unchanged()));
        // An op nobody may call (or everybody may) says more about its fixture or rule than about the code.
        if (!counts.allowed || !counts.denied) failures.push(`${resource.model}.${op}: ${counts.allowed} allowed and ${counts.denied} refused cases; each op needs both`);
        expect(failures).toEqual([]);
      });
    }
  }

  it("covers at least 1,000 cases with no leak", () => {
    console.log(`isolation matrix (data layer): ${tally.cases} cases, ${tally.allowed} allowed, ${tally.denied} refused, ${tally.leaks} leaks`);
    expect(tally.cases).toBeGreaterThanOrEqual(1000);
    expect(tally.leaks).toBe(0);
  });
});
