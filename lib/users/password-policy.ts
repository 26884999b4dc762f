// Password policy (ASVS 5.0 L2, 等保 2.0 level 3): at least 8 characters (a tenant may ask for more) of at least
// three kinds (lower, upper, digit, symbol), or 12+ of two; not a common or breached password (zxcvbn's list of
// ~49,000 from breaches, and its guessability score); not containing the login name. Reuse of the last five is
// checked by the account code against the stored history.
import { ZxcvbnFactory } from "@zxcvbn-ts/core";
import * as common from "@zxcvbn-ts/language-common";

export type PolicyFailure = "short" | "kinds" | "common" | "containsLogin" | "reused";
export type PolicyResult = { ok: true } | { ok: false; reason: PolicyFailure };

let zxcvbn: ZxcvbnFactory | undefined;
const checker = () => (zxcvbn ??= new ZxcvbnFactory({ dictionary: { ...common.dictionary }, graphs: common.adjacencyGraphs }));

export function checkPasswordPolicy(password: string, ctx: { login?: string; minLength?: number } = {}): PolicyResult {
  if (password.length < Math.max(8, ctx.minLength ?? 8)) return { ok: false, reason: "short" };
  const kinds = [/[a-z]/, /[A-Z]/, /\d/, /[^A-Za-z0-9]/].filter((r) => r.test(password)).length;
  if (kinds < 3 && !(password.length >= 12 && kinds >= 2)) return { ok: false, reason: "kinds" };
  if (ctx.login && ctx.login.length >= 3 && password.toLowerCase().includes(ctx.login.toLowerCase())) {
    return { ok: false, reason: "containsLogin" };
  }
  if (checker().check(password.slice(0, 100)).score < 3) return { ok: false, reason: "common" };
  return { ok: true };
}

/** A temporary password an admin hands over once; it passes the policy. */
export function temporaryPassword(random: (n: number) => Buffer): string {
  const alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789";
  const body = Array.from(random(12), (b) => alphabet[b % alphabet.length]).join("");
  return `${body.slice(0, 4)}-${body.slice(4, 8)}-${body.slice(8)}#9`;
}
