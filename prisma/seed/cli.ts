// npm run db:seed: migrate, then write the demo tenants if the database has no tenant yet.
// It never writes over existing data.
import { ownerClient } from "../../lib/db/owner-client";
import { migrateDatabase } from "../tools/migrate-cli";
import { DEMO_LOGINS, DEMO_PASSWORD, seedDemo } from "./demo";

export async function seedIfEmpty(ownerUrl: string, log: (m: string) => void) {
  const db = ownerClient(ownerUrl);
  try {
    const seeded = await seedDemo(db, log);
    if (seeded) {
      log(`Demo data written. Logins (password ${DEMO_PASSWORD}):\n`);
      for (const l of DEMO_LOGINS) log(`  ${l.username.padEnd(10)} ${l.who}\n`);
    } else {
      log("The database already has data: demo seed skipped.\n");
    }
    return seeded;
  } finally {
    await db.$disconnect();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const log = (m: string) => process.stdout.write(m);
  migrateDatabase()
    .then((urls) => seedIfEmpty(urls.ownerUrl, log))
    .then(() => process.exit(0), (e) => (console.error(e), process.exit(1)));
}
