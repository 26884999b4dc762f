import "server-only";
import { redirect } from "next/navigation";
import { cache } from "react";
import { env } from "../env";
import { clientIp } from "../http/client-ip";
import { oncePerRequest, requestCookie, requestHeaders } from "../http/request-scope";
import { REQUEST_ID_HEADER, validRequestId } from "../http/request-id";
import { LOCALE_COOKIE, localeFromCookie } from "../i18n/locale";
import { loadActor, type ActorLoad } from "./load-actor";
import { decodeSessionToken } from "./session-token";
import { SESSION_COOKIES, sessionExpired, type SessionClaims } from "./session-policy";

// Once per request: React's cache for pages and actions, the route's request scope for the API (request-scope.ts).
export const readClaims = cache(
  oncePerRequest("claims", async (): Promise<SessionClaims | null> => {
    let raw: string | undefined;
    for (const name of SESSION_COOKIES) raw ||= await requestCookie(name);
    if (!raw) return null;
    const token = (await decodeSessionToken(raw, env().NEXTAUTH_SECRET)) as SessionClaims | null;
    if (!token?.uid || sessionExpired(token)) return null;
    return token;
  }),
);

/** The request's actor, loaded once per request. */
export const currentActor = cache(
  oncePerRequest("actor", async (): Promise<ActorLoad> => {
    const claims = await readClaims();
    if (!claims) return { status: "anonymous" };
    const h = await requestHeaders();
    return loadActor(claims, {
      ip: clientIp(h),
      requestId: validRequestId(h.get(REQUEST_ID_HEADER)) ?? undefined,
      locale: localeFromCookie(await requestCookie(LOCALE_COOKIE)),
    });
  }),
);

/** For pages: the actor, or off to sign in (or to the password change the account owes). */
export async function requirePageActor() {
  const load = await currentActor();
  if (load.status === "anonymous") redirect("/login");
  if (load.status === "must-change-password") redirect("/change-password");
  if (load.status === "must-enroll-2fa") redirect("/two-factor-setup");
  return load.actor;
}
