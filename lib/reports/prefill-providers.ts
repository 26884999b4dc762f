import "server-only";
// The proposals other domains make for report forms, registered in one place the filing page loads.
import { summarizeDutyForUnits } from "../duty/monthly-summary";
import { registerPrefill } from "./prefill";

// 桶前值守情况统计表: the unit's verified duty records of the month the period covers (the unit and its subtree).
registerPrefill("bin_duty_monthly", async ({ tx, tenantId, nodeId, periodKey }) => {
  const [s] = await summarizeDutyForUnits({ tx, tenantId, nodeIds: [nodeId], monthKey: periodKey });
  if (!s) return {};
  return { dutyPeople: s.peopleOnDuty, totalHours: s.totalHours, reachedNorm: s.peopleReaching2h, partyMembers: s.partyMembersAmong };
});
