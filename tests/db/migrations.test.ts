import fs from "node:fs";
import pg from "pg";
import { describe, expect, it } from "vitest";
import { diffSchemas, isEmptyMigration } from "../../prisma/tools/schema-engine";
import { applyMigrations } from "../../prisma/tools/migrate";
import { latestSnapshot } from "../../prisma/tools/new-migration";
import { schemaFile } from "../../prisma/tools/paths";
import { scratchDatabase, startTestServer } from "../setup/test-database";

// The schema and the migrations must describe the same database. Two scratch databases: one built by the
// migrations, one by the schema alone (the engine's own SQL); their catalogues are compared object by object.
// Hand-written extras in migrations (policies, functions, x_* indexes, comments) are not part of the comparison.


async function catalogue(url: string) {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    const columns = await c.query(`
      SELECT table_name, column_name, data_type, udt_name, is_nullable, column_default, character_maximum_length, numeric_precision, datetime_precision
      FROM information_schema.columns WHERE table_schema = 'public' AND table_name <> '_prisma_migrations'
      ORDER BY table_name, column_name`);
    const indexes = await c.query(`
      SELECT tablename, indexname, indexdef FROM pg_indexes
      WHERE schemaname = 'public' AND tablename <> '_prisma_migrations' AND indexname NOT LIKE 'x\\_%'
      ORDER BY tablename, indexname`);
    const constraints = await c.query(`
      SELECT cl.relname AS table, co.conname, pg_get_constraintdef(co.oid) AS def
      FROM pg_constraint co JOIN pg_class cl ON cl.oid = co.conrelid JOIN pg_namespace n ON n.oid = cl.relnamespace
      WHERE n.nspname = 'public' AND cl.relname <> '_prisma_migrations' AND co.conname NOT LIKE 'x\\_%'
      ORDER BY 1, 2`);
    const enums = await c.query(`
      SELECT t.typname, array_agg(e.enumlabel ORDER BY e.enumsortorder) AS labels
      FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid GROUP BY t.typname ORDER BY 1`);
    return { columns: columns.rows, indexes: indexes.rows, constraints: constraints.rows, enums: enums.rows };
  } finally {
    await c.end();
  }
}

describe("migrations", () => {
  it("contain every change of prisma/schema.prisma (no drift)", async () => {
    const schema = fs.readFileSync(schemaFile, "utf8");
    const fromMigrations = await scratchDatabase("ljfl_drift_migrations");
    await applyMigrations(fromMigrations);
    const fromSchema = await scratchDatabase("ljfl_drift_schema");
    const sql = await diffSchemas(null, schema, fromSchema);
    const c = new pg.Client({ connectionString: fromSchema });
    await c.connect();
    await c.query(sql);
    await c.end();
    const [a, b] = await Promise.all([catalogue(fromMigrations), catalogue(fromSchema)]);
    expect(a.enums).toEqual(b.enums);
    expect(a.columns).toEqual(b.columns);
    expect(a.indexes).toEqual(b.indexes);
    expect(a.constraints).toEqual(b.constraints);
  });

  it("start the next migration from a snapshot equal to the schema", async () => {
    const server = await startTestServer();
    const pending = await diffSchemas(latestSnapshot(), fs.readFileSync(schemaFile, "utf8"), server.ownerUrl("postgres"));
    expect(isEmptyMigration(pending), `pending changes:\n${pending}`).toBe(true);
  });
});
