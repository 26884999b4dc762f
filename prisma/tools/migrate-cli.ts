// npm run db:migrate: start the embedded database if needed, create the app role, apply migrations, grant.
import { ensureAppRole, resolveDatabase } from "../../lib/db/connection";
import { applyMigrations, grantAppRole } from "./migrate";
import { installJobSchema } from "../../lib/jobs/install";

export async function migrateDatabase(opts: { quiet?: boolean } = {}) {
  const log = opts.quiet ? () => {} : (m: string) => process.stdout.write(m);
  const urls = await resolveDatabase({ quiet: opts.quiet });
  await ensureAppRole(urls.ownerUrl, urls.appUrl);
  const applied = await applyMigrations(urls.ownerUrl, { log });
  await installJobSchema(urls.ownerUrl);
  await grantAppRole(urls.ownerUrl, decodeURIComponent(new URL(urls.appUrl).username));
  log(applied.length ? `Applied ${applied.length} migration(s).\n` : "Database is up to date.\n");
  return urls;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  migrateDatabase().then(() => process.exit(0), (e) => (console.error(e.message ?? e), process.exit(1)));
}
