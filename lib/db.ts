// The one Prisma client, connected as the app role (no ownership, no BYPASSRLS). Created on first use so that
// importing this module during `next build` needs no database.
import { PrismaPg } from "@prisma/adapter-pg";
import { env } from "./env";
import { PrismaClient } from "./generated/prisma/client";

const globalForDb = globalThis as unknown as { __ljflDb?: PrismaClient };

function createClient() {
  const adapter = new PrismaPg({
    connectionString: env().APP_DATABASE_URL,
    max: env().DB_POOL_SIZE,
    connectionTimeoutMillis: 5_000,
    idleTimeoutMillis: 30_000,
  });
  return new PrismaClient({ adapter, transactionOptions: { maxWait: 5_000, timeout: 20_000 } });
}

export function getDb(): PrismaClient {
  return (globalForDb.__ljflDb ??= createClient());
}

export type Db = PrismaClient;
export type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];
