// Each test worker: the environment the data layer reads (set by the global setup before workers started).
process.env.NEXTAUTH_SECRET ??= "test-secret-test-secret-test-secret-0123";
process.env.LOG_LEVEL ??= "silent";
if (!process.env.APP_DATABASE_URL) throw new Error("APP_DATABASE_URL missing: the db project needs tests/setup/global-db.ts");
