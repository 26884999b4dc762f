// The job queues and their schedules, as data. Queues are created by the schema owner at migration time (a
// pg-boss queue is a table partition, and the app role may not create tables); workers run in the app.
export type QueueDef = {
  name: string;
  /** Cron (Asia/Shanghai) for recurring work. */
  cron?: string;
  retryLimit?: number;
  /** One active job at a time for this queue (sweeps that must not overlap). */
  singleton?: boolean;
  /** Jobs fetched per poll (handled one after another). */
  batchSize?: number;
  /** A job still active after this long (its worker died with its connection) is expired and retried. */
  expireInSeconds?: number;
};

export const QUEUES: QueueDef[] = [
  // A heartbeat: proves the queue runs (readiness, crash tests).
  { name: "system.heartbeat", cron: "*/5 * * * *", retryLimit: 0 },
  // Probe jobs of the crash-safety harness (npm run test:crash): each records its effect once in the job ledger.
  { name: "system.probe", retryLimit: 10, batchSize: 20, expireInSeconds: 20 },
];

export function registerQueues(defs: QueueDef[]) {
  for (const d of defs) if (!QUEUES.some((q) => q.name === d.name)) QUEUES.push(d);
}
