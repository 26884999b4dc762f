// The job queues and their schedules, as data. Queues are created by the schema owner at migration time (a
// pg-boss queue is a table partition, and the app role may not create tables); workers run in the app.
export type QueueDef = {
  name: string;
  /** Cron (Asia/Shanghai) for recurring work. */
  cron?: string;
  retryLimit?: number;
  /** One active job at a time for this queue (sweeps that must not overlap). */
  singleton?: boolean;
};

export const QUEUES: QueueDef[] = [
  // A heartbeat: proves the queue runs (readiness, crash tests).
  { name: "system.heartbeat", cron: "*/5 * * * *", retryLimit: 0 },
];

export function registerQueues(defs: QueueDef[]) {
  for (const d of defs) if (!QUEUES.some((q) => q.name === d.name)) QUEUES.push(d);
}
