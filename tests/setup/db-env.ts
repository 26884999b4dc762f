export {};
// Each test worker: the environment the data layer reads (set by the global setup before workers started).
process.env.NEXTAUTH_SECRET ??= "test-secret-test-secret-test-secret-0123";
process.env.LOG_LEVEL ??= "silent";
if (!process.env.APP_DATABASE_URL) throw new Error("APP_DATABASE_URL missing: the db project needs tests/setup/global-db.ts");
// Uploads written by tests go to a throwaway folder, never into the app's own storage.
if (!process.env.STORAGE_DIR) {
  const { mkdtempSync } = await import("node:fs");
  const { tmpdir } = await import("node:os");
  const { join } = await import("node:path");
  process.env.STORAGE_DIR = mkdtempSync(join(tmpdir(), "ljfl-test-uploads-"));
}
