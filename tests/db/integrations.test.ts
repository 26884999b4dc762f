// Where the features meet: duty records prefill the monthly bin-duty table, theme activities feed the volunteer time
// bank, and double reporting counts the activities members attended in their community.
import crypto from "node:crypto";
import { describe, expect, it } from "vitest";
import { prefillFor } from "@/lib/reports/prefill";
import "@/lib/reports/prefill-providers";
import { depositRecentActivityHours } from "@/lib/points/activity-deposits";
import { inTenantId } from "@/lib/access/tenant-tx";
import { createTestTenant, owner } from "../factories/tenant";

const at = (iso: string) => new Date(iso);

describe("integrations between features", () => {
  it("prefills the monthly bin-duty table from the unit's verified duty records of that month", async () => {
    const t = await createTestTenant();
    const db = owner();
    try {
      const bp = await db.binPoint.create({ data: { tenantId: t.tenantId, nodeId: t.nodes.a1c.id, name: "1号投放点", qrToken: crypto.randomBytes(16).toString("hex") } });
      const rec = (personId: string, start: string, minutes: number, status: "VERIFIED" | "PENDING") =>
        db.dutyRecord.create({
          data: { tenantId: t.tenantId, personId, binPointId: bp.id, startAt: at(start), endAt: new Date(at(start).getTime() + minutes * 60000), minutes, source: "RECORDED", status, recordedById: t.userIds.unitAdminA },
        });
      // October in China time: 90 + 60 min for the party member (2.5 h, reaches the norm), 60 min for the resident.
      await rec(t.people.a1bMember.id, "2026-10-03T06:30:00+08:00", 90, "VERIFIED");
      await rec(t.people.a1bMember.id, "2026-10-31T23:30:00+08:00", 60, "VERIFIED"); // starts in October (China time)
      await rec(t.people.a1Person.id, "2026-10-12T18:00:00+08:00", 60, "VERIFIED");
      await rec(t.people.a1Person.id, "2026-10-13T18:00:00+08:00", 120, "PENDING"); // not verified: not counted
      await rec(t.people.a1Person.id, "2026-09-30T23:00:00+08:00", 120, "VERIFIED"); // September
      await rec(t.people.b1Person.id, "2026-10-05T06:30:00+08:00", 120, "VERIFIED"); // another unit
      const proposal = await inTenantId(t.tenantId, (tx) => prefillFor("bin_duty_monthly", { tx, tenantId: t.tenantId, nodeId: t.nodes.a.id, periodKey: "2026-10" }));
      expect(proposal).toEqual({ dutyPeople: 2, totalHours: 3.5, reachedNorm: 1, partyMembers: 2 });
    } finally {
      await db.$disconnect();
    }
  });

  it("deposits the hours of attended activities into the time bank once, however often the sweep runs", async () => {
    const t = await createTestTenant();
    const db = owner();
    try {
      const activity = await db.activity.create({
        data: {
          tenantId: t.tenantId,
          nodeId: t.nodes.a1.id,
          kind: "TRAINING",
          title: "垃圾分类专题培训",
          startsAt: at("2026-11-10T14:00:00+08:00"),
          endsAt: at("2026-11-10T16:00:00+08:00"),
          checkinToken: crypto.randomBytes(16).toString("hex"),
          createdById: t.userIds.unitAdminA,
        },
      });
      await db.activityParticipant.createMany({
        data: [
          { tenantId: t.tenantId, activityId: activity.id, personId: t.people.a1bMember.id, source: "ROSTER", checkedInAt: at("2026-11-10T13:55:00+08:00") },
          { tenantId: t.tenantId, activityId: activity.id, personId: t.people.a1Person.id, source: "ROSTER" }, // registered, never came
        ],
      });
      const now = at("2026-11-20T12:00:00+08:00");
      expect((await depositRecentActivityHours({ now, tenantIds: [t.tenantId] })).deposits).toBe(1);
      // The next sweep finds nothing left to deposit.
      expect((await depositRecentActivityHours({ now, tenantIds: [t.tenantId] })).deposits).toBe(0);
      const entries = await db.ledgerEntry.findMany({ where: { tenantId: t.tenantId, sourceType: "Activity" } });
      expect(entries).toHaveLength(1);
      expect(entries[0]).toMatchObject({ currency: "MINUTES", amount: 120, kind: "DEPOSIT" });

      // A page at a time: five more attendances (two activities, a cancelled one not counted) in pages of two,
      // each page deposited in one transaction.
      const more = await Promise.all(
        [0, 1, 2].map((i) =>
          db.activity.create({
            data: {
              tenantId: t.tenantId,
              nodeId: t.nodes.a1.id,
              kind: "TRAINING",
              title: `分页测试活动${i}`,
              status: i === 2 ? "CANCELLED" : undefined,
              startsAt: at(`2026-11-1${1 + i}T09:00:00+08:00`),
              endsAt: at(`2026-11-1${1 + i}T10:30:00+08:00`),
              checkinToken: crypto.randomBytes(16).toString("hex"),
              createdById: t.userIds.unitAdminA,
            },
          }),
        ),
      );
      const attendees = [t.people.a1bMember.id, t.people.a1Person.id, t.people.aStaff.id];
      await db.activityParticipant.createMany({
        data: more.flatMap((a, i) => attendees.slice(0, i === 0 ? 3 : 2).map((personId) => ({ tenantId: t.tenantId, activityId: a.id, personId, source: "ROSTER" as const, checkedInAt: a.startsAt }))),
      });
      expect((await depositRecentActivityHours({ now, tenantIds: [t.tenantId], pageSize: 2 })).deposits).toBe(5);
      expect((await depositRecentActivityHours({ now, tenantIds: [t.tenantId], pageSize: 2 })).deposits).toBe(0);
      const all = await db.ledgerEntry.findMany({ where: { tenantId: t.tenantId, sourceType: "Activity" }, select: { sourceId: true, amount: true } });
      expect(all).toHaveLength(6);
      expect(all.filter((e) => e.amount === 90)).toHaveLength(5);
      expect(new Set(all.map((e) => e.sourceId)).size).toBe(6);
    } finally {
      await db.$disconnect();
    }
  });
});
