// The dashboards' job queue (created by the schema owner at migration time; see lib/jobs/queues.ts).
import { registerQueues } from "../jobs/queues";

export const REFRESH_QUEUE = "dashboards.refresh";
/** Seconds between two refreshes: each run schedules the next one; the minute cron restarts the chain if it breaks. */
export const REFRESH_EVERY_SECONDS = 5;

registerQueues([
  // One active at a time; every minute from cron, and every few seconds from the run before.
  { name: REFRESH_QUEUE, cron: "* * * * *", retryLimit: 2, singleton: true, batchSize: 1, expireInSeconds: 10 * 60 },
]);
