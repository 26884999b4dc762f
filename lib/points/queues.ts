import { registerQueues } from "../jobs/queues";

export const ACTIVITY_DEPOSIT_QUEUE = "timebank.activities";

registerQueues([
  // Every ten minutes: attendance at finished theme activities becomes volunteer hours (idempotent per person and activity).
  { name: ACTIVITY_DEPOSIT_QUEUE, cron: "*/10 * * * *", retryLimit: 2, singleton: true },
]);
