import "server-only";
import { enqueue } from "../jobs/boss";
import { registerHandlers } from "../jobs/handlers";
import { log } from "../log";
import { REFRESH_EVERY_SECONDS, REFRESH_QUEUE } from "./queues";
import { runDashboardRefresh } from "./refresh-job";

/**
 * One run of the refresh job. The cron's and the chain's jobs carry no data and refresh every tenant; a job may
 * name some tenants ({ tenantIds }) to refresh only those (a repair, the tests).
 */
export async function dashboardsRefreshHandler(data: Record<string, unknown>) {
  const only = Array.isArray(data.tenantIds) ? data.tenantIds.filter((x): x is string => typeof x === "string") : undefined;
  try {
    await runDashboardRefresh({ now: new Date(), tenantIds: only });
  } finally {
    // The next run a few seconds from now (one per time slot, however many runs ask for it).
    await enqueue(REFRESH_QUEUE, {}, { startAfter: REFRESH_EVERY_SECONDS, singletonKey: "next", singletonSeconds: REFRESH_EVERY_SECONDS }).catch((err) =>
      log.warn({ err }, "could not schedule the next dashboards refresh"),
    );
  }
}

registerHandlers({ [REFRESH_QUEUE]: dashboardsRefreshHandler });
