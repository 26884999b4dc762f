import "server-only";
import crypto from "node:crypto";

/** An unguessable token for a public page (pledge signing, check-in): 24 random bytes, 32 URL-safe characters. */
export function newToken(): string {
  return crypto.randomBytes(24).toString("base64url");
}

export const TOKEN_PATTERN = /^[A-Za-z0-9_-]{32}$/;
