// A cheap fingerprint of everything two tenants own, to prove a refused call wrote nothing (no partial writes).
// The dashboards' roll-up tables (Dash*) are left out: the refresh job rewrites them every few seconds from the
// records, so they change between two fingerprints without any call; a write to a record still shows in the record.
import pg from "pg";

export class TenantFingerprint {
  private sql = "";
  constructor(private client: pg.Client) {}

  static async open(url: string) {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    const fp = new TenantFingerprint(client);
    const { rows } = await client.query<{ table_name: string }>(
      `SELECT table_name FROM information_schema.columns WHERE table_schema = 'public' AND column_name = 'tenantId' AND table_name NOT LIKE 'Dash%' ORDER BY 1`,
    );
    fp.sql = rows
      .map((r) => `SELECT '${r.table_name}' AS t, md5(coalesce(string_agg(md5(x::text), '' ORDER BY md5(x::text)), '')) AS h FROM "${r.table_name}" x WHERE x."tenantId" = ANY($1)`)
      .join(" UNION ALL ");
    return fp;
  }

  async take(tenantIds: string[]): Promise<string> {
    const { rows } = await this.client.query<{ t: string; h: string }>(this.sql, [tenantIds]);
    return rows.map((r) => `${r.t}:${r.h}`).join("|");
  }

  close() {
    return this.client.end();
  }
}
