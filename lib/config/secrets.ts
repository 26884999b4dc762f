// Secrets for a local install (embedded database, demo): generated once, kept in .data/secrets.json (git-ignored,
// mode 0600). A deployment with its own DATABASE_URL passes NEXTAUTH_SECRET and friends in the environment instead.
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";

export type LocalSecrets = { pgSuperPassword: string; appDbPassword: string; authSecret: string };

function dataDir() {
  return path.resolve(process.env.DATA_DIR ?? path.join(process.cwd(), ".data"));
}

export function readSecrets(): LocalSecrets {
  const file = path.join(dataDir(), "secrets.json");
  const fresh = (): LocalSecrets => ({
    pgSuperPassword: crypto.randomBytes(18).toString("base64url"),
    appDbPassword: crypto.randomBytes(18).toString("base64url"),
    authSecret: crypto.randomBytes(32).toString("base64url"),
  });
  if (fs.existsSync(file)) {
    return { ...fresh(), ...JSON.parse(fs.readFileSync(file, "utf8")) } as LocalSecrets;
  }
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const secrets = fresh();
  try {
    // "wx" makes two racing first starts agree on one file.
    fs.writeFileSync(file, JSON.stringify(secrets, null, 2), { mode: 0o600, flag: "wx" });
    return secrets;
  } catch {
    return JSON.parse(fs.readFileSync(file, "utf8")) as LocalSecrets;
  }
}
