import { freshDatabase, stopTestServer } from "./test-database";

// One database per run, shared by all test files: every test makes its own tenant, so nothing collides.
// Vitest reports a failing global setup but still exits 0, so a setup that cannot start the database ends the
// run with a failure itself. The server is stopped at the end of the run.
export default async function setup() {
  try {
    const { ownerUrl, appUrl } = await freshDatabase(process.env.TEST_DATABASE ?? "ljfl_test");
    process.env.TEST_OWNER_URL = ownerUrl;
    process.env.APP_DATABASE_URL = appUrl;
    process.env.NEXTAUTH_SECRET ??= "test-secret-test-secret-test-secret-0123";
  } catch (e) {
    console.error(`\nThe test database could not be prepared: ${(e as Error).message}\n`);
    process.exit(1);
  }
  return () => stopTestServer();
}
