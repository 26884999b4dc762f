// Proxy (Next 16's middleware): request ids, the nonce-based CSP, the idle-timeout refresh of the session cookie,
// and redirects of signed-out page views to the sign-in page. It never decides access: every page, action and
// route checks the session and permissions itself (lib/access).
// It does not run for /api/: the JSON routes need no nonce, and the proxy's pass through the framework cost more
// than the rest of a report submission. defineRoute gives them the request id and the session refresh, and
// next.config.ts their security headers.
import { NextResponse, type NextRequest } from "next/server";
import { refreshSessionCookie } from "@/lib/auth/session-refresh";
import { decodeSessionToken } from "@/lib/auth/session-token";
import { SESSION_COOKIES, sessionExpired, type SessionClaims } from "@/lib/auth/session-policy";
import { requestIdFrom } from "@/lib/http/request-id";
import { contentSecurityPolicy, newNonce, securityHeaders } from "@/lib/http/security-headers";

// The API answers 401 in JSON itself (the proxy sees API paths only when they hold a percent-escape, see the matcher).
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
  const requestId = requestIdFrom(req.headers);
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
  await refreshSessionCookie(res, { claims: live ? claims : null, cookieName, secret, background: req.headers.get("x-background") === "1", nowS: now });
  return res;
}

export const config = {
  // API paths only when they hold a percent-escape: a malformed one makes the framework fail before any route
  // handler runs, so the proxy answers it with a 400 (ids never need escaping, so real calls skip the proxy).
  matcher: ["/((?!api/|_next/static|_next/image|favicon.ico).*)", "/api/:rest(.*%.*)"],
};
