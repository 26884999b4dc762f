// Proxy (Next 16's middleware): request ids, the idle-timeout refresh of the session cookie, and redirects of
// signed-out page views to the sign-in page. It never decides access: every page, action and route checks the
// session and permissions itself (lib/access).
import { NextResponse, type NextRequest } from "next/server";
import { encode } from "next-auth/jwt";
import { decodeSessionToken } from "@/lib/auth/session-token";
import { ABSOLUTE_S, REFRESH_AFTER_S, SESSION_COOKIES, sessionExpired, type SessionClaims } from "@/lib/auth/session-policy";
import { contentSecurityPolicy, newNonce, securityHeaders } from "@/lib/http/security-headers";

const PUBLIC_PREFIXES = ["/login", "/api/", "/_next/", "/favicon", "/p/", "/robots.txt"];

function secure(res: NextResponse, requestId: string, csp: string, https: boolean) {
  res.headers.set("x-request-id", requestId);
  res.headers.set("Content-Security-Policy", csp);
  for (const [k, v] of Object.entries(securityHeaders({ https }))) res.headers.set(k, v);
  return res;
}

/** Malformed percent-encoding in the path would make Next fail while decoding route parameters: answer 400. */
function malformedPath(pathname: string) {
  try {
    decodeURIComponent(pathname);
    return false;
  } catch {
    return true;
  }
}

export async function proxy(req: NextRequest) {
  // Ids of our own making only: a client-sent id is kept only if it looks like one (it ends up in logs).
  const sent = req.headers.get("x-request-id");
  const requestId = sent && /^[A-Za-z0-9-]{8,64}$/.test(sent) ? sent : crypto.randomUUID();
  const https = req.nextUrl.protocol === "https:" || req.headers.get("x-forwarded-proto") === "https";
  const nonce = newNonce();
  const csp = contentSecurityPolicy(nonce, { https, dev: process.env.NODE_ENV === "development" });
  if (malformedPath(req.nextUrl.pathname)) {
    const bad = NextResponse.json({ error: { code: "VALIDATION", message: "请求地址格式不正确。", requestId } }, { status: 400 });
    return secure(bad, requestId, csp, https);
  }
  const headers = new Headers(req.headers);
  headers.set("x-request-id", requestId);
  headers.set("x-nonce", nonce);
  headers.set("Content-Security-Policy", csp);

  const secret = process.env.NEXTAUTH_SECRET;
  const cookieName = SESSION_COOKIES.find((n) => req.cookies.has(n));
  const raw = cookieName ? req.cookies.get(cookieName)?.value : undefined;
  const claims = raw && secret ? ((await decodeSessionToken(raw, secret)) as (SessionClaims & Record<string, unknown>) | null) : null;
  const now = Math.floor(Date.now() / 1000);
  const live = !!claims?.uid && !sessionExpired(claims, now);

  const { pathname, search } = req.nextUrl;
  const isPublic = pathname === "/login" || PUBLIC_PREFIXES.some((p) => pathname.startsWith(p));
  if (!live && !isPublic) {
    const url = req.nextUrl.clone();
    url.pathname = "/login";
    url.search = "";
    if (claims?.uid) url.searchParams.set("reason", "expired");
    if (pathname !== "/") url.searchParams.set("callbackUrl", pathname + search);
    const res = NextResponse.redirect(url);
    if (cookieName && claims) res.cookies.delete(cookieName);
    return secure(res, requestId, csp, https);
  }

  const res = secure(NextResponse.next({ request: { headers } }), requestId, csp, https);
  // Sliding idle timeout: activity moves lastActive forward (at most once a minute); the absolute limit stays.
  // Background polls (the notification bell) do not count as activity.
  const background = req.headers.get("x-background") === "1";
  if (live && !background && cookieName && secret && now - claims!.lastActive >= REFRESH_AFTER_S) {
    const token = await encode({ token: { ...claims!, lastActive: now }, secret, maxAge: ABSOLUTE_S });
    res.cookies.set(cookieName, token, {
      httpOnly: true,
      sameSite: "lax",
      path: "/",
      secure: cookieName.startsWith("__Secure-"),
      maxAge: Math.max(0, claims!.authTime + ABSOLUTE_S - now),
    });
  }
  return res;
}

export const config = {
  matcher: ["/((?!_next/static|_next/image|favicon.ico).*)"],
};
