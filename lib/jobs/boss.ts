import "server-only";
import PgBoss from "pg-boss";
import { env } from "../env";
import type { Tx } from "../db";
import { log } from "../log";

const g = globalThis as unknown as { __ljflBoss?: Promise<PgBoss> };

/** The app's pg-boss client, as the app role; the schema was installed by the owner (migrate: false). */
export function getBoss(): Promise<PgBoss> {
  return (g.__ljflBoss ??= (async () => {
    const boss = new PgBoss({
      connectionString: env().APP_DATABASE_URL,
      schema: "pgboss",
      migrate: false,
      supervise: true,
      // Expired jobs (their worker lost the database mid-job) go back to the queue within half a minute.
      maintenanceIntervalSeconds: 30,
      schedule: true,
      max: 4,
    });
    boss.on("error", (err) => log.error({ err }, "job queue error"));
    await boss.start();
    return boss;
  })());
}

/** Put a job on a queue (from an action or another job). */
export async function enqueue(name: string, data: object, options: PgBoss.SendOptions = {}) {
  const boss = await getBoss();
  return boss.send(name, data, options);
}

// Never started: it only lends pg-boss's insert statement to enqueueInTx (every call passes its own connection).
let inserter: PgBoss | undefined;

/**
 * Put jobs on queues inside the caller's transaction: they exist if and only if it commits, so a job never
 * points at a row that was rolled back, and a committed row never misses its job.
 */
export async function enqueueInTx(tx: Tx, jobs: PgBoss.JobInsert[]): Promise<void> {
  if (!jobs.length) return;
  const db = {
    executeSql: async (text: string, values: unknown[]) => ({ rows: await tx.$queryRawUnsafe<unknown[]>(text, ...values.map((v) => v ?? null)) }),
  };
  inserter ??= new PgBoss({ db: { executeSql: () => Promise.reject(new Error("enqueueInTx passes its own connection")) }, schema: "pgboss" });
  await inserter.insert(jobs, { db });
}
