// npm run restore <file> [--into <database>]: restores a backup into a fresh database (created here; refused if
// it exists and holds tables), re-grants the app role, restores the uploads and checks every table's fingerprint.
import path from "node:path";
import { APP_ROLE, createDatabaseIfMissing, deriveAppUrl, ensureAppRole, resolveDatabase } from "../db/connection";
import { restoreBackup } from "../ops/backup";
import { grantAppRole } from "../../prisma/tools/migrate";

const args = process.argv.slice(2);
const file = args.find((a) => !a.startsWith("--") && args[args.indexOf(a) - 1] !== "--into");
const intoIdx = args.indexOf("--into");
if (!file) {
  console.error("Usage: npm run restore <backup.tar> [--into <database>]");
  process.exit(2);
}
try {
  const { ownerUrl } = await resolveDatabase({ quiet: true });
  const target = new URL(ownerUrl);
  const name = intoIdx >= 0 ? args[intoIdx + 1] : target.pathname.slice(1);
  const maintenance = new URL(ownerUrl);
  maintenance.pathname = "/postgres";
  await createDatabaseIfMissing(maintenance.toString(), name);
  target.pathname = `/${name}`;
  const result = await restoreBackup({ file: path.resolve(file), targetUrl: target.toString(), storageDir: path.resolve(process.env.STORAGE_DIR ?? ".data/uploads") });
  await ensureAppRole(target.toString(), deriveAppUrl(target.toString()));
  await grantAppRole(target.toString(), APP_ROLE);
  const bad = result.expected.filter((e) => {
    const r = result.restored.find((x) => x.table === e.table);
    return !r || r.rows !== e.rows || r.checksum !== e.checksum;
  });
  if (bad.length) throw new Error(`Restored data differs from the backup in: ${bad.map((b) => b.table).join(", ")}`);
  console.log(`Restored ${result.restored.length} tables (${result.restored.reduce((s, t) => s + t.rows, 0)} rows) into database "${name}"; every table matches the backup's manifest.`);
  process.exit(0);
} catch (e) {
  console.error(`Restore failed: ${(e as Error).message}`);
  process.exit(1);
}
