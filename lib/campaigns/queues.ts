// The campaigns' job queue (created by the schema owner at migration time; see lib/jobs/queues.ts).
import { registerQueues } from "../jobs/queues";

export const TASK_REMINDER_QUEUE = "campaigns.task-reminders";

registerQueues([
  // Every fifteen minutes: a day before a task's deadline, and once after it.
  { name: TASK_REMINDER_QUEUE, cron: "*/15 * * * *", retryLimit: 1, singleton: true },
]);
