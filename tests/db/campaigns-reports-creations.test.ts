// Calls of campaigns and reports that the isolation matrix exempts (tests/matrix/actions.ts, ACTIONS_EXEMPT): a
// campaign is created under a node of the caller's scope, the public pages and the self check-in know only an
// unguessable token, and the shipped report types are added to the caller's own tenant by its administrators. Each
// refuses what is not the caller's with 404 (403 when the permission is held nowhere) and writes nothing.
import crypto from "node:crypto";
import { describe, expect, it } from "vitest";
import { getPublicActivity, publicCheckIn, selfCheckIn } from "@/lib/campaigns/activities/checkin";
import { createCampaign, setCampaignStatus } from "@/lib/campaigns/campaigns";
import { getPublicPledge, signPublicPledge } from "@/lib/campaigns/pledges/public";
import { installBuiltinTypes } from "@/lib/reports/report-types";
import { withOwner } from "../factories/participation";
import { createTestTenant } from "../factories/tenant";

const ip = () => `10.${crypto.randomInt(1, 250)}.${crypto.randomInt(1, 250)}.${crypto.randomInt(1, 250)}`;
const mobile = () => `13${String(crypto.randomInt(100_000_000, 999_999_999))}`;
const campaign = (nodeId: string) => ({
  title: "动员",
  description: null,
  startsOn: "2026-11-01",
  endsOn: "2027-01-31",
  nodeId,
  scopeKind: "SUBTREE" as const,
  unitIds: [],
  template: "blank",
});

const count = (tenantId: string) =>
  withOwner(async (db) => ({
    campaigns: await db.campaign.count({ where: { tenantId } }),
    signatures: await db.pledgeSignature.count({ where: { tenantId } }),
    participants: await db.activityParticipant.count({ where: { tenantId } }),
    types: await db.reportType.count({ where: { tenantId } }),
  }));

describe("campaign and report calls outside the caller's scope", () => {
  it("creates a campaign only under a node the caller manages", async () => {
    const t = await createTestTenant();
    const other = await createTestTenant();
    const before = await count(t.tenantId);
    // The parent, a sibling street and a node of another tenant: 404.
    await expect(createCampaign({ actor: t.actors.unitAdminA, data: campaign(t.nodes.root.id) })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(createCampaign({ actor: t.actors.unitAdminA, data: campaign(t.nodes.b.id) })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(createCampaign({ actor: other.actors.tenantAdmin, data: campaign(t.nodes.a.id) })).rejects.toMatchObject({ code: "NOT_FOUND" });
    // Chosen units must lie under the owner, never in a sibling's subtree.
    await expect(createCampaign({ actor: t.actors.unitAdminA, data: { ...campaign(t.nodes.a.id), scopeKind: "UNITS", unitIds: [t.nodes.b1.id] } })).rejects.toMatchObject({ code: "VALIDATION" });
    // Those who only read or report make no campaigns.
    await expect(createCampaign({ actor: t.actors.reporterA, data: campaign(t.nodes.a.id) })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await count(t.tenantId)).toEqual(before);
    await createCampaign({ actor: t.actors.unitAdminA, data: campaign(t.nodes.a1.id) });
    expect((await count(t.tenantId)).campaigns).toBe(before.campaigns + 1);
  });

  it("answers unknown, malformed and a draft campaign's tokens with 404 on the public pages and the self check-in", async () => {
    const t = await createTestTenant();
    const before = await count(t.tenantId);
    for (const token of ["A".repeat(32), "../../etc/passwd", ""]) {
      await expect(getPublicActivity({ token, actor: null })).rejects.toMatchObject({ code: "NOT_FOUND" });
      await expect(publicCheckIn({ token, name: "路人", phone: mobile(), ip: ip() })).rejects.toMatchObject({ code: "NOT_FOUND" });
      await expect(selfCheckIn({ actor: t.actors.member, token })).rejects.toMatchObject({ code: "NOT_FOUND" });
      await expect(signPublicPledge({ token, name: "路人", phone: mobile(), ip: ip() })).rejects.toMatchObject({ code: "NOT_FOUND" });
    }
    // A draft's units have their pledge pages (tokens) already; nobody reaches them before the campaign runs.
    const { id } = await createCampaign({ actor: t.actors.tenantAdmin, data: { ...campaign(t.nodes.root.id), template: "seed000" } });
    const unit = await withOwner((db) => db.campaignUnit.findFirstOrThrow({ where: { campaignId: id, nodeId: t.nodes.a1.id }, select: { pledgeToken: true } }));
    await expect(getPublicPledge({ token: unit.pledgeToken })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(signPublicPledge({ token: unit.pledgeToken, name: "甲一居民", phone: t.people.a1Person.phone!, ip: ip() })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await count(t.tenantId)).toEqual({ ...before, campaigns: before.campaigns + 1 });
    // Once it runs, the same page takes the signature.
    await setCampaignStatus({ actor: t.actors.tenantAdmin, data: { campaignId: id, status: "RUNNING" } });
    expect((await signPublicPledge({ token: unit.pledgeToken, name: "甲一居民", phone: t.people.a1Person.phone!, ip: ip() })).matched).toBe(true);
  });

  it("adds the shipped report types to the caller's own tenant, for its administrators only", async () => {
    const t = await createTestTenant();
    const before = await count(t.tenantId);
    for (const actor of [t.actors.unitAdminA, t.actors.leader, t.actors.reporterA, t.actors.member]) {
      await expect(installBuiltinTypes({ actor })).rejects.toMatchObject({ code: "FORBIDDEN" });
    }
    expect(await count(t.tenantId)).toEqual(before);
    const { created } = await installBuiltinTypes({ actor: t.actors.tenantAdmin });
    expect(created.length).toBeGreaterThan(0);
    expect((await count(t.tenantId)).types).toBe(before.types + created.length);
  });
});
