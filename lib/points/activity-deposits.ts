import "server-only";
// The volunteer time bank's share of theme activities (志愿服务银行, seed 004): every verified attendance (a checked-in
// roster member) is deposited as hours once the activity is over. The deposit is keyed on (activity, person), so
// the sweep can run as often as it likes.
import { listVerifiedAttendance, type AttendanceCursor } from "../campaigns/activities/attendance";
import { activeTenantIds } from "../jobs/tenants";
import { depositActivityHoursMany } from "./time-bank";

const LOOKBACK_DAYS = 45;
/**
 * Deposits the attendances of the last 45 days not deposited yet, a page at a time, each page in one transaction
 * (short enough not to hold the accounts' rows for long); returns how many it booked.
 */
export async function depositRecentActivityHours({ now, tenantIds, pageSize = 200 }: { now: Date; tenantIds?: string[]; pageSize?: number }) {
  let deposits = 0;
  for (const tenantId of tenantIds ?? (await activeTenantIds())) {
    const since = new Date(now.getTime() - LOOKBACK_DAYS * 86_400_000);
    let after: AttendanceCursor | undefined;
    for (;;) {
      const page = await listVerifiedAttendance({ tenantId, since, until: now, undepositedOnly: true, after, limit: pageSize });
      const items = page.map((a) => ({ personId: a.personId, activityId: a.activityId, minutes: Math.round(a.hours * 60) })).filter((a) => a.minutes > 0);
      if (items.length) deposits += (await depositActivityHoursMany({ tenantId, items })).filter(Boolean).length;
      if (page.length < pageSize) break;
      after = page[page.length - 1];
    }
  }
  return { deposits };
}
