// The reports' job queues (created by the schema owner at migration time; see lib/jobs/queues.ts).
import { registerQueues } from "../jobs/queues";

export const REMINDER_QUEUE = "reports.reminders";

registerQueues([
  // Every five minutes: reminders before the deadline, the overdue notice and the escalation after it.
  { name: REMINDER_QUEUE, cron: "*/5 * * * *", retryLimit: 1, singleton: true },
]);
