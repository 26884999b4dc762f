// Run by `npm run db:migrate` as the schema owner: install or upgrade pg-boss's schema and create the queues.
import PgBoss from "pg-boss";
import { QUEUES } from "./queues";
import "./all-queues";

const SEND_IT = "__pgboss__send-it";

export async function installJobSchema(ownerUrl: string) {
  const boss = new PgBoss({ connectionString: ownerUrl, schema: "pgboss", migrate: true, supervise: false, schedule: false, max: 2 });
  boss.on("error", () => {});
  await boss.start();
  try {
    for (const q of QUEUES) {
      const existing = await boss.getQueue(q.name);
      const options = { name: q.name, policy: q.singleton ? ("singleton" as const) : ("standard" as const), retryLimit: q.retryLimit ?? 3, retryDelay: 30, retryBackoff: true, expireInSeconds: q.expireInSeconds ?? 15 * 60 };
      if (existing) await boss.updateQueue(q.name, options);
      else await boss.createQueue(q.name, options);
    }
    // pg-boss's own queue behind cron schedules: the app's scheduler would create it on start, but the app role may
    // not create tables, and without it no cron job (reminders, dashboard refresh) is ever sent.
    if (!(await boss.getQueue(SEND_IT))) await boss.createQueue(SEND_IT);
  } finally {
    await boss.stop({ graceful: false, wait: true });
  }
}
