// A small load generator for the benchmarks: N requests with a fixed concurrency, latency per request.
export type LoadResult = { count: number; errors: number; seconds: number; perSecond: number; p50: number; p95: number; p99: number; max: number; statuses: Record<string, number>; firstError?: string };

export function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return 0;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[i];
}

/** Run `make(i)` for i in [0, n) with at most `concurrency` in flight; each resolves to an HTTP status. */
export async function runLoad(n: number, concurrency: number, make: (i: number) => Promise<{ status: number; body?: string }>): Promise<LoadResult> {
  const latencies: number[] = [];
  const statuses: Record<string, number> = {};
  let errors = 0;
  let firstError: string | undefined;
  let next = 0;
  const t0 = performance.now();
  async function worker() {
    for (;;) {
      const i = next++;
      if (i >= n) return;
      const s = performance.now();
      let status = 0;
      try {
        const r = await make(i);
        status = r.status;
        if (status >= 400 && !firstError) firstError = `${status} ${r.body?.slice(0, 300) ?? ""}`;
      } catch (e) {
        if (!firstError) firstError = String(e);
      }
      latencies.push(performance.now() - s);
      statuses[status] = (statuses[status] ?? 0) + 1;
      if (status < 200 || status >= 300) errors++;
    }
  }
  await Promise.all(Array.from({ length: concurrency }, worker));
  const seconds = (performance.now() - t0) / 1000;
  latencies.sort((a, b) => a - b);
  return { count: n, errors, seconds, perSecond: n / seconds, p50: percentile(latencies, 50), p95: percentile(latencies, 95), p99: percentile(latencies, 99), max: latencies.at(-1) ?? 0, statuses, firstError };
}

export const fmt = (n: number, d = 0) => n.toLocaleString("en-US", { minimumFractionDigits: d, maximumFractionDigits: d });
