import "server-only";
import type { Tx } from "../db";

/**
 * Run `effect` once per (queue, key), whatever the queue does: the ledger row and the effect commit together, so a
 * job retried after a crash (pg-boss delivers at least once) sees the row and skips. Returns false when skipped.
 */
export async function onceInLedger(tx: Tx, queue: string, key: string, effect: () => Promise<void>): Promise<boolean> {
  const inserted = await tx.$executeRaw`INSERT INTO "JobLedger" (queue, key) VALUES (${queue}, ${key}) ON CONFLICT DO NOTHING`;
  if (inserted === 0) return false;
  await effect();
  return true;
}
