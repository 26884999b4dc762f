// Session lifetimes (OWASP ASVS L2 / 等保 level 3): absolute 8 hours from sign-in, idle 30 minutes.
// Pure, shared by next-auth's callbacks, the proxy (which refreshes lastActive) and the actor loader.
export const ABSOLUTE_S = 8 * 60 * 60;
export const idleSeconds = () => Number(process.env.SESSION_IDLE_MINUTES ?? 30) * 60;
/** The proxy re-issues the cookie at most this often, so a busy page does not rewrite it on every request. */
export const REFRESH_AFTER_S = 60;

export type SessionClaims = { uid: string; tid: string | null; sv: number; authTime: number; lastActive: number; mcp?: boolean };

export function sessionExpired(claims: Pick<SessionClaims, "authTime" | "lastActive">, nowS = Math.floor(Date.now() / 1000)) {
  if (!claims.authTime || !claims.lastActive) return true;
  return nowS - claims.authTime > ABSOLUTE_S || nowS - claims.lastActive > idleSeconds();
}

export const SESSION_COOKIES = ["__Secure-next-auth.session-token", "next-auth.session-token"] as const;
