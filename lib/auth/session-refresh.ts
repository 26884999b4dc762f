// The sliding idle timeout: a request that counts as activity moves lastActive forward by re-issuing the session
// cookie (at most once a minute); the absolute limit from sign-in stays. Background polls (the notification bell,
// x-background: 1) do not count. Used by the proxy for pages and by defineRoute for the API, which the proxy skips.
import { encode } from "next-auth/jwt";
import type { NextResponse } from "next/server";
import { ABSOLUTE_S, REFRESH_AFTER_S, type SessionClaims } from "./session-policy";

export async function refreshSessionCookie(
  res: NextResponse | Response,
  opts: { claims: SessionClaims | null; cookieName: string | undefined; secret: string | undefined; background: boolean; nowS?: number },
) {
  const { claims, cookieName, secret, background } = opts;
  const now = opts.nowS ?? Math.floor(Date.now() / 1000);
  if (!claims || background || !cookieName || !secret || now - claims.lastActive < REFRESH_AFTER_S) return;
  const token = await encode({ token: { ...claims, lastActive: now }, secret, maxAge: ABSOLUTE_S });
  const maxAge = Math.max(0, claims.authTime + ABSOLUTE_S - now);
  const secure = cookieName.startsWith("__Secure-");
  if ("cookies" in res) {
    res.cookies.set(cookieName, token, { httpOnly: true, sameSite: "lax", path: "/", secure, maxAge });
  } else {
    try {
      res.headers.append("Set-Cookie", `${cookieName}=${token}; Path=/; Max-Age=${maxAge}; HttpOnly; SameSite=Lax${secure ? "; Secure" : ""}`);
    } catch {
      /* a response with immutable headers: the next request refreshes the session */
    }
  }
}
