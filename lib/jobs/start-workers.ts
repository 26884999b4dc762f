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
    await boss.work(q.name, { batchSize: q.batchSize ?? 5, pollingIntervalSeconds: 1 }, async (jobs) => {
      // One by one: a failing job fails alone (pg-boss retries it) and the others complete.
      for (const job of jobs) {
        const t0 = Date.now();
        try {
          await handler(job.data as Record<string, unknown>, { id: job.id, name: job.name });
          await boss.complete(q.name, job.id);
          log.info({ queue: q.name, jobId: job.id, ms: Date.now() - t0 }, "job done");
        } catch (err) {
          await boss.fail(q.name, job.id, { message: (err as Error).message }).catch(() => {});
          log.error({ queue: q.name, jobId: job.id, err }, "job failed");
        }
      }
    });
    if (q.cron) await boss.schedule(q.name, q.cron, {}, { tz: "Asia/Shanghai" });
  }
  log.info({ queues: QUEUES.map((q) => q.name) }, "job workers started");
}
