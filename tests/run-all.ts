// npm test: every tier, in order, stopping at the first failure.
//   1. the system packages the browser and backup tests need (installed when run as root, else named)
//   2. type check and lint   3. vitest: unit + database (real embedded PostgreSQL)   4. Playwright in Chromium
import { spawnSync } from "node:child_process";
import fs from "node:fs";

const isRoot = process.getuid?.() === 0;

function has(cmd: string) {
  return spawnSync("sh", ["-c", `command -v ${cmd}`]).status === 0;
}

function fontsPresent() {
  return spawnSync("sh", ["-c", "fc-list :lang=zh | grep -qi noto"]).status === 0;
}

function step(title: string, cmd: string, args: string[], env: Record<string, string> = {}) {
  const t0 = Date.now();
  console.log(`\n▶ ${title}`);
  const r = spawnSync(cmd, args, { stdio: "inherit", env: { ...process.env, ...env } });
  const s = ((Date.now() - t0) / 1000).toFixed(0);
  if (r.status !== 0) {
    console.error(`✖ ${title} failed (${s} s)`);
    process.exit(r.status ?? 1);
  }
  console.log(`✔ ${title} (${s} s)`);
}

function ensureSystemPackages() {
  const missing: string[] = [];
  if (!fs.existsSync(process.env.CHROMIUM_PATH ?? "/usr/bin/chromium")) missing.push("chromium");
  if (!fontsPresent()) missing.push("fonts-noto-cjk");
  if (!has("pg_dump") || !/\b15\./.test(spawnSync("pg_dump", ["--version"], { encoding: "utf8" }).stdout ?? "")) missing.push("postgresql-client-15");
  if (!missing.length) return;
  if (!isRoot) {
    console.error(`Missing system packages: ${missing.join(" ")}\nInstall them with: sudo apt-get install -y ${missing.join(" ")}`);
    process.exit(1);
  }
  const env = { DEBIAN_FRONTEND: "noninteractive" };
  let r = spawnSync("apt-get", ["install", "-y", "-q", ...missing], { stdio: "inherit", env: { ...process.env, ...env } });
  if (r.status !== 0) {
    spawnSync("apt-get", ["update", "-q"], { stdio: "inherit", env: { ...process.env, ...env } });
    r = spawnSync("apt-get", ["install", "-y", "-q", ...missing], { stdio: "inherit", env: { ...process.env, ...env } });
  }
  if (r.status !== 0) {
    console.error(`Could not install ${missing.join(" ")}`);
    process.exit(1);
  }
}

const t0 = Date.now();
ensureSystemPackages();
step("Prisma client", "npm", ["run", "--silent", "db:generate"]);
step("Type check", "npx", ["tsc", "--noEmit", "-p", "."]);
step("Lint (includes: no database access outside lib/)", "npx", ["eslint", "."]);
step("Unit and database tests (vitest)", "npx", ["vitest", "run"]);
step("Browser tests (Playwright, Chromium)", "npx", ["playwright", "test"]);
console.log(`\nAll test tiers passed in ${((Date.now() - t0) / 1000 / 60).toFixed(1)} min.`);
