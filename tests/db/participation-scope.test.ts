// Out-of-scope ids in the participation features answer exactly like unknown ones: 404, nothing revealed.
import { describe, expect, it } from "vitest";
import { listBinPoints } from "@/lib/duty/bin-points";
import { listLedgers } from "@/lib/duty/ledgers";
import { listDutyRecords } from "@/lib/duty/records";
import { listRecentVisits } from "@/lib/links/visits";
import { rejectClaim, submitClaim } from "@/lib/points/claims";
import { createRule } from "@/lib/points/rules";
import { newId } from "@/lib/ids";
import { createTestTenant } from "../factories/tenant";
import { setTenantSettings, withOwner } from "../factories/participation";

const today = () => new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);

describe("participation scope", () => {
  it("answers 404 to another unit's claim whatever step it waits for, as to an unknown one", async () => {
    const t = await createTestTenant();
    await setTenantSettings(t, { pointsReviewSteps: ["VERIFY", "CONFIRM"] });
    const rule = await createRule({ actor: t.actors.tenantAdmin, data: { category: "SORTING", name: "分类", description: null, points: 2, audience: "ANY", cap: null, capPeriod: null } });
    const claim = await submitClaim({ actor: t.actors.member, data: { ruleId: rule.id, occurredOn: today(), note: null, photoIds: [] } });
    // A sibling street's admin reviews points (confirm step) but not this claim: no hint that it exists.
    for (const id of [claim.id, newId()]) {
      await expect(rejectClaim({ actor: t.actors.unitAdminB, claimId: id, reason: "x" })).rejects.toMatchObject({ code: "NOT_FOUND" });
    }
    // In their own scope, a claim waiting for a step they do not take is refused as such.
    await expect(rejectClaim({ actor: t.actors.unitAdminA, claimId: claim.id, reason: "x" })).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await withOwner((db) => db.pointsClaim.findUniqueOrThrow({ where: { id: claim.id } }))).toMatchObject({ status: "SUBMITTED" });
  });

  it("refuses a unit filter outside the reach with 404 instead of showing the unit or an empty page", async () => {
    const t = await createTestTenant();
    const other = await createTestTenant();
    const a = t.actors.unitAdminA;
    for (const nodeId of [t.nodes.b1c.id, t.nodes.root.id, other.nodes.a1c.id]) {
      await expect(listBinPoints({ actor: a, nodeId })).rejects.toMatchObject({ code: "NOT_FOUND" });
      await expect(listDutyRecords({ actor: a, nodeId })).rejects.toMatchObject({ code: "NOT_FOUND" });
      await expect(listLedgers({ actor: a, nodeId, from: "2026-11-01", to: "2026-11-30" })).rejects.toMatchObject({ code: "NOT_FOUND" });
      await expect(listRecentVisits({ actor: a, nodeId })).rejects.toMatchObject({ code: "NOT_FOUND" });
    }
    expect((await listBinPoints({ actor: a, nodeId: t.nodes.a1c.id })).node?.id).toBe(t.nodes.a1c.id);
  });
});
