// Calls of inspections and rankings that the isolation matrix exempts (tests/matrix/actions.ts, ACTIONS_EXEMPT): a
// checklist and a ranking scheme are created in the caller's own tenant (there is no id to point elsewhere), by its
// administrators only. Everybody else is refused and nothing is written; the other tenant never changes.
import { describe, expect, it } from "vitest";
import { createChecklist, installDefaultChecklist } from "@/lib/inspections/checklists";
import { createScheme } from "@/lib/rankings/schemes";
import { withOwner } from "../factories/participation";
import { createTestTenant } from "../factories/tenant";

const items = [{ key: "bins", text: "桶站整洁", maxScore: 100, photoRequired: false }];
const checklist = { name: "检查表", description: null, items, active: true };
const scheme = { name: "考核方案", weights: [{ indicator: "report_submission", weight: 100 }] };

const count = (tenantId: string) =>
  withOwner(async (db) => ({
    checklists: await db.checklist.count({ where: { tenantId } }),
    schemes: await db.rankingScheme.count({ where: { tenantId } }),
  }));

describe("checklists and ranking schemes are created in the caller's own tenant, by its administrators", () => {
  it("refuses everybody else and writes nothing", async () => {
    const t = await createTestTenant();
    const other = await createTestTenant();
    const before = await count(t.tenantId);
    const otherBefore = await count(other.tenantId);
    for (const actor of [t.actors.unitAdminA, t.actors.unitAdminA1, t.actors.leader, t.actors.reporterA, t.actors.representative, t.actors.member]) {
      await expect(createChecklist({ actor, data: checklist })).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect(installDefaultChecklist({ actor })).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect(createScheme({ actor, data: scheme })).rejects.toMatchObject({ code: "FORBIDDEN" });
    }
    expect(await count(t.tenantId)).toEqual(before);

    await createChecklist({ actor: t.actors.tenantAdmin, data: checklist });
    await installDefaultChecklist({ actor: t.actors.tenantAdmin });
    await createScheme({ actor: t.actors.tenantAdmin, data: scheme });
    expect(await count(t.tenantId)).toEqual({ checklists: before.checklists + 2, schemes: before.schemes + 1 });
    expect(await count(other.tenantId)).toEqual(otherBefore);
  });
});
