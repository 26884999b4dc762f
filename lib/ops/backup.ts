// Backups: one tar file holding a consistent pg_dump (custom format, taken with Debian's pg_dump of the server's
// major version), the uploaded files, and a manifest of row counts and checksums per table, checked on restore.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";

export type TableFingerprint = { table: string; rows: number; checksum: string };

function pgBin(name: "pg_dump" | "pg_restore", serverMajor: number) {
  const debian = `/usr/lib/postgresql/${serverMajor}/bin/${name}`;
  const bin = fs.existsSync(debian) ? debian : name;
  const v = spawnSync(bin, ["--version"], { encoding: "utf8" });
  const major = Number(/(\d+)\.\d+/.exec(v.stdout ?? "")?.[1]);
  if (v.status !== 0 || major !== serverMajor) {
    throw new Error(`${name} ${serverMajor} is needed (found ${v.stdout?.trim() || "none"}). Install it: apt-get install -y postgresql-client-${serverMajor}`);
  }
  return bin;
}

async function serverMajor(url: string) {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    const { rows } = await c.query<{ v: string }>("SELECT current_setting('server_version_num') AS v");
    return Math.floor(Number(rows[0].v) / 10000);
  } finally {
    await c.end();
  }
}

/** Row count and an order-independent checksum of every table in public (bar the migrations table). */
export async function fingerprint(url: string): Promise<TableFingerprint[]> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    const { rows: tables } = await c.query<{ t: string }>(
      `SELECT tablename AS t FROM pg_tables WHERE schemaname = 'public' ORDER BY 1`,
    );
    const out: TableFingerprint[] = [];
    for (const { t } of tables) {
      const id = c.escapeIdentifier(t);
      const { rows } = await c.query<{ n: number; sum: string | null }>(
        `SELECT count(*)::int AS n, md5(string_agg(md5(x::text), '' ORDER BY md5(x::text))) AS sum FROM ${id} x`,
      );
      out.push({ table: t, rows: rows[0].n, checksum: rows[0].sum ?? "empty" });
    }
    return out;
  } finally {
    await c.end();
  }
}

function env(url: string) {
  const u = new URL(url);
  return { ...process.env, PGPASSWORD: decodeURIComponent(u.password) };
}

function connArgs(url: string) {
  const u = new URL(url);
  return ["-h", u.hostname, "-p", u.port || "5432", "-U", decodeURIComponent(u.username), "-d", u.pathname.slice(1)];
}

export function backupName(d = new Date()) {
  const p = (n: number) => String(n).padStart(2, "0");
  return `ljfl-backup-${d.getFullYear()}${p(d.getMonth() + 1)}${p(d.getDate())}-${p(d.getHours())}${p(d.getMinutes())}${p(d.getSeconds())}.tar`;
}

export async function createBackup(opts: { ownerUrl: string; storageDir: string; outDir: string }): Promise<string> {
  const major = await serverMajor(opts.ownerUrl);
  const work = fs.mkdtempSync(path.join(os.tmpdir(), "ljfl-backup-"));
  try {
    const dump = spawnSync(pgBin("pg_dump", major), ["-Fc", "--no-owner", "-f", path.join(work, "database.dump"), ...connArgs(opts.ownerUrl)], {
      env: env(opts.ownerUrl),
      encoding: "utf8",
    });
    if (dump.status !== 0) throw new Error(`pg_dump failed: ${dump.stderr}`);
    const manifest = { createdAt: new Date().toISOString(), serverMajor: major, tables: await fingerprint(opts.ownerUrl) };
    fs.writeFileSync(path.join(work, "manifest.json"), JSON.stringify(manifest, null, 2));
    fs.mkdirSync(path.join(work, "uploads"), { recursive: true });
    if (fs.existsSync(opts.storageDir)) fs.cpSync(opts.storageDir, path.join(work, "uploads"), { recursive: true });
    fs.mkdirSync(opts.outDir, { recursive: true });
    const file = path.join(opts.outDir, backupName());
    const tar = spawnSync("tar", ["-cf", file, "-C", work, "database.dump", "manifest.json", "uploads"], { encoding: "utf8" });
    if (tar.status !== 0) throw new Error(`tar failed: ${tar.stderr}`);
    return file;
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}

/**
 * Restore a backup into `targetUrl`, which must be an empty database (a fresh one); then the uploads into
 * `storageDir`. Returns the manifest's fingerprints and the restored database's, which must be equal.
 */
export async function restoreBackup(opts: { file: string; targetUrl: string; storageDir: string }) {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), "ljfl-restore-"));
  try {
    const untar = spawnSync("tar", ["-xf", opts.file, "-C", work], { encoding: "utf8" });
    if (untar.status !== 0) throw new Error(`Not a backup file: ${untar.stderr}`);
    const manifest = JSON.parse(fs.readFileSync(path.join(work, "manifest.json"), "utf8")) as { tables: TableFingerprint[]; serverMajor: number };
    const c = new pg.Client({ connectionString: opts.targetUrl });
    await c.connect();
    const { rows } = await c.query<{ n: number }>(`SELECT count(*)::int AS n FROM pg_tables WHERE schemaname = 'public'`);
    await c.end();
    if (rows[0].n > 0) throw new Error("The target database is not empty: restore only into a fresh database.");
    const major = await serverMajor(opts.targetUrl);
    const restore = spawnSync(pgBin("pg_restore", major), ["--no-owner", "--exit-on-error", "-d", new URL(opts.targetUrl).pathname.slice(1), ...connArgs(opts.targetUrl).slice(0, 6), path.join(work, "database.dump")], {
      env: env(opts.targetUrl),
      encoding: "utf8",
    });
    if (restore.status !== 0) throw new Error(`pg_restore failed: ${restore.stderr}`);
    fs.mkdirSync(opts.storageDir, { recursive: true });
    fs.cpSync(path.join(work, "uploads"), opts.storageDir, { recursive: true });
    const restored = await fingerprint(opts.targetUrl);
    return { expected: manifest.tables, restored };
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}
