// Benchmark: a leader's dashboard for a district of 1,000,000 people on 20,000 nodes with 10,000,000 records.
// 1. generate the district with set-based SQL as the owner (dashboard-data.ts), in its own embedded database;
// 2. build the roll-up with the full rebuild (lib/dashboards/engine/refresh.ts), as the seed and a repair do;
// 3. start the production server (refresh job running) and time the dashboard's summary API (which the home page
//    uses) for the root and a street: client latency, and the server's own time from its Server-Timing header,
//    next to hand-written SQL reading the same figures from the same roll-up in the same run; the page HTML too;
// 4. write one new record and time until the dashboard API shows it.
// Not a timed test: it prints figures. `npm run bench -- dashboard` (env: BENCH_SCALE, BENCH_DASH_PORT,
// BENCH_DASH_PG_PORT, BENCH_DASH_PG_DIR; BENCH_REQUESTS). About 10–15 minutes on 2 cores at full scale.
// BENCH_REUSE=1 measures again on the district the previous run left (steps 3–4 only, after migrating it), for
// working on the read path; a fresh run generates everything.
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import pg from "pg";
import { ensureEmbeddedPostgres, stopEmbeddedPostgres } from "../../lib/db/embedded-postgres";
import { ownerClient } from "../../lib/db/owner-client";
import { rebuildTenant } from "../../lib/dashboards/engine/refresh";
import { periodAt, trailing } from "../../lib/dashboards/periods";
import { generate, SCALE, SIZES, type BenchWorld } from "./dashboard-data";
import { fmt, percentile } from "./load";

const PORT = Number(process.env.BENCH_DASH_PORT ?? process.env.PORT ?? 3107);
const PG_PORT = Number(process.env.BENCH_DASH_PG_PORT ?? 54457);
export const DASH_PG_DIR = path.resolve(process.env.BENCH_DASH_PG_DIR ?? ".data/pg-bench-dash");
const DATABASE = "ljfl_bench_dash";
const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 500);
/** What the generator made, kept beside the data folder for BENCH_REUSE=1. */
const WORLD_FILE = `${DASH_PG_DIR}.world.json`;
const BASE = `http://127.0.0.1:${PORT}`;
const log = (m: string) => process.stdout.write(m);
const secs = (t0: number) => ((Date.now() - t0) / 1000).toFixed(1);

async function freshDatabase(keep = false) {
  process.env.EMBEDDED_PG_DIR = DASH_PG_DIR;
  process.env.EMBEDDED_PG_PORT = String(PG_PORT);
  process.env.EMBEDDED_PG_DATABASE = DATABASE;
  const server = await ensureEmbeddedPostgres({ dir: DASH_PG_DIR, port: PG_PORT, quiet: true });
  if (!keep) {
    fs.rmSync(WORLD_FILE, { force: true });
    const c = new pg.Client({ connectionString: server.ownerUrl("postgres") });
    await c.connect();
    await c.query(`DROP DATABASE IF EXISTS ${DATABASE} WITH (FORCE)`);
    await c.end();
  }
  const { migrateDatabase } = await import("../../prisma/tools/migrate-cli");
  const urls = await migrateDatabase({ quiet: true });
  return urls.ownerUrl;
}

function startApp(): ChildProcess {
  const child = spawn("npx", ["tsx", "lib/cli/start.ts"], {
    env: { ...process.env, PORT: String(PORT), EMBEDDED_PG_DIR: DASH_PG_DIR, EMBEDDED_PG_PORT: String(PG_PORT), EMBEDDED_PG_DATABASE: DATABASE, KEEP_DB: "1", LOG_LEVEL: "warn", JOBS: "on" },
    stdio: ["ignore", "pipe", "inherit"],
    detached: true,
  });
  child.stdout!.on("data", (chunk: Buffer) => {
    const s = chunk.toString();
    if (/Building|Serving|error/i.test(s)) log(`  [app] ${s.trim().split("\n")[0]}\n`);
  });
  return child;
}

function stop(child: ChildProcess | null) {
  if (!child?.pid) return;
  try {
    process.kill(-child.pid, "SIGTERM");
  } catch {
    /* gone */
  }
}

async function waitFor(url: string, ms: number, child: ChildProcess) {
  const t0 = Date.now();
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the app exited (${child.exitCode})`);
    if (await fetch(url).then((r) => r.ok, () => false)) return;
    if (Date.now() - t0 > ms) throw new Error(`${url} did not answer within ${ms / 1000} s`);
    await new Promise((r) => setTimeout(r, 500));
  }
}

async function signIn(username: string, password: string): Promise<string> {
  const csrfRes = await fetch(`${BASE}/api/auth/csrf`);
  const { csrfToken } = (await csrfRes.json()) as { csrfToken: string };
  const csrfCookie = csrfRes.headers.getSetCookie().map((c) => c.split(";")[0]).join("; ");
  const res = await fetch(`${BASE}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { cookie: csrfCookie, "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ username, password, csrfToken, json: "true", callbackUrl: "/" }),
  });
  const session = res.headers.getSetCookie().map((c) => c.split(";")[0]).find((c) => c.includes("session-token="));
  if (!session) throw new Error(`sign-in of ${username} failed (${res.status})`);
  return session;
}

type Timing = { p50: number; p95: number; max: number; n: number };
const timing = (xs: number[]): Timing => {
  const s = [...xs].sort((a, b) => a - b);
  return { p50: percentile(s, 50), p95: percentile(s, 95), max: s.at(-1) ?? 0, n: s.length };
};

type Summary = { cards: { code: string; num: number; den: number }[]; refreshedAt: string | null };

/**
 * The API as a browser calls it (client latency, and the server's own time for the figures from its Server-Timing
 * header) and the hand-written SQL, alternately request by request so both see the same moment of this shared
 * machine; the first WARM of each are not counted (the server's code gets compiled by then).
 */
async function timeApiAndSql(cookie: string, ownerUrl: string, tenantId: string, node: string, period: string, periods: string[]) {
  const WARM = 50;
  const client: number[] = [];
  const server: number[] = [];
  const sql: number[] = [];
  const dbs: number[] = [];
  const c = new pg.Client({ connectionString: ownerUrl });
  await c.connect();
  try {
    for (let i = 0; i < REQUESTS + WARM; i++) {
      let s = performance.now();
      const res = await fetch(`${BASE}/api/dashboards/summary?node=${node}&period=${period}`, { headers: { cookie } });
      const body = (await res.json()) as Summary;
      const ms = performance.now() - s;
      if (!res.ok || !body.cards?.length) throw new Error(`summary failed: ${res.status} ${JSON.stringify(body).slice(0, 200)}`);
      const st = /dash;dur=([\d.]+)/.exec(res.headers.get("server-timing") ?? "");
      const dbt = /db;dur=([\d.]+)/.exec(res.headers.get("server-timing") ?? "");
      if (dbt && i >= WARM) dbs.push(Number(dbt[1]));
      s = performance.now();
      const r = await c.query(HAND_SQL, [tenantId, node, periods]);
      const sqlMs = performance.now() - s;
      if (!r.rowCount) throw new Error("no roll-up rows");
      if (i >= WARM) {
        client.push(ms);
        if (st) server.push(Number(st[1]));
        sql.push(sqlMs);
      }
    }
  } finally {
    await c.end();
  }
  if (dbs.length) log(`  (diagnosis) db part of server time: ${JSON.stringify(timing(dbs))}\n`);
  return { client: timing(client), server: timing(server), sql: timing(sql) };
}

async function timePage(cookie: string, pathQs: string) {
  const xs: number[] = [];
  for (let i = 0; i < Math.min(REQUESTS, 30) + 3; i++) {
    const s = performance.now();
    const res = await fetch(`${BASE}${pathQs}`, { headers: { cookie } });
    const html = await res.text();
    if (!res.ok || !html.includes("dashboard-cards")) throw new Error(`page ${pathQs} failed: ${res.status}`);
    if (i >= 3) xs.push(performance.now() - s);
  }
  return timing(xs);
}

/** Hand-written SQL: the same figures from the same roll-up rows, one round trip, as the owner (no RLS, no app). */
const HAND_SQL = `SELECT r."periodKey", r.indicator, r.num, r.den, t.target FROM "DashRollup" r
  LEFT JOIN "IndicatorTarget" t ON t."tenantId" = r."tenantId" AND t.indicator = r.indicator
  WHERE r."tenantId" = $1 AND r."nodeId" = $2 AND r."periodKey" = ANY($3::text[])`;

async function rebuild(ownerUrl: string, tenantId: string) {
  const db = ownerClient(ownerUrl);
  try {
    return await db.$transaction(
      async (tx) => {
        await tx.$executeRawUnsafe(`SET LOCAL work_mem = '256MB'`);
        return rebuildTenant(tx, tenantId, new Date());
      },
      { timeout: 60 * 60_000, maxWait: 60_000 },
    );
  } finally {
    await db.$disconnect();
  }
}

async function tableSizes(ownerUrl: string, tenantId: string) {
  const c = new pg.Client({ connectionString: ownerUrl });
  await c.connect();
  try {
    const r = await c.query(`SELECT (SELECT count(*) FROM "DashFact" WHERE "tenantId" = $1)::int AS facts, (SELECT count(*) FROM "DashRollup" WHERE "tenantId" = $1)::int AS rollups`, [tenantId]);
    await c.query(`ANALYZE "DashFact"; ANALYZE "DashRollup"`);
    return r.rows[0] as { facts: number; rollups: number };
  } finally {
    await c.end();
  }
}

/** One new verified duty record (600 minutes) in the street's first branch; time until the API shows it. */
async function freshness(ownerUrl: string, w: BenchWorld, cookie: string, period: string) {
  const read = async () => {
    const res = await fetch(`${BASE}/api/dashboards/summary?node=${w.midId}&period=${period}`, { headers: { cookie } });
    const body = (await res.json()) as Summary;
    return body.cards.find((c) => c.code === "duty_hours")!.num;
  };
  // Wait for the refresh chain to be running (the minute cron starts it after boot).
  const c = new pg.Client({ connectionString: ownerUrl });
  await c.connect();
  try {
    const started = new Date();
    const t0 = Date.now();
    for (;;) {
      const r = await c.query(`SELECT "refreshedAt" FROM "DashState" WHERE "tenantId" = $1`, [w.tenantId]);
      if (r.rows[0] && new Date(r.rows[0].refreshedAt) > started) break;
      if (Date.now() - t0 > 180_000) throw new Error("the refresh job did not run within 3 minutes of the server start");
      await new Promise((r) => setTimeout(r, 500));
    }
    const before = await read();
    const start = new Date(Date.now() - 3 * 3600_000);
    const inserted = Date.now();
    await c.query(
      `INSERT INTO "DutyRecord" (id, "tenantId", "personId", "binPointId", "startAt", "endAt", minutes, source, status, "recordedById")
       VALUES ($1 || 'dnew' || $6, $1, $2, $3, $4::timestamptz, $4::timestamptz + interval '600 minutes', 600, 'RECORDED', 'VERIFIED', $5)`,
      [w.tenantId, w.samplePersonId, w.binPointId, start, w.adminId, String(Date.now())],
    );
    for (;;) {
      const v = await read();
      if (Math.abs(v - before - 600) < 1e-6) return (Date.now() - inserted) / 1000;
      if (Date.now() - inserted > 120_000) throw new Error(`the new record did not reach the dashboard within 120 s (${before} → ${v})`);
      await new Promise((r) => setTimeout(r, 200));
    }
  } finally {
    await c.end();
  }
}

export async function benchDashboard() {
  log(`\n▶ dashboards: ${fmt(SIZES.people)} people, ${fmt(1 + SIZES.streets + SIZES.communities + SIZES.leaves)} nodes, ~${fmt(SIZES.duty + SIZES.entries + SIZES.participants + SIZES.activities + SIZES.leaves * 47)} records (scale ${SCALE})\n`);
  let app: ChildProcess | null = null;
  try {
    let t0 = Date.now();
    const reuse = process.env.BENCH_REUSE === "1" && fs.existsSync(WORLD_FILE);
    const ownerUrl = await freshDatabase(reuse);
    log(`  database ready in ${secs(t0)} s\n`);
    let w: BenchWorld;
    let rebuildSeconds = "(reused)";
    if (reuse) {
      w = JSON.parse(fs.readFileSync(WORLD_FILE, "utf8")) as BenchWorld;
      log(`  reusing the district of the previous run (${WORLD_FILE})\n`);
    } else {
      t0 = Date.now();
      w = await generate(ownerUrl, log);
      const records = Object.entries(w.counts).filter(([k]) => k !== "people" && k !== "nodes").reduce((a, [, v]) => a + v, 0);
      log(`  generated ${fmt(w.counts.people)} people, ${fmt(w.counts.nodes)} nodes, ${fmt(records)} records in ${secs(t0)} s\n`);
      t0 = Date.now();
      await rebuild(ownerUrl, w.tenantId);
      const sizes = await tableSizes(ownerUrl, w.tenantId);
      rebuildSeconds = `${secs(t0)} s`;
      log(`  full rebuild: ${fmt(sizes.facts)} own facts, ${fmt(sizes.rollups)} subtree totals in ${rebuildSeconds}\n`);
      fs.writeFileSync(WORLD_FILE, JSON.stringify(w));
    }

    t0 = Date.now();
    app = startApp();
    await waitFor(`${BASE}/api/health`, 900_000, app);
    log(`  server up in ${secs(t0)} s\n`);
    const cookie = await signIn(w.leader, w.password);
    const period = periodAt("month", new Date());
    const periods = trailing(period, 12);

    const { sql: sqlRoot, ...apiRoot } = await timeApiAndSql(cookie, ownerUrl, w.tenantId, w.rootId, period, periods);
    const { sql: sqlMid, ...apiMid } = await timeApiAndSql(cookie, ownerUrl, w.tenantId, w.midId, period, periods);
    const pageRoot = await timePage(cookie, `/dashboards?node=${w.rootId}&period=${period}`);
    const pageMid = await timePage(cookie, `/dashboards?node=${w.midId}&period=${period}`);
    const fresh = await freshness(ownerUrl, w, cookie, period);

    const row = (name: string, t: Timing, base?: Timing) =>
      `  ${name.padEnd(46)} ${fmt(t.p50, 1).padStart(8)} ${fmt(t.p95, 1).padStart(8)} ${fmt(t.max, 1).padStart(8)}${base ? `   ×${(t.p50 / base.p50).toFixed(2)} (p50) ×${(t.p95 / base.p95).toFixed(2)} (p95)` : ""}\n`;
    log(`\n  ${"".padEnd(46)} ${"p50 ms".padStart(8)} ${"p95 ms".padStart(8)} ${"max ms".padStart(8)}   vs hand-written SQL\n`);
    log(row("root: hand-written SQL over the roll-up", sqlRoot));
    log(row("root: dashboard API, server time", apiRoot.server, sqlRoot));
    log(row("root: dashboard API, client latency", apiRoot.client, sqlRoot));
    log(row("root: dashboard page (HTML)", pageRoot));
    log(row("street: hand-written SQL over the roll-up", sqlMid));
    log(row("street: dashboard API, server time", apiMid.server, sqlMid));
    log(row("street: dashboard API, client latency", apiMid.client, sqlMid));
    log(row("street: dashboard page (HTML)", pageMid));
    log(`  a new duty record reached the dashboard API after ${fresh.toFixed(1)} s (refresh job every 5 s; goal ≤ 60 s)\n`);
    log(`  goals: p95 ≤ 150 ms, ≤ 1.5× the hand-written SQL, ≤ 60 s fresh; full rebuild took ${rebuildSeconds}\n`);
    return { apiRoot, apiMid, sqlRoot, sqlMid, pageRoot, pageMid, fresh };
  } finally {
    stop(app);
    await new Promise((r) => setTimeout(r, 1500));
  }
}

/** Stop this benchmark's database (run.ts calls it at the end). */
export function stopDashboardDatabase() {
  stopEmbeddedPostgres(DASH_PG_DIR);
}

// Stage runs for development: BENCH_STAGE=data generates and rebuilds only.
if (import.meta.url === `file://${process.argv[1]}` && process.env.BENCH_STAGE === "data") {
  (async () => {
    const ownerUrl = await freshDatabase();
    let t0 = Date.now();
    const w = await generate(ownerUrl, log);
    log(`  generated in ${secs(t0)} s\n`);
    t0 = Date.now();
    await rebuild(ownerUrl, w.tenantId);
    log(`  rebuild ${JSON.stringify(await tableSizes(ownerUrl, w.tenantId))} in ${secs(t0)} s\n`);
    log(`${JSON.stringify(w)}\n`);
  })().then(
    () => process.exit(0),
    (e) => (console.error(e), process.exit(1)),
  );
}
