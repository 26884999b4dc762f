// Which PostgreSQL we talk to, and as whom. Two roles:
//  - the owner (DATABASE_URL, or the embedded superuser): owns the schema, runs migrations, seeds, backups;
//  - the app role (APP_DATABASE_URL, or `ljfl_app` derived from the owner URL): owns nothing, cannot bypass
//    row-level security, and cannot update or delete the audit log. The running app only ever uses this one.
import pg from "pg";
import { readSecrets } from "../config/secrets";
import { ensureEmbeddedPostgres } from "./embedded-postgres";

export const APP_ROLE = process.env.APP_DB_ROLE ?? "ljfl_app";

export type DatabaseUrls = { ownerUrl: string; appUrl: string; embedded: boolean };

function appPassword() {
  return process.env.APP_DATABASE_PASSWORD ?? readSecrets().appDbPassword;
}

export function deriveAppUrl(ownerUrl: string): string {
  const url = new URL(ownerUrl);
  url.username = APP_ROLE;
  url.password = appPassword();
  return url.toString();
}

/** Resolve both URLs; when DATABASE_URL is unset, start the embedded server and create the database. */
export async function resolveDatabase(opts: { quiet?: boolean } = {}): Promise<DatabaseUrls> {
  if (process.env.DATABASE_URL) {
    const ownerUrl = process.env.DATABASE_URL;
    return { ownerUrl, appUrl: process.env.APP_DATABASE_URL ?? deriveAppUrl(ownerUrl), embedded: false };
  }
  const server = await ensureEmbeddedPostgres({ quiet: opts.quiet });
  const database = process.env.EMBEDDED_PG_DATABASE ?? "ljfl";
  await createDatabaseIfMissing(server.ownerUrl("postgres"), database);
  const ownerUrl = server.ownerUrl(database);
  return { ownerUrl, appUrl: process.env.APP_DATABASE_URL ?? deriveAppUrl(ownerUrl), embedded: true };
}

export async function createDatabaseIfMissing(maintenanceUrl: string, database: string) {
  const client = new pg.Client({ connectionString: maintenanceUrl });
  await client.connect();
  try {
    const { rowCount } = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [database]);
    if (!rowCount) {
      await client.query(`CREATE DATABASE ${client.escapeIdentifier(database)} ENCODING 'UTF8' TEMPLATE template0`).catch((e) => {
        if (e.code !== "42P04") throw e; // created by a racing process
      });
    }
  } finally {
    await client.end();
  }
}

/**
 * The app role: login, no superuser, no BYPASSRLS, no ownership. Created if the owner may create roles;
 * otherwise a DBA creates it and passes APP_DATABASE_URL.
 */
export async function ensureAppRole(ownerUrl: string, appUrl: string) {
  const role = decodeURIComponent(new URL(appUrl).username);
  const password = decodeURIComponent(new URL(appUrl).password);
  const client = new pg.Client({ connectionString: ownerUrl });
  await client.connect();
  try {
    const id = client.escapeIdentifier(role);
    const pw = client.escapeLiteral(password);
    const { rowCount } = await client.query("SELECT 1 FROM pg_roles WHERE rolname = $1", [role]);
    if (!rowCount) {
      await client
        .query(`CREATE ROLE ${id} LOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE NOINHERIT PASSWORD ${pw}`)
        .catch((e) => {
          if (e.code !== "42710") throw e; // duplicate_object: created by a racing process
        });
    } else {
      await client.query(`ALTER ROLE ${id} LOGIN NOSUPERUSER NOBYPASSRLS PASSWORD ${pw}`).catch(() => {});
    }
    const { rows } = await client.query("SELECT current_database() AS db");
    await client.query(`GRANT CONNECT ON DATABASE ${client.escapeIdentifier(rows[0].db)} TO ${id}`);
  } finally {
    await client.end();
  }
}
