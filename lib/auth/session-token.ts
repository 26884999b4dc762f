// Decoding the session cookie derives the encryption key (HKDF) and decrypts the token on every call, and a
// request decodes it twice (the proxy, then the actor loader). The claims are a pure function of the token, so
// a short-lived, bounded memo of token → claims saves that work; expiry is still checked on the claims at every
// use, and the session itself is still checked against the database (lib/auth/load-actor.ts).
import { decode } from "next-auth/jwt";

type Entry = { claims: Record<string, unknown> | null; at: number };

const MEMO_MS = 60_000;
const MAX = 10_000;
const g = globalThis as unknown as { __ljflSessionTokens?: Map<string, Entry> };

export async function decodeSessionToken(token: string, secret: string): Promise<Record<string, unknown> | null> {
  const memo = (g.__ljflSessionTokens ??= new Map());
  const key = `${secret.length}:${secret.slice(0, 8)}:${token}`;
  const hit = memo.get(key);
  if (hit && Date.now() - hit.at < MEMO_MS) return hit.claims;
  const claims = ((await decode({ token, secret }).catch(() => null)) as Record<string, unknown> | null) ?? null;
  if (memo.size >= MAX) memo.clear();
  memo.set(key, { claims, at: Date.now() });
  return claims;
}
