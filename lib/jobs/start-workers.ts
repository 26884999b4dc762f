import "server-only";
import { log } from "../log";
import { getBoss } from "./boss";
import { HANDLERS } from "./handlers";
import { QUEUES } from "./queues";
import "./all-queues";
import "./all-handlers";

/** Started once per server process (instrumentation): workers for every queue, and the recurring schedules. */
export async function startWorkers() {
  const boss = await getBoss();
  for (const q of QUEUES) {
    const handler = HANDLERS[q.name];
    if (!handler) {
      log.warn({ queue: q.name }, "queue without a handler");
      continue;
    }
    await boss.work(q.name, { batchSize: 1, pollingIntervalSeconds: 2 }, async ([job]) => {
      const t0 = Date.now();
      await handler(job.data as Record<string, unknown>, { id: job.id, name: job.name });
      log.info({ queue: q.name, jobId: job.id, ms: Date.now() - t0 }, "job done");
    });
    if (q.cron) await boss.schedule(q.name, q.cron, {}, { tz: "Asia/Shanghai" });
  }
  log.info({ queues: QUEUES.map((q) => q.name) }, "job workers started");
}
