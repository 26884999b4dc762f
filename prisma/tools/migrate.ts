// Applies prisma/migrations/*/migration.sql in order and records each in `_prisma_migrations` exactly as
// `prisma migrate deploy` does (same table, same checksum), so the standard CLI keeps working wherever the native
// engine is available. Then grants the app role what it may do; tables whose comment says "append-only" get
// SELECT and INSERT only.
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import pg from "pg";
import { migrationsDir } from "./paths";

const MIGRATIONS_TABLE = `
CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
    "id"                    VARCHAR(36) PRIMARY KEY NOT NULL,
    "checksum"              VARCHAR(64) NOT NULL,
    "finished_at"           TIMESTAMPTZ,
    "migration_name"        VARCHAR(255) NOT NULL,
    "logs"                  TEXT,
    "rolled_back_at"        TIMESTAMPTZ,
    "started_at"            TIMESTAMPTZ NOT NULL DEFAULT now(),
    "applied_steps_count"   INTEGER NOT NULL DEFAULT 0
)`;

// The same key `prisma migrate` takes, so our runner and theirs never run at once.
const ADVISORY_LOCK = 72707369;

export function listMigrations(dir = migrationsDir): { name: string; sql: string; checksum: string }[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && fs.existsSync(path.join(dir, d.name, "migration.sql")))
    .map((d) => d.name)
    .sort()
    .map((name) => {
      const sql = fs.readFileSync(path.join(dir, name, "migration.sql"), "utf8");
      return { name, sql, checksum: crypto.createHash("sha256").update(sql).digest("hex") };
    });
}

export async function applyMigrations(
  ownerUrl: string,
  opts: { log?: (m: string) => void; dir?: string } = {},
): Promise<string[]> {
  const log = opts.log ?? (() => {});
  const client = new pg.Client({ connectionString: ownerUrl });
  await client.connect();
  const applied: string[] = [];
  try {
    await client.query("SELECT pg_advisory_lock($1)", [ADVISORY_LOCK]);
    await client.query(MIGRATIONS_TABLE);
    const { rows } = await client.query<{ migration_name: string; checksum: string; finished_at: Date | null }>(
      `SELECT migration_name, checksum, finished_at FROM "_prisma_migrations" WHERE rolled_back_at IS NULL`,
    );
    const done = new Map(rows.map((r) => [r.migration_name, r]));
    for (const m of listMigrations(opts.dir)) {
      const prior = done.get(m.name);
      if (prior?.finished_at) {
        if (prior.checksum !== m.checksum) {
          log(`warning: migration ${m.name} was edited after it was applied (checksum differs)\n`);
        }
        continue;
      }
      if (prior && !prior.finished_at) {
        throw new Error(`Migration ${m.name} failed earlier and is marked unfinished; resolve it before continuing.`);
      }
      const id = crypto.randomUUID();
      log(`applying ${m.name}\n`);
      // One transaction per migration: PostgreSQL DDL is transactional, so a failure leaves nothing half-done.
      await client.query("BEGIN");
      try {
        await client.query(
          `INSERT INTO "_prisma_migrations" (id, checksum, migration_name, started_at, applied_steps_count)
           VALUES ($1, $2, $3, now(), 0)`,
          [id, m.checksum, m.name],
        );
        await client.query(m.sql);
        await client.query(
          `UPDATE "_prisma_migrations" SET finished_at = now(), applied_steps_count = 1 WHERE id = $1`,
          [id],
        );
        await client.query("COMMIT");
      } catch (e) {
        await client.query("ROLLBACK");
        throw new Error(`Migration ${m.name} failed: ${(e as Error).message}`);
      }
      applied.push(m.name);
    }
  } finally {
    await client.query("SELECT pg_advisory_unlock($1)", [ADVISORY_LOCK]).catch(() => {});
    await client.end();
  }
  return applied;
}

/** What the app role may do: data in, data out, never DDL; append-only tables accept no UPDATE or DELETE. */
export async function grantAppRole(ownerUrl: string, role: string) {
  const client = new pg.Client({ connectionString: ownerUrl });
  await client.connect();
  try {
    const id = client.escapeIdentifier(role);
    await client.query(`REVOKE CREATE ON SCHEMA public FROM PUBLIC`);
    await client.query(`GRANT USAGE ON SCHEMA public TO ${id}`);
    const { rows } = await client.query<{ name: string; comment: string | null }>(`
      SELECT c.relname AS name, obj_description(c.oid, 'pg_class') AS comment
      FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') AND c.relname <> '_prisma_migrations'`);
    for (const t of rows) {
      const table = client.escapeIdentifier(t.name);
      await client.query(`REVOKE ALL ON ${table} FROM ${id}`);
      const appendOnly = (t.comment ?? "").includes("append-only");
      await client.query(`GRANT ${appendOnly ? "SELECT, INSERT" : "SELECT, INSERT, UPDATE, DELETE"} ON ${table} TO ${id}`);
    }
    await client.query(`REVOKE ALL ON "_prisma_migrations" FROM ${id}`);
    await client.query(`GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO ${id}`);
    // Our own functions (not extensions'): callable by the app role only when marked 'app-callable'.
    const fns = await client.query<{ sig: string; callable: boolean }>(`
      SELECT p.oid::regprocedure::text AS sig,
             coalesce(obj_description(p.oid, 'pg_proc') LIKE '%app-callable%', false) AS callable
      FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
      WHERE n.nspname = 'public'
        AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.objid = p.oid AND d.deptype = 'e')`);
    for (const f of fns.rows) {
      await client.query(`REVOKE ALL ON FUNCTION ${f.sig} FROM PUBLIC, ${id}`);
      if (f.callable) await client.query(`GRANT EXECUTE ON FUNCTION ${f.sig} TO ${id}`);
    }
    const boss = await client.query(`SELECT 1 FROM pg_namespace WHERE nspname = 'pgboss'`);
    if (boss.rowCount) {
      await client.query(`GRANT USAGE ON SCHEMA pgboss TO ${id}`);
      await client.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA pgboss TO ${id}`);
      await client.query(`GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA pgboss TO ${id}`);
      await client.query(`GRANT EXECUTE ON ALL FUNCTIONS IN SCHEMA pgboss TO ${id}`);
    }
  } finally {
    await client.end();
  }
}
