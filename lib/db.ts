// The one connection pool of the app, as the app role (no ownership, no BYPASSRLS), and the one Prisma client on
// top of it. Created on first use so that importing this module during `next build` needs no database.
//
// Hot paths that are a single call of one of our SQL functions (the session check on every request, filing a
// report, reading a dashboard) go through `hotQuery` on the same pool: those functions set the tenant for their
// own statement and run under row-level security exactly as through Prisma, without the client's per-query work.
import pg from "pg";
import { env } from "./env";
import { PrismaClient } from "./generated/prisma/client";
import { log } from "./log";
import { groupCommit, HOT_BATCH_MAX, type GroupCommit, type GroupCommitOptions } from "./db/group-commit";
import { serialPrismaPg } from "./db/serial-adapter";

const globalForDb = globalThis as unknown as { __ljflDb?: PrismaClient; __ljflPool?: pg.Pool };

function getPool(): pg.Pool {
  if (!globalForDb.__ljflPool) {
    const pool = new pg.Pool({ connectionString: env().APP_DATABASE_URL, max: env().DB_POOL_SIZE, connectionTimeoutMillis: 5_000, idleTimeoutMillis: 30_000 });
    // An idle connection that breaks (the database restarted) is dropped from the pool; without a listener the
    // 'error' event would end the process.
    pool.on("error", (err) => log.warn({ err: err.message }, "idle database connection lost"));
    globalForDb.__ljflPool = pool;
  }
  return globalForDb.__ljflPool;
}

function createClient() {
  return new PrismaClient({ adapter: serialPrismaPg(getPool()), transactionOptions: { maxWait: 5_000, timeout: 20_000 } });
}

export function getDb(): PrismaClient {
  return (globalForDb.__ljflDb ??= createClient());
}

/**
 * One statement on the shared pool, for the single-function hot paths named above. `name` makes it a prepared
 * statement (parsed once per connection). Never for anything that needs the tenant set beforehand: only functions
 * that set it themselves.
 */
export async function hotQuery<R extends pg.QueryResultRow>(name: string, text: string, values: unknown[]): Promise<R[]> {
  const r = await getPool().query<R>({ name, text, values });
  return r.rows;
}

/**
 * A hot statement that takes a batch (lib/db/group-commit.ts): requests of one group (the tenant) arriving while
 * DB_BATCH_CALLS calls of it are running go together in the next call.
 */
export function hotBatch<I, O>(opts: Omit<GroupCommitOptions<I, O>, "maxInFlight" | "maxBatch" | "retryEach">): GroupCommit<I, O> {
  return groupCommit({
    ...opts,
    maxBatch: HOT_BATCH_MAX,
    retryEach: oneItemMayBeAtFault,
    // Read when a call starts, not at import: `next build` imports the modules without the environment.
    get maxInFlight() {
      return env().DB_BATCH_CALLS;
    },
  });
}

/**
 * An error the database raised for the statement (a constraint, a deadlock, bad data): one item may be at fault.
 * Not a lost or refused connection, nor the server shutting down or out of resources (SQLSTATE classes 08, 53,
 * 57, 58, XX): those would fail every item again.
 */
export function oneItemMayBeAtFault(e: unknown): boolean {
  return e instanceof pg.DatabaseError && typeof e.code === "string" && !/^(08|53|57|58|XX)/.test(e.code);
}

export type Db = PrismaClient;
export type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];
