// npm run backup: writes backups/ljfl-backup-<time>.tar (database dump + uploaded files + manifest).
import fs from "node:fs";
import path from "node:path";
import { resolveDatabase } from "../db/connection";
import { createBackup } from "../ops/backup";

if (fs.existsSync(".env")) process.loadEnvFile(".env");
const outDir = path.resolve(process.env.BACKUP_DIR ?? "backups");
const storageDir = path.resolve(process.env.STORAGE_DIR ?? ".data/uploads");
try {
  const { ownerUrl } = await resolveDatabase({ quiet: true });
  const file = await createBackup({ ownerUrl, storageDir, outDir });
  console.log(`Backup written: ${file}`);
  process.exit(0);
} catch (e) {
  console.error(`Backup failed: ${(e as Error).message}`);
  process.exit(1);
}
