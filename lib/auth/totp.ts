// TOTP second factor (RFC 6238 through otplib): secrets encrypted at rest with a key derived from the app secret,
// a replay guard (a code's time step is never accepted twice), and one-time recovery codes stored hashed.
import crypto from "node:crypto";
import { generate, generateSecret, generateURI, verify } from "otplib";
import QRCode from "qrcode";
import { env } from "../env";

const key = () => crypto.createHash("sha256").update(`${env().NEXTAUTH_SECRET}:totp-secret`).digest();

export function sealSecret(secret: string): string {
  const iv = crypto.randomBytes(12);
  const cipher = crypto.createCipheriv("aes-256-gcm", key(), iv);
  const body = Buffer.concat([cipher.update(secret, "utf8"), cipher.final()]);
  return [iv, cipher.getAuthTag(), body].map((b) => b.toString("base64url")).join(".");
}

export function openSecret(sealed: string): string {
  const [iv, tag, body] = sealed.split(".").map((p) => Buffer.from(p, "base64url"));
  const decipher = crypto.createDecipheriv("aes-256-gcm", key(), iv);
  decipher.setAuthTag(tag);
  return Buffer.concat([decipher.update(body), decipher.final()]).toString("utf8");
}

export function newTotpSecret() {
  return generateSecret();
}

export async function enrolmentQr(secret: string, label: string) {
  const uri = generateURI({ issuer: "垃圾分类平台", label, secret });
  return { uri, svg: await QRCode.toString(uri, { type: "svg", margin: 1, width: 200 }) };
}

/** A code valid now (±30 s) and newer than the last accepted one; returns its time step. */
export async function checkTotp(secret: string, code: string, lastStep: number | null): Promise<{ ok: true; step: number } | { ok: false }> {
  if (!/^\d{6}$/.test(code)) return { ok: false };
  const r = await verify({ secret, token: code, epochTolerance: 30, ...(lastStep ? { afterTimeStep: lastStep } : {}) }).catch(() => null);
  return r && r.valid ? { ok: true, step: (r as { timeStep: number }).timeStep } : { ok: false };
}

/** For tests and the enrolment check: the code an authenticator shows now. */
export function currentCode(secret: string, epoch?: number) {
  return generate({ secret, ...(epoch ? { epoch } : {}) });
}

export const RECOVERY_CODE = /^[a-z0-9]{4}-[a-z0-9]{4}$/;

export function newRecoveryCodes(n = 10): string[] {
  const alphabet = "abcdefghjkmnpqrstuvwxyz23456789";
  return Array.from({ length: n }, () => {
    const s = Array.from(crypto.randomBytes(8), (b) => alphabet[b % alphabet.length]).join("");
    return `${s.slice(0, 4)}-${s.slice(4)}`;
  });
}

export const hashRecoveryCode = (code: string) => crypto.createHash("sha256").update(code.trim().toLowerCase()).digest("hex");
