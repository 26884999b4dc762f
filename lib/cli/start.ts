// The one command that runs the app: npm start (production), npm run demo (plus demo data), npm run dev.
// Without DATABASE_URL it starts the embedded PostgreSQL (data in .data/pg, kept across restarts), applies
// migrations, seeds the demo tenants only into an empty database, builds when the sources changed, and serves.
import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { readSecrets } from "../config/secrets";
import pg from "pg";
import { ensureEmbeddedPostgres, stopEmbeddedPostgres } from "../db/embedded-postgres";

const args = new Set(process.argv.slice(2));
const mode = args.has("--dev") ? "dev" : "start";
const demo = args.has("--demo");
// Tests only: start from an empty database (refused on the default database, which holds real or demo data).
const freshDb = args.has("--fresh-db");
const port = Number(process.env.PORT ?? 3000);
const log = (m: string) => process.stdout.write(m);
const t0 = Date.now();

if (fs.existsSync(".env")) process.loadEnvFile(".env");

function newestMtime(dir: string): number {
  let newest = 0;
  if (!fs.existsSync(dir)) return 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === "node_modules" || entry.name === "generated" || entry.name.startsWith(".")) continue;
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(full) : fs.statSync(full).mtimeMs);
  }
  return newest;
}

function run(cmd: string, argv: string[], env: NodeJS.ProcessEnv = process.env) {
  const r = spawnSync(cmd, argv, { stdio: "inherit", env });
  if (r.status !== 0) throw new Error(`${cmd} ${argv.join(" ")} failed`);
}

function ensureGenerated() {
  const client = path.join("lib", "generated", "prisma", "client.ts");
  if (!fs.existsSync(client) || fs.statSync(client).mtimeMs < fs.statSync(path.join("prisma", "schema.prisma")).mtimeMs) {
    log("Generating the Prisma client …\n");
    run("npm", ["run", "--silent", "db:generate"]);
  }
}

function ensureBuilt(env: NodeJS.ProcessEnv) {
  const buildId = path.join(".next", "BUILD_ID");
  const sources = Math.max(
    ...["app", "components", "lib", "public", "proxy.ts", "next.config.ts", "package-lock.json"].map((p) =>
      fs.existsSync(p) ? (fs.statSync(p).isDirectory() ? newestMtime(p) : fs.statSync(p).mtimeMs) : 0,
    ),
  );
  if (fs.existsSync(buildId) && fs.statSync(buildId).mtimeMs >= sources) return;
  log("Building the app (first start or changed sources) …\n");
  run("npx", ["next", "build"], env);
}

async function dropEmbeddedDatabase() {
  const name = process.env.EMBEDDED_PG_DATABASE;
  if (process.env.DATABASE_URL || !name || name === "ljfl") throw new Error("--fresh-db needs the embedded database and a non-default EMBEDDED_PG_DATABASE");
  const server = await ensureEmbeddedPostgres({ quiet: true });
  const client = new pg.Client({ connectionString: server.ownerUrl("postgres") });
  await client.connect();
  await client.query(`DROP DATABASE IF EXISTS ${client.escapeIdentifier(name)} WITH (FORCE)`);
  await client.end();
}

async function main() {
  ensureGenerated();
  const embedded = !process.env.DATABASE_URL;
  if (!embedded && !process.env.NEXTAUTH_SECRET) {
    throw new Error("NEXTAUTH_SECRET is not set. With your own DATABASE_URL, set NEXTAUTH_SECRET (32+ random characters) too.");
  }
  if (freshDb) await dropEmbeddedDatabase();
  // Imported only now: they load the Prisma client, which a fresh clone has just generated above.
  const { migrateDatabase } = await import("../../prisma/tools/migrate-cli");
  const urls = await migrateDatabase();
  if (demo) {
    const { seedIfEmpty } = await import("../../prisma/seed/cli");
    await seedIfEmpty(urls.ownerUrl, log);
  }
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    APP_DATABASE_URL: urls.appUrl,
    NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET ?? readSecrets().authSecret,
    NEXTAUTH_URL: process.env.NEXTAUTH_URL ?? `http://localhost:${port}`,
    PORT: String(port),
  };
  // The app itself only ever holds the app role's URL.
  delete env.DATABASE_URL;
  if (mode === "start") ensureBuilt({ ...env, NODE_ENV: "production" });
  // Run by this Node (not through npx), so that stopping this launcher stops the server itself: in production our
  // server (Next's handler plus the fast lane, lib/cli/server.mjs), in development Next's own bin.
  const nextBin = path.join("node_modules", "next", "dist", "bin", "next");
  const serverScript = path.join("lib", "cli", "server.mjs");
  // WEB_CONCURRENCY > 1 (production): that many server processes on the port (lib/cli/cluster.mjs).
  const processes = mode === "start" ? Math.max(1, Math.min(64, Number(process.env.WEB_CONCURRENCY ?? 1) || 1)) : 1;
  const argv =
    mode === "dev"
      ? [nextBin, "dev", "-p", String(port)]
      : processes > 1
        ? [path.join("lib", "cli", "cluster.mjs"), serverScript, String(port), String(processes)]
        : [serverScript, String(port)];
  // A larger young generation for the server: a request allocates a lot that dies young, and fewer, larger
  // scavenges cost less in all (measured on the report benchmark). Kept if NODE_OPTIONS already says otherwise.
  const serverEnv = { ...env };
  if (mode === "start" && !/max-semi-space-size/.test(env.NODE_OPTIONS ?? "")) serverEnv.NODE_OPTIONS = `${env.NODE_OPTIONS ?? ""} --max-semi-space-size=64`.trim();
  const child = spawn(process.execPath, argv, { stdio: ["inherit", "pipe", "inherit"], env: serverEnv });
  // Our stdout may close first (the terminal or the parent went away): the database must still be stopped.
  process.stdout.on("error", () => {});
  let announced = false;
  child.stdout!.on("data", (chunk: Buffer) => {
    process.stdout.write(chunk);
    if (!announced && /Ready in/.test(chunk.toString())) {
      announced = true;
      log(`\nServing on http://localhost:${port} (${((Date.now() - t0) / 1000).toFixed(1)} s after the command started)\n`);
    }
  });
  const stop = () => {
    child.kill("SIGTERM");
  };
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
  child.on("exit", (code) => {
    if (embedded && process.env.KEEP_DB !== "1") stopEmbeddedPostgres();
    process.exit(code ?? 0);
  });
}

main().catch((e) => {
  console.error(`\n${e.message ?? e}`);
  process.exit(1);
});
