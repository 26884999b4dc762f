import "server-only";
import { getDb } from "../db";

export async function checkReadiness() {
  const started = Date.now();
  const checks: Record<string, { ok: boolean; ms?: number; error?: string }> = {};
  try {
    await getDb().$queryRaw`SELECT 1`;
    checks.database = { ok: true, ms: Date.now() - started };
  } catch {
    checks.database = { ok: false, error: "unreachable" };
  }
  try {
    const t0 = Date.now();
    await getDb().$queryRaw`SELECT version FROM pgboss.version`;
    checks.jobQueue = { ok: true, ms: Date.now() - t0 };
  } catch {
    checks.jobQueue = { ok: false, error: "unreachable" };
  }
  return { ok: Object.values(checks).every((c) => c.ok), checks };
}
