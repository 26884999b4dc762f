// The test database: a real PostgreSQL (the embedded one, its own data folder and port so tests never touch the
// demo data), recreated at the start of every run, migrated exactly as production is, used through the app role.
import path from "node:path";
import pg from "pg";
import { ensureEmbeddedPostgres, stopEmbeddedPostgres } from "../../lib/db/embedded-postgres";
import { createDatabaseIfMissing, deriveAppUrl, ensureAppRole } from "../../lib/db/connection";
import { applyMigrations, grantAppRole } from "../../prisma/tools/migrate";
import { installJobSchema } from "../../lib/jobs/install";
import { defaultTestPgPort } from "./ports";

export const TEST_PG_DIR = path.resolve(process.env.TEST_PG_DIR ?? ".data/pg-test");
export const TEST_PG_PORT = Number(process.env.TEST_PG_PORT ?? defaultTestPgPort);

export async function startTestServer() {
  return ensureEmbeddedPostgres({ dir: TEST_PG_DIR, port: TEST_PG_PORT, quiet: true });
}

/** Stop the test server (the end of a run), so no PostgreSQL is left holding the port. */
export function stopTestServer() {
  stopEmbeddedPostgres(TEST_PG_DIR);
}

/** Drop and recreate `name`, migrate it, create and grant the app role. Returns both URLs. */
export async function freshDatabase(name: string) {
  const server = await startTestServer();
  const admin = new pg.Client({ connectionString: server.ownerUrl("postgres") });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${admin.escapeIdentifier(name)} WITH (FORCE)`);
  await admin.end();
  await createDatabaseIfMissing(server.ownerUrl("postgres"), name);
  const ownerUrl = server.ownerUrl(name);
  const appUrl = deriveAppUrl(ownerUrl);
  await ensureAppRole(ownerUrl, appUrl);
  await applyMigrations(ownerUrl);
  await installJobSchema(ownerUrl);
  await grantAppRole(ownerUrl, decodeURIComponent(new URL(appUrl).username));
  return { ownerUrl, appUrl, server };
}

/** An empty scratch database on the test server (dropped first if it exists); returns its owner URL. */
export async function scratchDatabase(name: string) {
  const server = await startTestServer();
  const admin = new pg.Client({ connectionString: server.ownerUrl("postgres") });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${admin.escapeIdentifier(name)} WITH (FORCE)`);
  await admin.query(`CREATE DATABASE ${admin.escapeIdentifier(name)} TEMPLATE template0 ENCODING 'UTF8'`);
  await admin.end();
  return server.ownerUrl(name);
}
