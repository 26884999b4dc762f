import crypto from "node:crypto";
import { describe, expect, it } from "vitest";
import { createCampaign, setCampaignStatus } from "@/lib/campaigns/campaigns";
import { listVerifiedAttendance } from "@/lib/campaigns/activities/attendance";
import { addVisitedHouseholds, addWalkIn, checkInParticipant, createActivity, getActivity, joinActivity, listMemberActivities, recordResults, registerParticipants } from "@/lib/campaigns/activities/activities";
import { getPublicActivity, publicCheckIn, selfCheckIn } from "@/lib/campaigns/activities/checkin";
import { getCampaignOverview } from "@/lib/campaigns/overview";
import { getPledgeForMember, getPledgeOverview, getPledgeToken, recordPaperSignatures, savePledgeText, signPledge } from "@/lib/campaigns/pledges/pledges";
import { getPublicPledge, signPublicPledge } from "@/lib/campaigns/pledges/public";
import { createTestTenant, owner, type TestTenant } from "../factories/tenant";

async function withOwner<T>(fn: (db: ReturnType<typeof owner>) => Promise<T>): Promise<T> {
  const db = owner();
  try {
    return await fn(db);
  } finally {
    await db.$disconnect();
  }
}

const ip = () => `10.${crypto.randomInt(1, 250)}.${crypto.randomInt(1, 250)}.${crypto.randomInt(1, 250)}`;
const mobile = () => `13${String(crypto.randomInt(100_000_000, 999_999_999))}`;

async function campaign(t: TestTenant, template = "seed000") {
  const { id } = await createCampaign({
    actor: t.actors.tenantAdmin,
    data: { title: "动员", description: null, startsOn: "2026-11-01", endsOn: "2027-01-31", nodeId: t.nodes.root.id, scopeKind: "SUBTREE", unitIds: [], template },
  });
  await setCampaignStatus({ actor: t.actors.tenantAdmin, data: { campaignId: id, status: "RUNNING" } });
  return id;
}

async function unitToken(t: TestTenant, campaignId: string, nodeId: string) {
  const unit = await withOwner((db) => db.campaignUnit.findFirst({ where: { campaignId, nodeId }, select: { id: true } }));
  return (await getPledgeToken({ actor: t.actors.tenantAdmin, campaignId, unitId: unit!.id })).token;
}

describe("pledges", () => {
  it("signs in the app, on paper (acting for) and on the public page; refuses duplicates; rates against the roster", async () => {
    const t = await createTestTenant();
    const id = await campaign(t);
    // The member signs once.
    expect((await getPledgeForMember({ actor: t.actors.member, campaignId: id })).signed).toBeNull();
    await signPledge({ actor: t.actors.member, data: { campaignId: id } });
    await expect(signPledge({ actor: t.actors.member, data: { campaignId: id } })).rejects.toMatchObject({ code: "CONFLICT" });
    expect((await getPledgeForMember({ actor: t.actors.member, campaignId: id })).signed?.channel).toBe("APP");
    // Paper signatures for people without an account: inside the unit's scope only, audited as acting for them.
    await expect(recordPaperSignatures({ actor: t.actors.unitAdminA, data: { campaignId: id, personIds: [t.people.b1Person.id] } })).rejects.toMatchObject({ code: "NOT_FOUND" });
    const paper = await recordPaperSignatures({ actor: t.actors.unitAdminA, data: { campaignId: id, personIds: [t.people.a1Person.id, t.people.a1bMember.id] } });
    expect(paper).toEqual({ recorded: 1, skipped: 1 });
    const acting = await withOwner((db) => db.auditLog.findMany({ where: { tenantId: t.tenantId, action: "pledge.recordPaper" }, select: { actingForPersonId: true, actorUserId: true } }));
    expect(acting).toEqual([{ actingForPersonId: t.people.a1Person.id, actorUserId: t.userIds.unitAdminA }]);
    await expect(recordPaperSignatures({ actor: t.actors.leader, data: { campaignId: id, personIds: [t.people.rootStaff.id] } })).rejects.toMatchObject({ code: "FORBIDDEN" });

    // The public page of community b1: a roster match by phone, an off-roster signer, duplicates refused.
    const b1Token = await unitToken(t, id, t.nodes.b1.id);
    const page = await getPublicPledge({ token: b1Token });
    expect(page).toMatchObject({ unitName: "乙一社区", open: true });
    const matched = await signPublicPledge({ token: b1Token, name: "乙一居民", phone: t.people.b1Person.phone!, ip: ip() });
    expect(matched.matched).toBe(true);
    await expect(signPublicPledge({ token: b1Token, name: "乙一居民", phone: t.people.b1Person.phone!, ip: ip() })).rejects.toMatchObject({ code: "CONFLICT" });
    const walkerPhone = mobile();
    expect((await signPublicPledge({ token: b1Token, name: "路过的职工", phone: `+86 ${walkerPhone}`, ip: ip() })).matched).toBe(false);
    await expect(signPublicPledge({ token: b1Token, name: "换个名字", phone: walkerPhone, ip: ip() })).rejects.toMatchObject({ code: "CONFLICT" });
    // Somebody typing a colleague's name with their own number is not matched to the colleague.
    expect((await signPublicPledge({ token: b1Token, name: "乙街道干部", phone: mobile(), ip: ip() })).matched).toBe(false);
    // Unknown and malformed tokens: 404.
    await expect(getPublicPledge({ token: "A".repeat(32) })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(getPublicPledge({ token: "../../etc" })).rejects.toMatchObject({ code: "NOT_FOUND" });

    // 3 of the 6 active roster people signed; two off-roster signers are counted apart.
    const root = await getPledgeOverview({ actor: t.actors.tenantAdmin, campaignId: id });
    expect(root.rates.all).toMatchObject({ total: 6, hit: 3 });
    expect(root.offRoster).toBe(2);
    expect(root.rates.rows.map((r) => [r.id, r.hit, r.total])).toEqual([
      [t.nodes.a.id, 2, 3],
      [t.nodes.b.id, 1, 2],
    ]);
    expect(root.rates.direct).toMatchObject({ total: 1, hit: 0 });
    // Drill-down into street A.
    const a = await getPledgeOverview({ actor: t.actors.tenantAdmin, campaignId: id, nodeId: t.nodes.a.id });
    expect(a.rates.rows.map((r) => [r.id, r.hit, r.total])).toEqual([[t.nodes.a1.id, 2, 2]]);
    expect(a.rates.direct).toMatchObject({ total: 1, hit: 0 });
    // Street B's admin sees B only, and cannot drill into A.
    const b = await getPledgeOverview({ actor: t.actors.unitAdminB, campaignId: id });
    expect(b.rates.all).toMatchObject({ total: 2, hit: 1 });
    expect(b.signatures.every((s) => s.unit.startsWith("乙"))).toBe(true);
    expect(b.signatures.find((s) => !s.onRoster)!.phone).toMatch(/^\d{3}\*{4}\d{4}$/);
    await expect(getPledgeOverview({ actor: t.actors.unitAdminB, campaignId: id, nodeId: t.nodes.a.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    // A person who left no longer counts.
    await withOwner((db) => db.person.update({ where: { id: t.people.bStaff.id }, data: { leftAt: new Date() } }));
    expect((await getPledgeOverview({ actor: t.actors.tenantAdmin, campaignId: id })).rates.all).toMatchObject({ total: 5, hit: 3 });
    expect((await getCampaignOverview({ actor: t.actors.tenantAdmin, campaignId: id })).kpis.pledge).toMatchObject({ total: 5, hit: 3 });
    // The text people signed cannot change any more.
    await expect(savePledgeText({ actor: t.actors.tenantAdmin, data: { campaignId: id, title: "新", text: "新" } })).rejects.toMatchObject({ code: "CONFLICT" });
    // Tokens of another unit's page are not handed to a unit that does not work there.
    const a1Unit = await withOwner((db) => db.campaignUnit.findFirst({ where: { campaignId: id, nodeId: t.nodes.a1.id }, select: { id: true } }));
    await expect(getPledgeToken({ actor: t.actors.unitAdminB, campaignId: id, unitId: a1Unit!.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("limits the public page per address and per phone", async () => {
    const t = await createTestTenant();
    const id = await campaign(t);
    const token = await unitToken(t, id, t.nodes.b1.id);
    const addr = ip();
    for (let i = 0; i < 10; i++) await signPublicPledge({ token, name: `职工${i}`, phone: mobile(), ip: addr });
    await expect(signPublicPledge({ token, name: "再来一个", phone: mobile(), ip: addr })).rejects.toMatchObject({ code: "RATE_LIMITED" });
    const phone = mobile();
    await signPublicPledge({ token, name: "甲", phone, ip: ip() });
    await expect(signPublicPledge({ token, name: "甲", phone, ip: ip() })).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(signPublicPledge({ token, name: "甲", phone, ip: ip() })).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(signPublicPledge({ token, name: "甲", phone, ip: ip() })).rejects.toMatchObject({ code: "RATE_LIMITED" });
    const count = await withOwner((db) => db.pledgeSignature.count({ where: { campaignId: id } }));
    expect(count).toBe(11);
  });

  it("refuses signatures for a closed campaign and pages of a draft", async () => {
    const t = await createTestTenant();
    const id = await campaign(t);
    const token = await unitToken(t, id, t.nodes.b1.id);
    await setCampaignStatus({ actor: t.actors.tenantAdmin, data: { campaignId: id, status: "CLOSED" } });
    expect((await getPublicPledge({ token })).open).toBe(false);
    await expect(signPublicPledge({ token, name: "甲", phone: mobile(), ip: ip() })).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(signPledge({ actor: t.actors.member, data: { campaignId: id } })).rejects.toMatchObject({ code: "CONFLICT" });
  });
});

describe("theme activities", () => {
  it("registers, checks in (staff, QR, walk-in), records results and households; participation against the roster", async () => {
    const t = await createTestTenant();
    const id = await campaign(t, "seed001");
    // Unit staff run activities in their units only.
    await expect(
      createActivity({ actor: t.actors.unitAdminA, data: { campaignId: id, nodeId: t.nodes.b1.id, kind: "LAUNCH", title: "x", date: "2026-11-20", startTime: "09:00", endTime: "11:00", place: null, description: null } }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    const { id: activityId } = await createActivity({
      actor: t.actors.unitAdminA1,
      data: { campaignId: id, nodeId: t.nodes.a1.id, kind: "DOOR_TO_DOOR", title: "入户走访", date: "2026-11-20", startTime: "09:00", endTime: "11:30", place: "甲一小区", description: null },
    });
    await registerParticipants({ actor: t.actors.unitAdminA1, data: { activityId, personIds: [t.people.a1Person.id], notify: true } });
    await expect(registerParticipants({ actor: t.actors.unitAdminA1, data: { activityId, personIds: [t.people.b1Person.id], notify: false } })).rejects.toMatchObject({ code: "NOT_FOUND" });
    // The member sees it (held at a unit above them) and signs up.
    expect((await listMemberActivities({ actor: t.actors.member, campaignId: id })).map((a) => a.id)).toEqual([activityId]);

    const at = new Date("2026-11-20T01:30:00Z"); // 09:30 China time
    const token = await withOwner(async (db) => (await db.activity.findUnique({ where: { id: activityId } }))!.checkinToken);
    expect((await getPublicActivity({ token, actor: t.actors.member, now: at })).open).toBe(true);
    expect((await getPublicActivity({ token, actor: null, now: new Date("2026-11-21T01:30:00Z") })).open).toBe(false);
    await selfCheckIn({ actor: t.actors.member, token, now: at });
    expect((await selfCheckIn({ actor: t.actors.member, token, now: at })).already).toBe(true);
    await expect(selfCheckIn({ actor: t.actors.member, token, now: new Date("2026-11-22T00:00:00Z") })).rejects.toMatchObject({ code: "CONFLICT" });
    // A member of another tenant cannot check in with this tenant's QR code as themself.
    const other = await createTestTenant();
    await expect(selfCheckIn({ actor: other.actors.member, token, now: at })).rejects.toMatchObject({ code: "NOT_FOUND" });
    // The public page: a roster match (b1's resident) and a walk-in; the same phone twice is one participant.
    expect((await publicCheckIn({ token, name: "乙一居民", phone: t.people.b1Person.phone!, ip: ip(), now: at })).matched).toBe(true);
    const walker = mobile();
    expect((await publicCheckIn({ token, name: "热心居民", phone: walker, ip: ip(), now: at })).matched).toBe(false);
    expect((await publicCheckIn({ token, name: "热心居民", phone: walker, ip: ip(), now: at })).already).toBe(true);
    // Staff at the door.
    await addWalkIn({ actor: t.actors.unitAdminA1, data: { activityId, name: "另一位", phone: mobile() } });
    const registered = (await getActivity({ actor: t.actors.unitAdminA1, activityId })).participants.find((p) => p.name === "甲一居民")!;
    expect(registered.checkedInAt).toBeNull();
    await checkInParticipant({ actor: t.actors.unitAdminA1, data: { participantId: registered.id } });
    await expect(checkInParticipant({ actor: t.actors.unitAdminB, data: { participantId: registered.id } })).rejects.toMatchObject({ code: "NOT_FOUND" });
    // Households visited: only in the unit's scope.
    await addVisitedHouseholds({ actor: t.actors.unitAdminA1, data: { activityId, householdIds: [t.households.a1c.id] } });
    await expect(addVisitedHouseholds({ actor: t.actors.unitAdminA1, data: { activityId, householdIds: [t.households.b1c.id] } })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await recordResults({ actor: t.actors.unitAdminA1, data: { activityId, resultText: "走访 1 户，发放宣传册", photoIds: [] } });

    const detail = await getActivity({ actor: t.actors.tenantAdmin, activityId });
    expect(detail.activity.status).toBe("HELD");
    expect(detail.households).toHaveLength(1);
    expect(detail.participants.filter((p) => p.checkedInAt)).toHaveLength(5);
    expect(detail.participants.find((p) => p.name === "热心居民")!.phone).toMatch(/\*{4}/);
    await expect(getActivity({ actor: t.actors.unitAdminB, activityId })).rejects.toMatchObject({ code: "NOT_FOUND" });

    // 3 roster people attended (member, a1 resident, b1 resident) of 6.
    const ov = await getCampaignOverview({ actor: t.actors.tenantAdmin, campaignId: id });
    expect(ov.kpis.participation).toMatchObject({ total: 6, hit: 3, activities: 1 });
    expect(ov.drill.rows.map((r) => [r.id, r.participation.hit, r.participation.total])).toEqual([
      [t.nodes.a.id, 2, 3],
      [t.nodes.b.id, 1, 2],
    ]);
    const attendance = await listVerifiedAttendance({ tenantId: t.tenantId, since: new Date("2026-11-01T00:00:00Z"), until: new Date("2026-12-01T00:00:00Z") });
    expect(attendance).toHaveLength(3);
    expect(attendance.every((a) => a.hours === 2.5 && a.activityId === activityId)).toBe(true);
    expect(await listVerifiedAttendance({ tenantId: other.tenantId, since: new Date("2026-11-01T00:00:00Z"), until: new Date("2026-12-01T00:00:00Z") })).toEqual([]);
  });

  it("lets a member join an activity of their own unit only", async () => {
    const t = await createTestTenant();
    const id = await campaign(t, "blank");
    const future = new Date(Date.now() + 7 * 86_400_000).toISOString().slice(0, 10);
    const { id: mine } = await createActivity({ actor: t.actors.unitAdminA1, data: { campaignId: id, nodeId: t.nodes.a1.id, kind: "LECTURE", title: "讲座", date: future, startTime: "09:00", endTime: "10:00", place: null, description: null } });
    const { id: theirs } = await createActivity({ actor: t.actors.unitAdminB, data: { campaignId: id, nodeId: t.nodes.b1.id, kind: "LECTURE", title: "讲座", date: future, startTime: "09:00", endTime: "10:00", place: null, description: null } });
    await joinActivity({ actor: t.actors.member, data: { activityId: mine } });
    await joinActivity({ actor: t.actors.member, data: { activityId: mine } });
    await expect(joinActivity({ actor: t.actors.member, data: { activityId: theirs } })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await listMemberActivities({ actor: t.actors.member, campaignId: id }))[0].mine).not.toBeNull();
  });
});
