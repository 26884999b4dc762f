import "server-only";
// Verified attendance for other domains (the volunteer time bank): people checked in at activities that started
// in [since, until), with the activity's length in hours. Runs for a tenant known to the caller (a job).
import { inTenantId } from "../../access/tenant-tx";
import { activityHours } from "./rules";

export type VerifiedAttendance = { personId: string; activityId: string; hours: number; startsAt: Date; nodeId: string };

export async function listVerifiedAttendance({ tenantId, since, until }: { tenantId: string; since: Date; until: Date }): Promise<VerifiedAttendance[]> {
  return inTenantId(tenantId, async (tx) => {
    const rows = await tx.activityParticipant.findMany({
      where: { tenantId, personId: { not: null }, checkedInAt: { not: null }, activity: { status: { not: "CANCELLED" }, startsAt: { gte: since, lt: until } } },
      select: { personId: true, activity: { select: { id: true, startsAt: true, endsAt: true, nodeId: true } } },
      orderBy: [{ activity: { startsAt: "asc" } }, { personId: "asc" }],
    });
    return rows.map((r) => ({ personId: r.personId!, activityId: r.activity.id, hours: activityHours(r.activity), startsAt: r.activity.startsAt, nodeId: r.activity.nodeId }));
  });
}
