// Benchmark: 2,000 units submit the weekly report in the last minutes before the deadline, through the real
// HTTP stack (production build, signed-in sessions, zod validation, audit row), against the same writes done
// by a bare node:http + pg server in the same run; then the completeness page's server time for that tenant.
// Not a timed test: it prints figures. Run with `npm run bench` (env: BENCH_PORT, BENCH_PG_PORT).
import { spawn, type ChildProcess } from "node:child_process";
import { randomUUID } from "node:crypto";
import path from "node:path";
import { hash } from "@node-rs/argon2";
import { ensureEmbeddedPostgres } from "../../lib/db/embedded-postgres";
import { deriveAppUrl } from "../../lib/db/connection";
import { ownerClient } from "../../lib/db/owner-client";
import { WEEKLY_PROGRESS } from "../../lib/reports/builtin-types";
import { periodOf } from "../../lib/reports/calendar";
import { TenantBuilder } from "../../prisma/seed/builder";
import { fmt, percentile, runLoad, type LoadResult } from "./load";

const UNITS = Number(process.env.BENCH_UNITS ?? 2000);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 50);
const PORT = Number(process.env.BENCH_PORT ?? 3290);
const BARE_PORT = Number(process.env.BENCH_BARE_PORT ?? PORT + 1);
const PG_PORT = Number(process.env.BENCH_PG_PORT ?? 54390);
const PG_DIR = path.resolve(process.env.BENCH_PG_DIR ?? ".data/pg-bench");
const DATABASE = "ljfl_bench";
const PASSWORD = "bench-Pass-123!";
const BASE = `http://127.0.0.1:${PORT}`;
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

function startApp(): ChildProcess {
  const child = spawn("npx", ["tsx", "lib/cli/start.ts", "--fresh-db"], {
    env: {
      ...process.env,
      PORT: String(PORT),
      EMBEDDED_PG_DIR: PG_DIR,
      EMBEDDED_PG_PORT: String(PG_PORT),
      EMBEDDED_PG_DATABASE: DATABASE,
      JOBS: "off",
      LOG_LEVEL: "warn",
      ALLOW_TEST_CLOCK: "1",
      KEEP_DB: "1",
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

function row(name: string, r: LoadResult) {
  return `  ${name.padEnd(34)} ${fmt(r.count).padStart(6)} ${fmt(r.errors).padStart(6)} ${fmt(r.perSecond, 0).padStart(9)} ${fmt(r.p50, 1).padStart(8)} ${fmt(r.p95, 1).padStart(8)} ${fmt(r.p99, 1).padStart(8)} ${fmt(r.max, 1).padStart(8)}\n`;
}

export async function benchReportsSubmit() {
  log(`\n▶ reports: ${fmt(UNITS)} units submit the weekly report before the deadline (concurrency ${CONCURRENCY})\n`);
  let app: ChildProcess | null = null;
  let bare: ChildProcess | null = null;
  try {
    app = startApp();
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

    // Warm-up on an earlier week (both servers get the same), then the measured week: due Wed 2030-03-06 17:00.
    const warmWeek = "2030-W09";
    const week = "2030-W10";
    const bareWeek = "2030-W11";
    const nowFor = (k: string) => new Date(periodOf(RULE, k, "Asia/Shanghai").deadline.getTime() - 3 * 60_000).toISOString();
    const body = (i: number, period: string) => JSON.stringify({ type: "weekly_progress", period, nodeId: reporters[i].nodeId, data: weeklyData(i), baseVersion: 0, idempotencyKey: randomUUID(), action: "submit" });
    const viaApp = (period: string) => async (i: number) => {
      const res = await fetch(`${BASE}/api/reports/submissions`, {
        method: "POST",
        headers: { cookie: cookies[i], "content-type": "application/json", "x-test-now": nowFor(period), "x-forwarded-for": `10.1.${(i >> 8) & 255}.${i & 255}` },
        body: body(i, period),
      });
      // Keep a re-issued session cookie, as a browser does (the proxy refreshes it at most once a minute).
      const renewed = res.headers.getSetCookie().map((c) => c.split(";")[0]).find((c) => c.includes("session-token="));
      if (renewed) cookies[i] = renewed;
      const text = await res.text();
      return { status: res.status, body: text };
    };
    const warm = Math.min(400, UNITS);
    await runLoad(warm, CONCURRENCY, viaApp(warmWeek));
    const appResult = await runLoad(UNITS, CONCURRENCY, viaApp(week));

    const appUrl = deriveAppUrl(ownerUrl);
    bare = spawn("npx", ["tsx", "tests/bench/bare-server.ts"], {
      env: { ...process.env, BARE_PORT: String(BARE_PORT), APP_DATABASE_URL: appUrl, BENCH_TENANT: tenantId, DB_POOL_SIZE: process.env.DB_POOL_SIZE ?? "20" },
      stdio: ["ignore", "pipe", "inherit"],
      detached: true,
    });
    await new Promise<void>((resolve, reject) => {
      bare!.stdout!.on("data", (c: Buffer) => c.toString().includes("bare server") && resolve());
      bare!.on("exit", (code) => reject(new Error(`bare server exited (${code})`)));
    });
    const viaBare = (period: string) => async (i: number) => {
      const res = await fetch(`http://127.0.0.1:${BARE_PORT}/submit`, {
        method: "POST",
        headers: { "content-type": "application/json", "x-test-now": nowFor(period), "x-bench-user": reporters[i].id },
        body: body(i, period),
      });
      return { status: res.status, body: await res.text() };
    };
    await runLoad(warm, CONCURRENCY, viaBare("2030-W08"));
    const bareResult = await runLoad(UNITS, CONCURRENCY, viaBare(bareWeek));
    stop(bare);

    // The cost of the second wall: the same bare server as the schema owner (a superuser, which row-level security
    // does not apply to) on another week, against the run above as the app role (every policy evaluated).
    bare = spawn("npx", ["tsx", "tests/bench/bare-server.ts"], {
      env: { ...process.env, BARE_PORT: String(BARE_PORT), APP_DATABASE_URL: ownerUrl, BENCH_TENANT: tenantId, DB_POOL_SIZE: process.env.DB_POOL_SIZE ?? "20" },
      stdio: ["ignore", "pipe", "inherit"],
      detached: true,
    });
    await new Promise<void>((resolve, reject) => {
      bare!.stdout!.on("data", (c: Buffer) => c.toString().includes("bare server") && resolve());
      bare!.on("exit", (code) => reject(new Error(`bare server exited (${code})`)));
    });
    await runLoad(warm, CONCURRENCY, viaBare("2030-W07"));
    const noRlsResult = await runLoad(UNITS, CONCURRENCY, viaBare("2030-W13"));

    // The completeness page for the 2,000-unit tenant: 8 weeks (16,000 unit-weeks), server-rendered with the leader's session.
    const page = `${BASE}/reports/completeness?type=weekly_progress&from=2030-W04&to=${bareWeek}`;
    const times: number[] = [];
    for (let k = 0; k < 12; k++) {
      const s = performance.now();
      const res = await fetch(page, { headers: { cookie: leaderCookie, "x-test-now": nowFor("2030-W12") } });
      const html = await res.text();
      if (!res.ok || !html.includes("completeness-rows")) throw new Error(`completeness page failed: ${res.status}`);
      if (k >= 2) times.push(performance.now() - s);
    }
    times.sort((a, b) => a - b);

    const ratio = appResult.perSecond / bareResult.perSecond;
    log(`\n  ${"".padEnd(34)} ${"n".padStart(6)} ${"errors".padStart(6)} ${"subm/s".padStart(9)} ${"p50 ms".padStart(8)} ${"p95 ms".padStart(8)} ${"p99 ms".padStart(8)} ${"max ms".padStart(8)}\n`);
    log(row("full stack (Next.js, session, zod)", appResult));
    log(row("bare node:http + pg, same SQL", bareResult));
    log(row("bare, as owner (no row-level security)", noRlsResult));
    log(`  ratio full stack / bare: ${ratio.toFixed(2)}   (goal ≥ 0.50; ≥ 1,000 subm/s and p99 ≤ 250 ms on 2 cores)\n`);
    log(`  row-level security: bare with RLS / without = ${(bareResult.perSecond / noRlsResult.perSecond).toFixed(2)} of the throughput, p50 ${fmt(bareResult.p50, 1)} vs ${fmt(noRlsResult.p50, 1)} ms\n`);
    log(`  completeness page, ${fmt(UNITS)} units × 8 weeks: median ${fmt(percentile(times, 50), 0)} ms, p95 ${fmt(percentile(times, 95), 0)} ms, max ${fmt(times.at(-1) ?? 0, 0)} ms (${times.length} requests)\n`);
    if (appResult.errors) log(`  full-stack errors: ${JSON.stringify(appResult.statuses)} first: ${appResult.firstError}\n`);
    if (bareResult.errors) log(`  bare errors: ${JSON.stringify(bareResult.statuses)} first: ${bareResult.firstError}\n`);

    // Every submission landed exactly once.
    const db = ownerClient(ownerUrl);
    const counted = await db.reportSubmission.groupBy({ by: ["periodKey"], where: { tenantId }, _count: true });
    const audits = await db.auditLog.count({ where: { tenantId, action: "report.submit" } });
    await db.$disconnect();
    log(`  rows per week: ${counted.map((c) => `${c.periodKey}=${c._count}`).join(", ")}; audit rows: ${fmt(audits)}\n`);
    return { appResult, bareResult, noRlsResult, ratio, completenessMs: percentile(times, 50) };
  } finally {
    stop(bare);
    stop(app);
  }
}
