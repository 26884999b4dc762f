// The benchmark's district: 1,000,000 people over 20,000 nodes (district → 20 streets → 400 communities → 19,579
// party branches) with about 10,000,000 records of the last twelve months — weekly reports, duty, points and
// time-bank entries, activity check-ins — written with set-based SQL (generate_series) as the owner, triggers off.
// BENCH_SCALE shrinks everything proportionally (0.05 for a quick try).
import { hash } from "@node-rs/argon2";
import pg from "pg";

export const SCALE = Number(process.env.BENCH_SCALE ?? 1);
const n = (x: number) => Math.max(1, Math.round(x * SCALE));

export const SIZES = {
  streets: Math.max(2, Math.round(20 * Math.sqrt(SCALE))),
  communities: n(400),
  leaves: n(19_579),
  people: n(1_000_000),
  duty: n(4_000_000),
  accounts: n(500_000),
  entries: n(2_500_000),
  activities: n(235_000),
  participants: n(2_500_000),
};

export type BenchWorld = {
  tenantId: string;
  rootId: string;
  midId: string;
  password: string;
  leader: string;
  sampleLeafId: string;
  samplePersonId: string;
  binPointId: string;
  adminId: string;
  counts: Record<string, number>;
};

export async function generate(ownerUrl: string, log: (m: string) => void): Promise<BenchWorld> {
  const c = new pg.Client({ connectionString: ownerUrl });
  await c.connect();
  const tag = Math.random().toString(36).slice(2, 8);
  const t = `tb${tag}`;
  const password = "bench-Pass-123!";
  const passwordHash = await hash(password, { algorithm: 2, memoryCost: 1024, timeCost: 1, parallelism: 1 });
  const S = SIZES;
  const step = async (label: string, sql: string, params: unknown[] = []) => {
    const t0 = Date.now();
    const r = await c.query(sql, params);
    log(`    ${label.padEnd(34)} ${String(r.rowCount ?? "").padStart(10)} rows ${((Date.now() - t0) / 1000).toFixed(1).padStart(7)} s\n`);
    return r.rowCount ?? 0;
  };
  const counts: Record<string, number> = {};
  // Big loads go faster without the secondary indexes: drop them (not the unique ones, which keys and foreign keys
  // rest on; ids are zero-padded so those grow in order), load, build them again from their saved definitions.
  const bulk = async (table: string, load: () => Promise<number>) => {
    const { rows } = await c.query<{ indexname: string; indexdef: string }>(
      `SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = 'public' AND tablename = $1
       AND indexdef NOT LIKE 'CREATE UNIQUE%'`,
      [table],
    );
    for (const r of rows) await c.query(`DROP INDEX ${c.escapeIdentifier(r.indexname)}`);
    const n = await load();
    const t0 = Date.now();
    for (const r of rows) await c.query(r.indexdef);
    log(`    ${`  ${table}: ${rows.length} indexes rebuilt`.padEnd(34)} ${"".padStart(10)}      ${((Date.now() - t0) / 1000).toFixed(1).padStart(7)} s\n`);
    return n;
  };
  const base = new Date();
  try {
    // Triggers (and foreign-key checks) off for the bulk load: the roll-up is built afterwards with the full rebuild.
    await c.query(`SET session_replication_role = replica; SET synchronous_commit = off; SET work_mem = '256MB'; SET maintenance_work_mem = '1GB'`);
    await c.query(`INSERT INTO "Tenant" (id, code, name, "updatedAt") VALUES ($1, $2, '基准测试区', now())`, [t, `bench-${tag}`]);
    await c.query(
      `INSERT INTO "OrgKind" (id, "tenantId", code, name, "parentCodes", "allowRoot", "isUnit", "sortOrder") VALUES
       ($1 || 'k0', $1, 'district', '区', '{}', true, true, 0),
       ($1 || 'k1', $1, 'street', '街道', '{district}', false, true, 1),
       ($1 || 'k2', $1, 'community', '社区', '{street}', false, true, 2),
       ($1 || 'k3', $1, 'party_branch', '党支部', '{community}', false, true, 3)`,
      [t],
    );
    const root = `${t}n0`;
    counts.nodes = await step(
      "nodes",
      `INSERT INTO "OrgNode" (id, "tenantId", "kindId", name, "parentId", path, depth, "sortOrder", "updatedAt")
       SELECT $1 || 'n0', $1, $1 || 'k0', '基准测试区', NULL, '/' || $1 || 'n0/', 0, 0, now()
       UNION ALL
       SELECT $1 || 's' || s, $1, $1 || 'k1', '第' || s || '街道', $1 || 'n0', '/' || $1 || 'n0/' || $1 || 's' || s || '/', 1, s, now()
       FROM generate_series(1, $2::int) s
       UNION ALL
       SELECT $1 || 'c' || c, $1, $1 || 'k2', '第' || c || '社区', $1 || 's' || ((c - 1) % $2 + 1),
         '/' || $1 || 'n0/' || $1 || 's' || ((c - 1) % $2 + 1) || '/' || $1 || 'c' || c || '/', 2, c, now()
       FROM generate_series(1, $3::int) c
       UNION ALL
       SELECT $1 || 'l' || l, $1, $1 || 'k3', '第' || l || '党支部', $1 || 'c' || ((l - 1) % $3 + 1),
         '/' || $1 || 'n0/' || $1 || 's' || (((l - 1) % $3) % $2 + 1) || '/' || $1 || 'c' || ((l - 1) % $3 + 1) || '/' || $1 || 'l' || l || '/', 3, l, now()
       FROM generate_series(1, $4::int) l`,
      [t, S.streets, S.communities, S.leaves],
    );
    const admin = `${t}u1`;
    const leader = `bench-leader-${tag}`;
    await c.query(
      `INSERT INTO "User" (id, "tenantId", username, "displayName", "passwordHash", "updatedAt") VALUES
       ($1 || 'u1', $1, $2, '区管理员', $4, now()), ($1 || 'u2', $1, $3, '区领导', $4, now())`,
      [t, `bench-admin-${tag}`, leader, passwordHash],
    );
    await c.query(
      `INSERT INTO "RoleAssignment" (id, "tenantId", "userId", "nodeId", role) VALUES
       ($1 || 'r1', $1, $1 || 'u1', $2, 'TENANT_ADMIN'), ($1 || 'r2', $1, $1 || 'u2', $2, 'LEADER')`,
      [t, root],
    );
    // People: the roster since two years ago; a third are party members.
    counts.people = await bulk("Person", () =>
      step(
        "people",
      `INSERT INTO "Person" (id, "tenantId", "nodeId", name, "isPartyMember", "createdAt", "updatedAt")
       SELECT $1 || 'p' || lpad(g::text, 7, '0'), $1, $1 || 'l' || ((g - 1) % $3 + 1), '成员' || g, g % 3 = 0, now() - interval '2 years', now()
       FROM generate_series(1, $2::int) g`,
      [t, S.people, S.leaves],
    ),
    );
    await step(
      "bin points",
      `INSERT INTO "BinPoint" (id, "tenantId", "nodeId", name, "qrToken", "updatedAt")
       SELECT $1 || 'b' || l, $1, $1 || 'l' || l, '桶站' || l, $1 || 'q' || l, now() FROM generate_series(1, $2::int) l`,
      [t, S.leaves],
    );
    // The weekly report, filed by every branch; about 90 % of the last 52 weeks filed, 85 % of those on time.
    await c.query(
      `INSERT INTO "ReportType" (id, "tenantId", code, name, cadence, weekday, "dueTime", "periodOffset", fields, "filerKindCodes", "activeFrom", "updatedAt")
       VALUES ($1 || 'rt', $1, 'weekly_progress', '垃圾分类工作周报', 'WEEKLY', 3, '17:00', 0, '[]', '{party_branch}', now() - interval '365 days', now())`,
      [t],
    );
    counts.reports = await bulk("ReportSubmission", () =>
      step(
        "report submissions",
      `WITH weeks AS (
         SELECT w AS monday, (w + interval '2 days 17 hours') AT TIME ZONE 'Asia/Shanghai' AS deadline
         FROM generate_series(date_trunc('week', (now() - interval '358 days') AT TIME ZONE 'Asia/Shanghai'), (now() - interval '7 days') AT TIME ZONE 'Asia/Shanghai', interval '1 week') w
       )
       INSERT INTO "ReportSubmission" (id, "tenantId", "reportTypeId", "nodeId", "periodKey", status, data, "submittedAt", "firstSubmittedAt", "onTime", "createdAt", "updatedAt")
       SELECT $1 || 's' || l || '_' || to_char(wk.monday, 'IYYYIW'), $1, $1 || 'rt', $1 || 'l' || l, to_char(wk.monday, 'IYYY-"W"IW'), 'SUBMITTED', '{}',
         x.at, x.at, x.at <= wk.deadline, x.at, x.at
       FROM generate_series(1, $2::int) l CROSS JOIN weeks wk
       CROSS JOIN LATERAL (SELECT wk.deadline - interval '30 hours' + random() * interval '36 hours' AS at) x
       WHERE random() < 0.9`,
      [t, S.leaves],
    ),
    );
    // The no-overlap exclusion constraint is a GiST index checked row by row (and slow to build: about six minutes
    // for 4,000,000 rows on 2 cores); this throwaway database goes without it. The shifts generated never overlap.
    await c.query(`ALTER TABLE "DutyRecord" DROP CONSTRAINT "x_DutyRecord_no_overlap"`);
    counts.duty = await bulk("DutyRecord", () =>
      step(
        "duty records",
      `INSERT INTO "DutyRecord" (id, "tenantId", "personId", "binPointId", "startAt", "endAt", minutes, source, status, "recordedById", "createdAt")
       SELECT $1 || 'd' || lpad(g::text, 8, '0'), $1, $1 || 'p' || lpad(p::text, 7, '0'), $1 || 'b' || ((p - 1) % $4 + 1), x.s, x.s + make_interval(mins => x.m), x.m, 'RECORDED',
         CASE WHEN g % 10 = 0 THEN 'PENDING' ELSE 'VERIFIED' END::"DutyStatus", $1 || 'u1', x.s
       FROM generate_series(1, $2::int) g
       CROSS JOIN LATERAL (SELECT ((g::bigint * 7919) % $3) + 1 AS p) pp(p)
       -- A person's records (g, g + P, g + 2P, g + 3P) fall in different quarters: shifts never overlap.
       CROSS JOIN LATERAL (SELECT now() - make_interval(days => (((g - 1) / $3) * 90 + g % 89)::int, mins => (g % 1200)::int) AS s,
                                  30 + (g % 151)::int AS m) x`,
      [t, S.duty, S.people, S.leaves],
    ),
    );
    await step(
      "points accounts",
      `INSERT INTO "PointsAccount" (id, "tenantId", "personId") SELECT $1 || 'a' || lpad(g::text, 7, '0'), $1, $1 || 'p' || lpad((2 * g)::text, 7, '0') FROM generate_series(1, $2::int) g`,
      [t, S.accounts],
    );
    counts.ledger = await bulk("LedgerEntry", () =>
      step(
        "points and time-bank entries",
      `INSERT INTO "LedgerEntry" (id, "tenantId", "accountId", currency, amount, kind, "sourceType", "sourceId", "createdAt")
       SELECT $1 || 'e' || lpad(g::text, 8, '0'), $1, $1 || 'a' || lpad(((g::bigint * 104729) % $3 + 1)::text, 7, '0'),
         CASE WHEN g % 5 = 0 THEN 'MINUTES' ELSE 'POINTS' END::"Currency",
         CASE WHEN g % 5 = 0 THEN 60 WHEN g % 7 = 0 THEN -20 ELSE 5 END,
         CASE WHEN g % 5 = 0 THEN 'DEPOSIT' WHEN g % 7 = 0 THEN 'EXCHANGE' ELSE 'AWARD' END::"LedgerKind",
         'Bench', lpad(g::text, 8, '0'), now() - random() * interval '360 days'
       FROM generate_series(1, $2::int) g`,
      [t, S.entries, S.accounts],
    ),
    );
    await step(
      "activities",
      `INSERT INTO "Activity" (id, "tenantId", "nodeId", kind, title, "startsAt", "endsAt", status, "checkinToken", "photoIds", "createdById", "updatedAt")
       SELECT $1 || 'v' || lpad(g::text, 7, '0'), $1, $1 || 'l' || ((g - 1) % $3 + 1), 'TRAINING', '主题活动', x.s, x.s + interval '2 hours', 'HELD', $1 || 'k' || g, '{}', $1 || 'u1', now()
       FROM generate_series(1, $2::int) g CROSS JOIN LATERAL (SELECT $4::timestamptz - make_interval(days => (g % 360)::int, mins => (g % 600)::int) AS s) x`,
      [t, S.activities, S.leaves, base],
    );
    counts.checkins = await bulk("ActivityParticipant", () =>
      step(
        "activity check-ins",
      `INSERT INTO "ActivityParticipant" (id, "tenantId", "activityId", "personId", source, "registeredAt", "checkedInAt")
       SELECT $1 || 'ap' || lpad(g::text, 8, '0'), $1, $1 || 'v' || lpad(a::text, 7, '0'), $1 || 'p' || lpad((((a - 1) % $4 + 1) + $4 * (((g - 1) / $3) % 49))::text, 7, '0'), 'ROSTER', now(),
         -- Checked in when the activity started (its start as the activities step computed it); one in ten never came.
         CASE WHEN g % 10 = 0 THEN NULL ELSE $6::timestamptz - make_interval(days => (a % 360)::int, mins => (a % 600)::int) END
       FROM generate_series(1, $2::int) g CROSS JOIN LATERAL (SELECT (g - 1) % $3 + 1 AS a) aa
       WHERE ((a - 1) % $4 + 1) + $4 * (((g - 1) / $3) % 49) <= $5`,
      [t, S.participants, S.activities, S.leaves, S.people, base],
    ),
    );
    const t0 = Date.now();
    await c.query(`SET session_replication_role = origin`);
    await c.query(`ANALYZE "OrgNode"; ANALYZE "Person"; ANALYZE "ReportSubmission"; ANALYZE "DutyRecord"; ANALYZE "LedgerEntry"; ANALYZE "PointsAccount"; ANALYZE "Activity"; ANALYZE "ActivityParticipant"; ANALYZE "BinPoint"`);
    log(`    ${"analyze".padEnd(34)} ${"".padStart(10)}      ${((Date.now() - t0) / 1000).toFixed(1).padStart(7)} s\n`);
    const mid = `${t}s1`;
    const sampleLeaf = `${t}l1`;
    return { tenantId: t, rootId: root, midId: mid, password, leader, sampleLeafId: sampleLeaf, samplePersonId: `${t}p${String(1 + S.leaves * 3).padStart(7, "0")}`, binPointId: `${t}b1`, adminId: admin, counts };
  } finally {
    await c.end();
  }
}
