import { freshDatabase } from "./test-database";

// One database per run, shared by all test files: every test makes its own tenant, so nothing collides.
export default async function setup() {
  const { ownerUrl, appUrl } = await freshDatabase(process.env.TEST_DATABASE ?? "ljfl_test");
  process.env.TEST_OWNER_URL = ownerUrl;
  process.env.APP_DATABASE_URL = appUrl;
  process.env.NEXTAUTH_SECRET ??= "test-secret-test-secret-test-secret-0123";
}
