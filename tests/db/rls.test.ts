import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestTenant } from "../factories/tenant";

// The second wall, checked from the app role's own connection, with no help from the data layer.
let app: pg.Client;
let ownerConn: pg.Client;

beforeAll(async () => {
  app = new pg.Client({ connectionString: process.env.APP_DATABASE_URL });
  ownerConn = new pg.Client({ connectionString: process.env.TEST_OWNER_URL });
  await Promise.all([app.connect(), ownerConn.connect()]);
});
afterAll(async () => {
  await Promise.all([app.end(), ownerConn.end()]);
});

async function tenantTables(): Promise<string[]> {
  const { rows } = await ownerConn.query<{ table_name: string }>(
    `SELECT table_name FROM information_schema.columns WHERE table_schema = 'public' AND column_name = 'tenantId' ORDER BY 1`,
  );
  return rows.map((r) => r.table_name);
}

describe("row-level security", () => {
  it("is enabled and forced, with a tenant policy, on every table that has a tenantId column", async () => {
    const tables = await tenantTables();
    expect(tables.length).toBeGreaterThanOrEqual(10);
    const { rows } = await ownerConn.query<{ relname: string; relrowsecurity: boolean; relforcerowsecurity: boolean; policies: number }>(
      `SELECT c.relname, c.relrowsecurity, c.relforcerowsecurity, (SELECT count(*)::int FROM pg_policy p WHERE p.polrelid = c.oid) AS policies
       FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = 'public' AND c.relname = ANY($1)`,
      [tables],
    );
    for (const r of rows) {
      expect(r, r.relname).toMatchObject({ relrowsecurity: true, relforcerowsecurity: true });
      expect(r.policies, r.relname).toBeGreaterThan(0);
    }
  });

  it("shows nothing to a query that forgets the tenant setting, and only its own tenant to one that sets it", async () => {
    const t = await createTestTenant();
    const other = await createTestTenant();
    for (const table of await tenantTables()) {
      const { rows } = await app.query(`SELECT count(*)::int AS n FROM "${table}"`);
      expect(rows[0].n, table).toBe(0);
    }
    await app.query("BEGIN");
    await app.query("SELECT set_config('app.tenant_id', $1, true)", [t.tenantId]);
    const people = await app.query<{ tenantId: string }>(`SELECT "tenantId" FROM "Person"`);
    expect(people.rows.length).toBeGreaterThan(0);
    expect(new Set(people.rows.map((r) => r.tenantId))).toEqual(new Set([t.tenantId]));
    // Writing a row for another tenant is refused by the policy's WITH CHECK.
    await expect(
      app.query(`UPDATE "Person" SET "tenantId" = $1 WHERE "tenantId" = $2`, [other.tenantId, t.tenantId]),
    ).rejects.toThrow(/row-level security/);
    await app.query("ROLLBACK");
    // The setting was transaction-local: gone after the transaction.
    const after = await app.query(`SELECT count(*)::int AS n FROM "Person"`);
    expect(after.rows[0].n).toBe(0);
  });

  it("denies the app role DDL, changes to the audit log, and becoming the owner", async () => {
    const t = await createTestTenant();
    await expect(app.query(`ALTER TABLE "Person" ADD COLUMN x int`)).rejects.toThrow(/must be owner/);
    await expect(app.query(`DROP TABLE "AuditLog"`)).rejects.toThrow(/must be owner/);
    await app.query("BEGIN");
    await app.query("SELECT set_config('app.tenant_id', $1, true)", [t.tenantId]);
    await expect(app.query(`DELETE FROM "AuditLog"`)).rejects.toThrow(/permission denied/);
    await app.query("ROLLBACK");
    await app.query("BEGIN");
    await expect(app.query(`UPDATE "AuditLog" SET action = 'x'`)).rejects.toThrow(/permission denied/);
    await app.query("ROLLBACK");
    await expect(app.query(`TRUNCATE "AuditLog"`)).rejects.toThrow(/permission denied/);
    await expect(app.query(`SET ROLE postgres`)).rejects.toThrow(/permission denied/);
    await expect(app.query(`SELECT * FROM "_prisma_migrations"`)).rejects.toThrow(/permission denied/);
    const role = await app.query(`SELECT rolsuper, rolbypassrls FROM pg_roles WHERE rolname = current_user`);
    expect(role.rows[0]).toEqual({ rolsuper: false, rolbypassrls: false });
    const owns = await app.query(`SELECT count(*)::int AS n FROM pg_class WHERE relowner = (SELECT oid FROM pg_roles WHERE rolname = current_user)`);
    expect(owns.rows[0].n).toBe(0);
  });

  it("offers sign-in one narrow lookup across tenants, and nothing else", async () => {
    const t = await createTestTenant();
    const { rows } = await app.query(`SELECT * FROM auth_find_login($1)`, [t.usernames.tenantAdmin]);
    expect(rows).toHaveLength(1);
    expect(Object.keys(rows[0]).sort()).toEqual(["disabled", "id", "mustChangePassword", "passwordHash", "sessionVersion", "tenantId", "totpEnabled"]);
    await expect(app.query(`SELECT ljfl_enable_tenant_rls('"Person"')`)).rejects.toThrow(/permission denied/);
  });
});
