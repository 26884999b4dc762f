// Scope of the figures, through the real read functions: a unit admin sees their subtree and never a sibling's
// or a parent's figures, a representative only the units they follow, a member only their own figures (and their
// unit's place, never the other units' figures), another tenant nothing. The world is dashboards-fixtures.ts
// (figures computed by hand in dashboards-indicators.test.ts), plus a second branch beside a1b for the member card.
import { beforeAll, describe, expect, it } from "vitest";
import { getChildrenFigures, getDashboard, getDrill } from "@/lib/dashboards/read";
import { loadDashboardPage } from "@/lib/dashboards/home";
import { getMyFigures } from "@/lib/dashboards/member";
import { rebuildDashboards } from "@/lib/dashboards/refresh-job";
import { createNode } from "@/lib/org/write-nodes";
import { createTestTenant, owner, type TestTenant } from "../factories/tenant";
import { bj, buildWorld, NOW, type World } from "./dashboards-fixtures";

let w: World;
let other: TestTenant;
let sibling: { id: string; name: string };
const Q = "2027-Q1";

const card = (d: Awaited<ReturnType<typeof getDashboard>>, code: string) => d.cards.find((c) => c.code === code)!;

beforeAll(async () => {
  w = await buildWorld();
  other = await createTestTenant();
  const { tt, ids } = w;
  // A second party branch beside a1b with one member who did 130 verified minutes in March.
  const node = await createNode({ actor: tt.actors.tenantAdmin, data: { parentId: tt.nodes.a1c.id, kindId: tt.kinds.party_branch, name: "甲一小区第二党支部" } });
  sibling = { id: node.id, name: node.name };
  const db = owner();
  try {
    const p9 = await db.person.create({ data: { tenantId: tt.tenantId, nodeId: node.id, name: "党员p9", isPartyMember: true, joinedAt: new Date("2026-01-01T00:00:00Z") }, select: { id: true } });
    const duty = (personId: string, start: string, minutes: number) => ({
      tenantId: tt.tenantId, personId, binPointId: ids.binPoint, startAt: bj(start), endAt: new Date(bj(start).getTime() + minutes * 60_000), minutes, source: "RECORDED" as const, status: "VERIFIED" as const, recordedById: tt.userIds.tenantAdmin,
    });
    // March: the member 50 minutes (below the norm), p1 200 minutes, p9 130 minutes.
    await db.dutyRecord.createMany({ data: [duty(tt.people.a1bMember.id, "2027-03-02 06:30", 50), duty(ids.p1, "2027-03-03 06:30", 200), duty(p9.id, "2027-03-04 06:30", 130)] });
    await db.pledgeSignature.create({ data: { tenantId: tt.tenantId, campaignId: ids.campaign, personId: tt.people.a1bMember.id, nodeId: tt.nodes.a1b.id, channel: "APP", signedAt: bj("2027-03-01 09:00") } });
    await db.pointsAccount.create({ data: { tenantId: tt.tenantId, personId: tt.people.a1bMember.id, points: 12, minutes: 45 } });
  } finally {
    await db.$disconnect();
  }
  await rebuildDashboards({ tenantId: tt.tenantId, now: NOW });
  await rebuildDashboards({ tenantId: other.tenantId, now: NOW });
});

describe("dashboard scope", () => {
  it("the leader reads the whole tenant: both streets' inspections in the district's score", async () => {
    const d = await getDashboard({ actor: w.tt.actors.leader, period: Q, now: NOW });
    expect(d.node?.id).toBe(w.tt.nodes.root.id);
    expect(card(d, "inspection_score")).toMatchObject({ num: 170, den: 2, value: 85 });
    const drill = await getDrill({ actor: w.tt.actors.leader, indicator: "inspection_score", period: Q, now: NOW });
    expect(drill.rows.map((r) => [r.name, r.value])).toEqual([["甲街道", 80], ["乙街道", 90]]);
  });

  it("a unit admin opens on their own street, with its figures only, and never a sibling's or the parent's", async () => {
    const { actors, nodes } = w.tt;
    const d = await getDashboard({ actor: actors.unitAdminA, period: Q, now: NOW });
    expect(d.node?.id).toBe(nodes.a.id);
    expect(card(d, "inspection_score")).toMatchObject({ num: 80, den: 1, value: 80 });
    // a1, a1b and the second branch file weekly: 12 due in January (3 filed), 12 in February (1), 6 by 15 March.
    expect(card(d, "report_submission")).toMatchObject({ num: 4, den: 30 });
    // The sibling street, a node below it and the district: not found, whatever the indicator.
    for (const nodeId of [nodes.b.id, nodes.b1c.id, nodes.root.id]) {
      await expect(getDashboard({ actor: actors.unitAdminA, nodeId, period: Q, now: NOW })).rejects.toMatchObject({ code: "NOT_FOUND" });
      await expect(getDrill({ actor: actors.unitAdminA, indicator: "inspection_score", nodeId, period: Q, now: NOW })).rejects.toMatchObject({ code: "NOT_FOUND" });
    }
    // And B's admin sees B's figures, not A's.
    const b = await getDashboard({ actor: actors.unitAdminB, period: Q, now: NOW });
    expect(b.node?.id).toBe(nodes.b.id);
    expect(card(b, "inspection_score")).toMatchObject({ num: 90, den: 1, value: 90 });
    await expect(getDashboard({ actor: actors.unitAdminB, nodeId: nodes.a1.id, period: Q, now: NOW })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("the drill-down goes down inside the scope only, and its breadcrumb never climbs above it", async () => {
    const { actors, nodes } = w.tt;
    const top = await getDrill({ actor: actors.unitAdminA, indicator: "report_submission", period: Q, now: NOW });
    expect(top.node?.id).toBe(nodes.a.id);
    expect(top.rows.map((r) => r.id)).toEqual([nodes.a1.id]);
    expect(top.breadcrumb.map((b) => b.id)).toEqual([nodes.a.id]);
    const a1c = await getDrill({ actor: actors.unitAdminA1, indicator: "disposal_rate", nodeId: nodes.a1c.id, period: Q, now: NOW });
    expect(a1c.breadcrumb.map((b) => b.id)).toEqual([nodes.a1.id, nodes.a1c.id]);
    expect(a1c.rows.map((r) => r.id).sort()).toEqual([nodes.a1b.id, sibling.id].sort());
    // The ledgers hang on the compound itself: its own row, not a child's.
    expect(a1c.direct).toMatchObject({ num: 160, den: 200, value: 80 });
    // The big screen's table of children for a unit admin: their street's communities only.
    const screen = await getChildrenFigures({ actor: actors.unitAdminA, period: Q, indicators: ["report_submission", "inspection_score"], now: NOW });
    expect(screen.rows.map((r) => r.id)).toEqual([nodes.a1.id]);
    // The dashboard page's overdue rectifications: a1c's, never b1c's.
    const page = await loadDashboardPage({ actor: actors.unitAdminA, period: Q, now: NOW });
    expect(page.overdue.rows.map((r) => r.node.id)).toEqual([nodes.a1c.id]);
    expect(page.overdue).toMatchObject({ open: 1, overdue: 1 });
    const leaderPage = await loadDashboardPage({ actor: actors.leader, period: Q, now: NOW });
    expect(leaderPage.overdue).toMatchObject({ open: 2, overdue: 1 });
    expect(leaderPage.weakest?.rows.map((r) => r.name)).toEqual(["甲街道", "乙街道"]);
  });

  it("a representative reads only the units they follow", async () => {
    const { actors, nodes } = w.tt;
    const d = await getDashboard({ actor: actors.representative, period: Q, now: NOW });
    expect(d.roots.map((r) => r.id)).toEqual([nodes.a1.id]);
    expect(card(d, "disposal_rate")).toMatchObject({ num: 160, den: 200 });
    // Nothing of b: its figures are absent from the dashboard, not just hidden.
    expect(card(d, "inspection_score")).toMatchObject({ num: 80, den: 1 });
    const inside = await getDashboard({ actor: actors.representative, nodeId: nodes.a1b.id, period: Q, now: NOW });
    expect(inside.node?.id).toBe(nodes.a1b.id);
    for (const nodeId of [nodes.root.id, nodes.a.id, nodes.b.id, nodes.b1.id]) {
      await expect(getDashboard({ actor: actors.representative, nodeId, period: Q, now: NOW })).rejects.toMatchObject({ code: "NOT_FOUND" });
    }
    const drill = await getDrill({ actor: actors.representative, indicator: "pledge_rate", nodeId: nodes.a1.id, period: Q, now: NOW });
    expect(drill.rows.map((r) => r.id)).toEqual([nodes.a1c.id]);
    expect(drill.breadcrumb.map((b) => b.id)).toEqual([nodes.a1.id]);
  });

  it("another tenant's nodes are not found, even for its tenant admin", async () => {
    await expect(getDashboard({ actor: other.actors.tenantAdmin, nodeId: w.tt.nodes.root.id, period: Q, now: NOW })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(getDrill({ actor: other.actors.leader, indicator: "report_submission", nodeId: w.tt.nodes.a.id, period: Q, now: NOW })).rejects.toMatchObject({ code: "NOT_FOUND" });
    const own = await getDashboard({ actor: other.actors.leader, period: Q, now: NOW });
    expect(card(own, "inspection_score")).toMatchObject({ num: 0, den: 0, value: null });
  });
});

describe("the member card", () => {
  it("a member sees their own figures and their unit's place, never the other units' figures", async () => {
    const { actors, nodes, people } = w.tt;
    const mine = await getMyFigures({ actor: actors.member, now: NOW });
    expect(mine).toMatchObject({ unit: { id: nodes.a1b.id }, pledges: 1, dutyMinutes: 50, norm: 120, points: 12, volunteerMinutes: 45 });
    // March: a1b has the member, p1, p2, p3 (p4 left); p1 reached the norm (1 of 4), the sibling's p9 did (1 of 1).
    // Pledges: p1, p2 and now the member (3 of 4); the sibling none. No activity in March: both 0.
    expect(mine!.standing).toEqual([
      { indicator: "duty_norm_share", rank: 2, total: 2, value: 25 },
      { indicator: "participation_rate", rank: 1, total: 2, value: 0 },
      { indicator: "pledge_rate", rank: 1, total: 2, value: 75 },
    ]);
    const text = JSON.stringify(mine);
    expect(text).not.toContain(sibling.id);
    expect(text).not.toContain(sibling.name);
    expect(text).not.toContain(people.a1Person.id);
    // Figures of a subtree are not theirs to read.
    await expect(getDashboard({ actor: actors.member, period: Q, now: NOW })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(getDrill({ actor: actors.member, indicator: "duty_hours", nodeId: nodes.a1b.id, period: Q, now: NOW })).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("an account without a person has no card", async () => {
    expect(await getMyFigures({ actor: w.tt.actors.leader, now: NOW })).toBeNull();
  });
});
