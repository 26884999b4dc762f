// Benchmark: 2,000 units submit the weekly report in the last minutes before the deadline, through the real
// HTTP stack (production build, signed-in sessions, zod validation, audit row), against the same writes done
// by a bare node:http + pg server in the same run; then the completeness page's server time for that tenant.
// The app is measured as npm start runs it (one server process; the submission route in the server's fast lane,
// lib/cli/fast-lane.mjs), then with the fast lane off (FAST_LANE=off: every request through Next's pipeline), to
// show what the lane buys. Each configuration runs BENCH_ROUNDS rounds, each round the app then the bare server
// (and the bare server as the owner, without row-level security, and the bare server with the app's group commit:
// requests arriving together share one call, as in the app) on weeks of their own, so the ratios compare runs
// seconds apart on this shared machine, and the median round is reported. Every run also prints the CPU
// each kind of process spent per request (database, server, this load generator), read from /proc.
// Not a timed test: it prints figures. Run with `npm run bench` (env: BENCH_PORT, BENCH_PG_PORT).
import { spawn, type ChildProcess } from "node:child_process";
import { randomUUID } from "node:crypto";
import http from "node:http";
import path from "node:path";
import { hash } from "@node-rs/argon2";
import { ensureEmbeddedPostgres } from "../../lib/db/embedded-postgres";
import { deriveAppUrl } from "../../lib/db/connection";
import { ownerClient } from "../../lib/db/owner-client";
import { WEEKLY_PROGRESS } from "../../lib/reports/builtin-types";
import { periodOf } from "../../lib/reports/calendar";
import { TenantBuilder } from "../../prisma/seed/builder";
import { cpuLine, fmt, httpRequest, percentile, runLoad, type LoadResult } from "./load";

const UNITS = Number(process.env.BENCH_UNITS ?? 2000);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 50);
const PORT = Number(process.env.BENCH_PORT ?? 3290);
const BARE_PORT = Number(process.env.BENCH_BARE_PORT ?? PORT + 1);
const PG_PORT = Number(process.env.BENCH_PG_PORT ?? 54390);
const PG_DIR = path.resolve(process.env.BENCH_PG_DIR ?? ".data/pg-bench");
const DATABASE = "ljfl_bench";
const PASSWORD = "bench-Pass-123!";
const BASE = `http://127.0.0.1:${PORT}`;
const ROUNDS = Math.max(1, Number(process.env.BENCH_ROUNDS ?? 3));
const RULE = { cadence: "WEEKLY" as const, weekday: 3, dueTime: "17:00", periodOffset: 0, lockAfterDays: 7 };
const log = (m: string) => process.stdout.write(m);

function weeklyData(i: number) {
  return {
    progress: `第${i + 1}单位：本周组织职工学习垃圾分类条例，党员带头在食堂和办公区开展桶前值守，混投现象明显减少。`,
    tips: "用旧报纸折成厨余垃圾袋。",
    activities: [
      { name: "桶前值守志愿服务", date: "2030-03-04", kind: "binDuty", participants: 12 + (i % 20) },
      { name: "垃圾分类知识宣讲", date: "2030-03-05", kind: "training", participants: 30 + (i % 40) },
    ],
    participation: 60 + (i % 50),
    results: "职工分类知晓率进一步提高。",
  };
}

async function waitFor(url: string, ms: number, child?: ChildProcess) {
  const t0 = Date.now();
  for (;;) {
    if (child && child.exitCode !== null) throw new Error(`the app exited (${child.exitCode}) before answering`);
    const ok = await fetch(url).then((r) => r.ok, () => false);
    if (ok) return;
    if (Date.now() - t0 > ms) throw new Error(`${url} did not answer within ${ms / 1000} s`);
    await new Promise((r) => setTimeout(r, 500));
  }
}

function startApp(opts: { fresh: boolean; fastLane: boolean }): ChildProcess {
  const child = spawn("npx", ["tsx", "lib/cli/start.ts", ...(opts.fresh ? ["--fresh-db"] : [])], {
    env: {
      ...process.env,
      FAST_LANE: opts.fastLane ? "on" : "off",
      PORT: String(PORT),
      EMBEDDED_PG_DIR: PG_DIR,
      EMBEDDED_PG_PORT: String(PG_PORT),
      EMBEDDED_PG_DATABASE: DATABASE,
      JOBS: "off",
      LOG_LEVEL: "warn",
      ALLOW_TEST_CLOCK: "1",
      KEEP_DB: "1",
      // Profiling the app under load: BENCH_APP_NODE_OPTIONS="--import ./tests/bench/cpu-profile.mjs".
      ...(process.env.BENCH_APP_NODE_OPTIONS ? { NODE_OPTIONS: process.env.BENCH_APP_NODE_OPTIONS } : {}),
    },
    stdio: ["ignore", "pipe", "inherit"],
    detached: true,
  });
  child.stdout!.on("data", (c: Buffer) => {
    const s = c.toString();
    if (/Building|Applied|Serving|error/i.test(s)) log(`  [app] ${s.trim().split("\n")[0]}\n`);
  });
  return child;
}

function stop(child: ChildProcess | null) {
  if (!child?.pid) return;
  try {
    process.kill(-child.pid, "SIGTERM");
  } catch {
    /* already gone */
  }
}

/** A tenant of `UNITS` pilot units under 50 grassroots unions, one reporter per unit, a leader; the weekly report type. */
async function seed(ownerUrl: string) {
  const db = ownerClient(ownerUrl);
  try {
    // A cheap argon2 cost for the bench accounts only: sign-in is not what is measured.
    const passwordHash = await hash(PASSWORD, { algorithm: 2, memoryCost: 1024, timeCost: 1, parallelism: 1 });
    const b = new TenantBuilder(`bench-${Date.now()}`, "基准测试区总工会", "union");
    const root = b.node("district_union", "基准测试区总工会", null, "BR");
    const unions = Array.from({ length: 50 }, (_, i) => b.node("grassroots_union", `第${i + 1}基层工会`, root, `BU${i + 1}`));
    const units = Array.from({ length: UNITS }, (_, i) => b.node("pilot_unit", `试点单位${String(i + 1).padStart(4, "0")}`, unions[i % unions.length], `BP${i + 1}`));
    const reporters = units.map((u, i) => ({ username: `bench-r${i + 1}`, nodeId: u.id, id: b.user({ username: `bench-r${i + 1}`, displayName: u.name, passwordHash, roles: [[u, "REPORTER"]] }) }));
    b.user({ username: "bench-leader", displayName: "领导", passwordHash, roles: [[root, "LEADER"]] });
    await b.write(db);
    await db.reportType.create({
      data: {
        tenantId: b.tenantId,
        code: WEEKLY_PROGRESS.code,
        name: WEEKLY_PROGRESS.name,
        cadence: "WEEKLY",
        weekday: 3,
        dueTime: "17:00",
        periodOffset: 0,
        lockAfterDays: 7,
        reminders: WEEKLY_PROGRESS.reminders,
        fields: WEEKLY_PROGRESS.fields as never,
        filerKindCodes: ["pilot_unit"],
        activeFrom: new Date("2020-01-01T00:00:00Z"),
      },
    });
    return { tenantId: b.tenantId, reporters };
  } finally {
    await db.$disconnect();
  }
}

async function signIn(username: string, ip: string): Promise<string> {
  const h = { "x-forwarded-for": ip };
  const csrfRes = await fetch(`${BASE}/api/auth/csrf`, { headers: h });
  const { csrfToken } = (await csrfRes.json()) as { csrfToken: string };
  const csrfCookie = csrfRes.headers.getSetCookie().map((c) => c.split(";")[0]).join("; ");
  const res = await fetch(`${BASE}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { ...h, cookie: csrfCookie, "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ username, password: PASSWORD, csrfToken, json: "true", callbackUrl: "/" }),
  });
  const session = res.headers.getSetCookie().map((c) => c.split(";")[0]).find((c) => c.includes("session-token="));
  if (!session) throw new Error(`sign-in of ${username} failed (${res.status})`);
  return session;
}

function row(name: string, r: LoadResult, all: string) {
  return `  ${name.padEnd(40)} ${fmt(r.count).padStart(6)} ${fmt(r.errors).padStart(6)} ${fmt(r.perSecond, 0).padStart(9)} ${fmt(r.p50, 1).padStart(8)} ${fmt(r.p95, 1).padStart(8)} ${fmt(r.p99, 1).padStart(8)} ${fmt(r.max, 1).padStart(8)}   ${all}\n`;
}

function startBare(url: string, tenantId: string, port: number, batch = false): Promise<ChildProcess> {
  const child = spawn("npx", ["tsx", "tests/bench/bare-server.ts"], {
    env: { ...process.env, BARE_PORT: String(port), APP_DATABASE_URL: url, BENCH_TENANT: tenantId, DB_POOL_SIZE: process.env.DB_POOL_SIZE ?? "20", BARE_BATCH: batch ? "1" : "0" },
    stdio: ["ignore", "pipe", "inherit"],
    detached: true,
  });
  return new Promise<ChildProcess>((resolve, reject) => {
    child.stdout!.on("data", (c: Buffer) => c.toString().includes("bare server") && resolve(child));
    child.on("exit", (code) => reject(new Error(`bare server exited (${code})`)));
  });
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)];

/** The round with the median throughput (its latencies are the ones reported), and every round's throughput. */
function summary(rounds: LoadResult[]) {
  const sorted = [...rounds].sort((a, b) => a.perSecond - b.perSecond);
  return { mid: sorted[Math.floor((sorted.length - 1) / 2)], all: rounds.map((r) => fmt(r.perSecond, 0)).join(" / ") };
}

export async function benchReportsSubmit() {
  log(`\n▶ reports: ${fmt(UNITS)} units submit the weekly report before the deadline (concurrency ${CONCURRENCY}, ${ROUNDS} rounds)\n`);
  const children: ChildProcess[] = [];
  try {
    let app = startApp({ fresh: true, fastLane: true });
    children.push(app);
    await waitFor(`${BASE}/api/health`, 600_000, app);
    const server = await ensureEmbeddedPostgres({ dir: PG_DIR, port: PG_PORT, quiet: true });
    const ownerUrl = server.ownerUrl(DATABASE);
    const t0 = Date.now();
    const { tenantId, reporters } = await seed(ownerUrl);
    log(`  seeded ${fmt(UNITS)} units and reporters in ${((Date.now() - t0) / 1000).toFixed(1)} s\n`);

    const t1 = Date.now();
    const cookies: string[] = new Array(reporters.length);
    const signins = await runLoad(reporters.length, 16, async (i) => {
      cookies[i] = await signIn(reporters[i].username, `10.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}`);
      return { status: 200 };
    });
    if (signins.errors) throw new Error(`sign-in failed: ${signins.firstError}`);
    log(`  ${fmt(reporters.length)} reporters signed in over HTTP in ${((Date.now() - t1) / 1000).toFixed(1)} s\n`);
    const leaderCookie = await signIn("bench-leader", "10.250.0.1");

    // Every run files a week of its own (each unit once, version 0), a few minutes before that week's deadline.
    let warmNo = 1;
    let weekNo = 10;
    const warmWeek = () => `2030-W${String(warmNo++).padStart(2, "0")}`;
    const nextWeek = () => `2030-W${String(weekNo++).padStart(2, "0")}`;
    const nowFor = (k: string) => new Date(periodOf(RULE, k, "Asia/Shanghai").deadline.getTime() - 3 * 60_000).toISOString();
    const body = (i: number, period: string) => JSON.stringify({ type: "weekly_progress", period, nodeId: reporters[i].nodeId, data: weeklyData(i), baseVersion: 0, idempotencyKey: randomUUID(), action: "submit" });
    // Keep-alive connections, as many as requests in flight, one agent per server.
    const agents = new Map<number, http.Agent>();
    const agentFor = (port: number) => agents.get(port) ?? agents.set(port, new http.Agent({ keepAlive: true, maxSockets: CONCURRENCY })).get(port)!;
    const viaApp = (period: string) => async (i: number) => {
      const res = await httpRequest(agentFor(PORT), `${BASE}/api/reports/submissions`, {
        method: "POST",
        headers: { cookie: cookies[i], "content-type": "application/json", "x-test-now": nowFor(period), "x-forwarded-for": `10.1.${(i >> 8) & 255}.${i & 255}` },
        body: body(i, period),
      });
      // Keep a re-issued session cookie, as a browser does (refreshed at most once a minute).
      const renewed = (res.headers["set-cookie"] ?? []).map((c) => c.split(";")[0]).find((c) => c.includes("session-token="));
      if (renewed) cookies[i] = renewed;
      return res;
    };
    const viaBare = (port: number, period: string) => (i: number) =>
      httpRequest(agentFor(port), `http://127.0.0.1:${port}/submit`, {
        method: "POST",
        headers: { "content-type": "application/json", "x-test-now": nowFor(period), "x-bench-user": reporters[i].id },
        body: body(i, period),
      });
    // Warm-up: one full run per server before measuring (the framework's code is compiled by the JIT as it runs;
    // a server in production has long been warm).
    const warm = UNITS;

    // The bare server as the app role (every policy evaluated), and as the schema owner (a superuser, which
    // row-level security does not apply to): the cost of the second wall.
    // And the bare server with the app's group commit: the same database work as the app, without the framework.
    const appUrl = deriveAppUrl(ownerUrl);
    const ownerPort = BARE_PORT + 1;
    const batchPort = BARE_PORT + 2;
    children.push(await startBare(appUrl, tenantId, BARE_PORT), await startBare(ownerUrl, tenantId, ownerPort), await startBare(appUrl, tenantId, batchPort, true));
    for (const port of [BARE_PORT, ownerPort, batchPort]) await runLoad(warm, CONCURRENCY, viaBare(port, warmWeek()));

    const rounds = async (label: string, withBare: boolean) => {
      await runLoad(warm, CONCURRENCY, viaApp(warmWeek()));
      const out = { app: [] as LoadResult[], bare: [] as LoadResult[], owner: [] as LoadResult[], batch: [] as LoadResult[], ratios: [] as number[], batchRatios: [] as number[] };
      for (let r = 0; r < ROUNDS; r++) {
        const a = await runLoad(UNITS, CONCURRENCY, viaApp(nextWeek()));
        const b = await runLoad(UNITS, CONCURRENCY, viaBare(BARE_PORT, nextWeek()));
        out.app.push(a);
        out.bare.push(b);
        out.ratios.push(a.perSecond / b.perSecond);
        let line = `    ${label}, round ${r + 1}: app ${fmt(a.perSecond, 0)}/s, bare ${fmt(b.perSecond, 0)}/s, ratio ${(a.perSecond / b.perSecond).toFixed(2)}`;
        let cpu = `      app  ${cpuLine(a)}\n      bare ${cpuLine(b)}\n`;
        if (withBare) {
          out.owner.push(await runLoad(UNITS, CONCURRENCY, viaBare(ownerPort, nextWeek())));
          const g = await runLoad(UNITS, CONCURRENCY, viaBare(batchPort, nextWeek()));
          out.batch.push(g);
          out.batchRatios.push(a.perSecond / g.perSecond);
          line += `; bare with group commit ${fmt(g.perSecond, 0)}/s, ratio ${(a.perSecond / g.perSecond).toFixed(2)}`;
          cpu += `      bare with group commit ${cpuLine(g)}\n`;
        }
        log(`${line}\n${cpu}`);
      }
      return out;
    };
    const one = await rounds("fast lane", true);

    // The same app with every request through Next's own pipeline (FAST_LANE=off).
    stop(app);
    await new Promise((r) => setTimeout(r, 2000));
    app = startApp({ fresh: false, fastLane: false });
    children.push(app);
    await waitFor(`${BASE}/api/health`, 120_000, app);
    const many = await rounds("fast lane off", false);

    // The completeness page for the 2,000-unit tenant: 8 weeks (16,000 unit-weeks), server-rendered with the leader's session.
    const page = `${BASE}/reports/completeness?type=weekly_progress&from=2030-W10&to=2030-W17`;
    const times: number[] = [];
    for (let k = 0; k < 12; k++) {
      const s = performance.now();
      const res = await fetch(page, { headers: { cookie: leaderCookie, "x-test-now": nowFor("2030-W18") } });
      const html = await res.text();
      if (!res.ok || !html.includes("completeness-rows")) throw new Error(`completeness page failed: ${res.status}`);
      if (k >= 2) times.push(performance.now() - s);
    }
    times.sort((a, b) => a - b);

    const sOne = summary(one.app);
    const sMany = summary(many.app);
    const sBare = summary([...one.bare, ...many.bare]);
    const sOwner = summary(one.owner);
    const sBatch = summary(one.batch);
    const ratioOne = median(one.ratios);
    const ratioBatch = median(one.batchRatios);
    const ratioMany = median(many.ratios);
    log(`\n  median round of ${ROUNDS} (throughput of every round after the figures)\n`);
    log(`  ${"".padEnd(40)} ${"n".padStart(6)} ${"errors".padStart(6)} ${"subm/s".padStart(9)} ${"p50 ms".padStart(8)} ${"p95 ms".padStart(8)} ${"p99 ms".padStart(8)} ${"max ms".padStart(8)}\n`);
    log(row("full stack (npm start)", sOne.mid, sOne.all));
    log(row("full stack, fast lane off (Next only)", sMany.mid, sMany.all));
    log(row("bare node:http + pg, a call per request", sBare.mid, sBare.all));
    log(row("bare, as owner (no row-level security)", sOwner.mid, sOwner.all));
    log(row("bare with the app's group commit", sBatch.mid, sBatch.all));
    log(`  ratio full stack / bare (median of the rounds' ratios): ${ratioOne.toFixed(2)}; fast lane off ${ratioMany.toFixed(2)}   (goal ≥ 0.50; ≥ 1,000 subm/s and p99 ≤ 250 ms on 2 cores)\n`);
    log(`  ratio full stack / bare with the same group commit: ${ratioBatch.toFixed(2)}\n`);
    const cpu = (runs: LoadResult[]) => median(runs.map((r) => r.cpuPer.postgres)).toFixed(2) + " / " + median(runs.map((r) => r.cpuPer.server)).toFixed(2) + " / " + median(runs.map((r) => r.cpuPer.loadgen)).toFixed(2);
    log(`  CPU ms per submission, database / server / load generator (medians): full stack ${cpu(one.app)}; fast lane off ${cpu(many.app)}; bare ${cpu([...one.bare, ...many.bare])}; bare with group commit ${cpu(one.batch)}\n`);
    log(`  row-level security: bare with RLS / without = ${median(one.owner.map((o, k) => one.bare[k].perSecond / o.perSecond)).toFixed(2)} of the throughput\n`);
    log(`  completeness page, ${fmt(UNITS)} units × 8 weeks: median ${fmt(percentile(times, 50), 0)} ms, p95 ${fmt(percentile(times, 95), 0)} ms, max ${fmt(times.at(-1) ?? 0, 0)} ms (${times.length} requests)\n`);
    for (const [name, runs] of [["full stack", [...one.app, ...many.app]], ["bare", [...one.bare, ...many.bare, ...one.owner, ...one.batch]]] as const) {
      const bad = runs.find((r) => r.errors);
      if (bad) log(`  ${name} errors: ${JSON.stringify(bad.statuses)} first: ${bad.firstError}\n`);
    }

    // Every submission landed exactly once.
    const db = ownerClient(ownerUrl);
    const counted = await db.reportSubmission.groupBy({ by: ["periodKey"], where: { tenantId }, _count: true, orderBy: { periodKey: "asc" } });
    const audits = await db.auditLog.count({ where: { tenantId, action: "report.submit" } });
    await db.$disconnect();
    log(`  rows per week: ${counted.map((c) => `${c.periodKey}=${c._count}`).join(", ")}; audit rows: ${fmt(audits)}\n`);
    return { one, many, ratioOne, ratioMany, ratioBatch, completenessMs: percentile(times, 50) };
  } finally {
    for (const c of children) stop(c);
  }
}
