import pg from "pg";
import { env } from "../env";
import { log } from "../log";

/** Environment parsed, database reachable as the app role: otherwise a clear message and exit 1. */
export async function checkStartup() {
  let config;
  try {
    config = env();
  } catch (e) {
    console.error(`\n✖ Cannot start: ${(e as Error).message}\n`);
    process.exit(1);
  }
  const client = new pg.Client({ connectionString: config.APP_DATABASE_URL, connectionTimeoutMillis: 5_000 });
  try {
    await client.connect();
    await client.query("SELECT 1");
  } catch (e) {
    const url = new URL(config.APP_DATABASE_URL);
    console.error(
      `\n✖ Cannot start: the database at ${url.hostname}:${url.port || 5432}/${url.pathname.slice(1)} does not answer as ${decodeURIComponent(url.username)} (${(e as Error).message}).\n` +
        "  Check APP_DATABASE_URL / DATABASE_URL, and run `npm run db:migrate` once to create the app role.\n",
    );
    process.exit(1);
  } finally {
    await client.end().catch(() => {});
  }
  log.info({ event: "startup" }, "configuration and database checked");
}
