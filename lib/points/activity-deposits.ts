import "server-only";
// The volunteer time bank's share of theme activities (志愿服务银行, seed 004): every verified attendance (a checked-in
// roster member) is deposited as hours once the activity is over. The deposit is keyed on (activity, person), so
// the sweep can run as often as it likes.
import { listVerifiedAttendance } from "../campaigns/activities/attendance";
import { activeTenantIds } from "../jobs/tenants";
import { depositActivityHours } from "./time-bank";

const LOOKBACK_DAYS = 45;

export async function depositRecentActivityHours({ now, tenantIds }: { now: Date; tenantIds?: string[] }) {
  let deposits = 0;
  for (const tenantId of tenantIds ?? (await activeTenantIds())) {
    const since = new Date(now.getTime() - LOOKBACK_DAYS * 86_400_000);
    for (const a of await listVerifiedAttendance({ tenantId, since, until: now })) {
      const minutes = Math.round(a.hours * 60);
      if (minutes <= 0) continue;
      await depositActivityHours({ tenantId, personId: a.personId, activityId: a.activityId, minutes });
      deposits++;
    }
  }
  return { deposits };
}
