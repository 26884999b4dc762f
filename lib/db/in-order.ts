/**
 * The queries of one transaction, one after another. A transaction is one connection, and a connection runs one
 * query at a time: `Promise.all` over a `tx` only makes node-postgres queue them (deprecated in pg 8, refused in
 * pg 9). Each step is a function, so nothing starts before its turn (Prisma's queries start when awaited, plain
 * promises when created). The results come back in order, typed like `Promise.all`'s.
 *
 * Queries on the pool outside a transaction (separate `inTenant` calls) may still run side by side.
 */
export async function inOrder<const T extends readonly (() => unknown)[]>(steps: T): Promise<{ -readonly [K in keyof T]: Awaited<ReturnType<T[K]>> }> {
  const results: unknown[] = [];
  for (const step of steps) results.push(await step());
  return results as { -readonly [K in keyof T]: Awaited<ReturnType<T[K]>> };
}
