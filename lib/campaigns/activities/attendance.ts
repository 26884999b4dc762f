import "server-only";
// Verified attendance for other domains (the volunteer time bank): people checked in at activities that started
// in [since, until), with the activity's length in hours. Runs for a tenant known to the caller (a job).
// One join in SQL, a page at a time: a district's 45 days hold tens of thousands of activities, more than a
// query may carry as parameters (Prisma loads a relation with one parameter per parent row).
import { Prisma } from "../../generated/prisma/client";
import { inTenantId } from "../../access/tenant-tx";
import { activityHours } from "./rules";

export type VerifiedAttendance = { personId: string; activityId: string; hours: number; startsAt: Date; nodeId: string };

/** Where a page ends: the next page starts after this attendance (ordered by start, activity, person). */
export type AttendanceCursor = Pick<VerifiedAttendance, "startsAt" | "activityId" | "personId">;

export async function listVerifiedAttendance({
  tenantId,
  since,
  until,
  undepositedOnly = false,
  after,
  limit,
}: {
  tenantId: string;
  since: Date;
  until: Date;
  /** Only attendances the time bank has not deposited yet (no DEPOSIT entry for the activity and person). */
  undepositedOnly?: boolean;
  after?: AttendanceCursor;
  limit?: number;
}): Promise<VerifiedAttendance[]> {
  return inTenantId(tenantId, async (tx) => {
    const rows = await tx.$queryRaw<{ personId: string; activityId: string; startsAt: Date; endsAt: Date; nodeId: string }[]>`
      SELECT p."personId", a.id AS "activityId", a."startsAt", a."endsAt", a."nodeId"
      FROM "ActivityParticipant" p
      JOIN "Activity" a ON a."tenantId" = p."tenantId" AND a.id = p."activityId"
      WHERE p."tenantId" = ${tenantId} AND p."personId" IS NOT NULL AND p."checkedInAt" IS NOT NULL
        AND a.status <> 'CANCELLED' AND a."startsAt" >= ${since} AND a."startsAt" < ${until}
        ${after ? Prisma.sql`AND (a."startsAt", a.id, p."personId") > (${after.startsAt}, ${after.activityId}, ${after.personId})` : Prisma.empty}
        ${
          undepositedOnly
            ? Prisma.sql`AND NOT EXISTS (SELECT 1 FROM "LedgerEntry" l WHERE l."tenantId" = p."tenantId" AND l."sourceType" = 'Activity'
                AND l."sourceId" = a.id || ':' || p."personId" AND l.kind = 'DEPOSIT')`
            : Prisma.empty
        }
      ORDER BY a."startsAt", a.id, p."personId"
      ${limit ? Prisma.sql`LIMIT ${limit}` : Prisma.empty}`;
    return rows.map((r) => ({ personId: r.personId, activityId: r.activityId, hours: activityHours(r), startsAt: r.startsAt, nodeId: r.nodeId }));
  });
}
