// The baseline of the report benchmark: the same writes as the app's submit path (the same report_write_many() call
// from lib/reports/write-sql.ts: tenant setting, upsert of the submission, revision and audit row in one
// transaction) behind a bare node:http server on a pg pool of the app's size. No framework, no session, no
// validation: what the database work alone costs, to compare the full stack against. BARE_BATCH=1 adds the app's
// group commit (requests arriving together share one call), the same database work as the app's.
import http from "node:http";
import { randomUUID } from "node:crypto";
import pg from "pg";
import { groupCommit, HOT_BATCH_MAX } from "../../lib/db/group-commit";
import { fastId, rowsByItem, WRITE_MANY_SQL, writeItem, writeKey, writeManyValues, type WriteItem, type WriteRow } from "../../lib/reports/write-sql";

const port = Number(process.env.BARE_PORT);
const pool = new pg.Pool({ connectionString: process.env.APP_DATABASE_URL, max: Number(process.env.DB_POOL_SIZE ?? 20) });
const tenantId = process.env.BENCH_TENANT!;
// userId → the path the user's REPORTER role sits on (the app loads this per request; here it is known).
const scopes = new Map<string, string>();
let type: { id: string; code: string; updatedAt: Date; filerKindCodes: string[]; reviewKindCodes: string[] };

async function load() {
  const c = await pool.connect();
  try {
    await c.query("BEGIN");
    await c.query("SELECT set_config('app.tenant_id', $1, true)", [tenantId]);
    const t = await c.query(`SELECT id, code, "updatedAt", "filerKindCodes", "reviewKindCodes" FROM "ReportType" WHERE "tenantId" = $1 AND code = 'weekly_progress'`, [tenantId]);
    type = t.rows[0];
    const r = await c.query(`SELECT r."userId", n.path FROM "RoleAssignment" r JOIN "OrgNode" n ON n.id = r."nodeId" WHERE r."tenantId" = $1 AND r.role = 'REPORTER'`, [tenantId]);
    for (const row of r.rows) scopes.set(row.userId, row.path);
    await c.query("COMMIT");
  } finally {
    c.release();
  }
}

async function submit(userId: string, body: { period: string; nodeId: string; data: Record<string, unknown>; baseVersion: number; idempotencyKey: string }, now: Date) {
  const item = writeItem(
    {
        tenantId,
        typeId: type.id,
        typeCode: type.code,
        typeUpdatedAt: type.updatedAt,
        nodeId: body.nodeId,
        periodKey: body.period,
        data: body.data,
        baseVersion: body.baseVersion,
        now,
        userId,
        onTime: true,
        scopePatterns: [`${scopes.get(userId)}%`],
        filerKindCodes: type.filerKindCodes,
        filerRootPattern: "%",
        reviewKindCodes: type.reviewKindCodes,
        locked: false,
        submissionId: fastId(),
        revisionId: fastId(),
        idempotencyKey: body.idempotencyKey,
        ip: null,
        requestId: randomUUID(),
      },
      "submit",
    );
  if (batched) return batched(item);
  // One request, one call (a batch of one): what a plain server does.
  const res = await pool.query(WRITE_MANY_SQL, writeManyValues(tenantId, [item]));
  return res.rows[0];
}

// BARE_BATCH=1: the writes of requests arriving together share a call, through the app's own group commit with
// the app's limits (lib/db/group-commit.ts): the same database work as the app, without the framework.
const batched =
  process.env.BARE_BATCH === "1"
    ? groupCommit<WriteItem, WriteRow | undefined>({
        group: () => tenantId,
        key: writeKey,
        run: async (items) => rowsByItem((await pool.query(WRITE_MANY_SQL, writeManyValues(tenantId, items))).rows, items.length),
        maxBatch: HOT_BATCH_MAX,
        maxInFlight: Number(process.env.DB_BATCH_CALLS ?? 4),
      })
    : null;

await load();
const server = http.createServer((req, res) => {
  const chunks: Buffer[] = [];
  req.on("data", (c) => chunks.push(c));
  req.on("end", async () => {
    try {
      const body = JSON.parse(Buffer.concat(chunks).toString("utf8"));
      const now = new Date(String(req.headers["x-test-now"] ?? new Date().toISOString()));
      const row = await submit(String(req.headers["x-bench-user"]), body, now);
      res.writeHead(row ? 200 : 409, { "content-type": "application/json" });
      res.end(JSON.stringify(row ?? { error: "conflict" }));
    } catch (e) {
      res.writeHead(500, { "content-type": "application/json" });
      res.end(JSON.stringify({ error: String(e) }));
    }
  });
});
server.listen(port, "127.0.0.1", () => process.stdout.write(`bare server on ${port}\n`));
