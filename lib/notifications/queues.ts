// The notifications' job queues (created by the schema owner at migration time; see lib/jobs/queues.ts).
import { registerQueues } from "../jobs/queues";

export const EMAIL_QUEUE = "notifications.email";

registerQueues([
  // One job per email. A failed send retries with backoff (30 s, 1 min, 2 min … about 15 min in all), then gives up.
  { name: EMAIL_QUEUE, retryLimit: 5, batchSize: 10, expireInSeconds: 5 * 60 },
]);
