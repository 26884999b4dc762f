// Every data-layer call runs in one transaction that first tells PostgreSQL whose rows it may see:
// set_config(..., true) is transaction-local, so a pooled connection never carries one request's tenant
// into the next. Row-level security policies read these settings.
import { getDb, type Tx } from "../db";
import type { Actor } from "./actor";
import { isPlatformAdmin } from "./actor";
import { notFound } from "./errors";

/** Longer limits than the client's defaults, for the few bulk writes (imports) that need them. */
export type TxLimits = { timeout?: number; maxWait?: number };

export async function inTenant<T>(actor: Actor, fn: (tx: Tx) => Promise<T>, limits?: TxLimits): Promise<T> {
  const tenantId = actor.tenantId;
  if (!tenantId) throw notFound();
  return getDb().$transaction(async (tx) => {
    await tx.$executeRaw`SELECT set_config('app.tenant_id', ${tenantId}, true), set_config('app.user_id', ${actor.userId}, true)`;
    return fn(tx);
  }, limits);
}

/** Run for a tenant id known from a trusted source (a job, a public page resolved by its token). */
export async function inTenantId<T>(tenantId: string, fn: (tx: Tx) => Promise<T>, limits?: TxLimits): Promise<T> {
  return getDb().$transaction(async (tx) => {
    await tx.$executeRaw`SELECT set_config('app.tenant_id', ${tenantId}, true)`;
    return fn(tx);
  }, limits);
}

/** The platform admin's explicit cross-tenant path. */
export async function asPlatform<T>(actor: Actor, fn: (tx: Tx) => Promise<T>): Promise<T> {
  if (!isPlatformAdmin(actor)) throw notFound();
  return getDb().$transaction(async (tx) => {
    await tx.$executeRaw`SELECT set_config('app.platform', 'on', true), set_config('app.user_id', ${actor.userId}, true)`;
    return fn(tx);
  });
}

/** The actor's own rows (account settings): their tenant, or the platform path for platform admins. */
export async function inOwnTx<T>(actor: Actor, fn: (tx: Tx) => Promise<T>): Promise<T> {
  return actor.tenantId ? inTenant(actor, fn) : asPlatform(actor, fn);
}

/** A user's own row before an actor exists (sign-in): their tenant, or the platform path for platform users. */
export async function inUserTx<T>(tenantId: string | null, fn: (tx: Tx) => Promise<T>): Promise<T> {
  return getDb().$transaction(async (tx) => {
    if (tenantId) await tx.$executeRaw`SELECT set_config('app.tenant_id', ${tenantId}, true)`;
    else await tx.$executeRaw`SELECT set_config('app.platform', 'on', true)`;
    return fn(tx);
  });
}
