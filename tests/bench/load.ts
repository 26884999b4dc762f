import fs from "node:fs";
import http from "node:http";
// A small load generator for the benchmarks: N requests with a fixed concurrency, latency per request.
export type LoadResult = {
  count: number;
  errors: number;
  seconds: number;
  perSecond: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
  statuses: Record<string, number>;
  firstError?: string;
  /** CPU ms per request by kind of process over the run (cpuSnapshot below). */
  cpuPer: Record<"postgres" | "server" | "loadgen" | "other", number>;
};

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
  const cpu0 = cpuSnapshot();
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
  const cpuPer = cpuBetween(cpu0, cpuSnapshot());
  for (const k of Object.keys(cpuPer) as (keyof typeof cpuPer)[]) cpuPer[k] /= n;
  latencies.sort((a, b) => a - b);
  return { count: n, errors, seconds, perSecond: n / seconds, p50: percentile(latencies, 50), p95: percentile(latencies, 95), p99: percentile(latencies, 99), max: latencies.at(-1) ?? 0, statuses, firstError, cpuPer };
}

/** "CPU per request: database 1.20 ms, server 0.80 ms, load generator 0.20 ms" */
export const cpuLine = (r: LoadResult) => `CPU per request: database ${r.cpuPer.postgres.toFixed(2)} ms, server ${r.cpuPer.server.toFixed(2)} ms, load generator ${r.cpuPer.loadgen.toFixed(2)} ms`;

export const fmt = (n: number, d = 0) => n.toLocaleString("en-US", { minimumFractionDigits: d, maximumFractionDigits: d });

/**
 * One HTTP request on a keep-alive agent (node:http): the load generator shares the machine with the servers it
 * measures, and fetch costs it several times the CPU per request; both servers are asked through this one.
 */
export function httpRequest(
  agent: http.Agent,
  url: string,
  opts: { method?: string; headers?: Record<string, string>; body?: string },
): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }> {
  return new Promise((resolve, reject) => {
    const req = http.request(url, { agent, method: opts.method ?? "GET", headers: opts.body === undefined ? opts.headers : { ...opts.headers, "content-length": String(Buffer.byteLength(opts.body)) } }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString("utf8") }));
      res.on("error", reject);
    });
    req.on("error", reject);
    req.end(opts.body);
  });
}

type CpuSnapshot = Map<number, { kind: "postgres" | "server" | "loadgen" | "other"; ms: number }>;

/** CPU time (ms) used so far by each process of this machine, with its kind: the database, a server, this load generator. */
export function cpuSnapshot(): CpuSnapshot {
  const out: CpuSnapshot = new Map();
  const tick = 10; // ms per clock tick (CLK_TCK 100 on Linux)
  for (const entry of fs.readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, "utf8");
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      const ms = (Number(fields[11]) + Number(fields[12])) * tick;
      const cmd = fs.readFileSync(`/proc/${entry}/cmdline`, "utf8");
      const kind = Number(entry) === process.pid ? "loadgen" : /postgres/.test(cmd) ? "postgres" : /server\.mjs|next-server|next start|bare-server|cluster\.mjs/.test(cmd) ? "server" : "other";
      out.set(Number(entry), { kind, ms });
    } catch {
      /* gone meanwhile */
    }
  }
  return out;
}

/** CPU ms by kind between two snapshots (a process started in between counts whole; one that ended is lost). */
export function cpuBetween(before: CpuSnapshot, after: CpuSnapshot) {
  const out = { postgres: 0, server: 0, loadgen: 0, other: 0 };
  for (const [pid, p] of after) out[p.kind] += p.ms - (before.get(pid)?.ms ?? 0);
  return out;
}
