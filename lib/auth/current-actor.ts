import "server-only";
import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { cache } from "react";
import { env } from "../env";
import { clientIp } from "../http/client-ip";
import { REQUEST_ID_HEADER, validRequestId } from "../http/request-id";
import { localeFromCookie } from "../i18n/locale";
import { loadActor, type ActorLoad } from "./load-actor";
import { decodeSessionToken } from "./session-token";
import { SESSION_COOKIES, sessionExpired, type SessionClaims } from "./session-policy";

export const readClaims = cache(async (): Promise<SessionClaims | null> => {
  const jar = await cookies();
  const raw = SESSION_COOKIES.map((n) => jar.get(n)?.value).find(Boolean);
  if (!raw) return null;
  const token = (await decodeSessionToken(raw, env().NEXTAUTH_SECRET)) as SessionClaims | null;
  if (!token?.uid || sessionExpired(token)) return null;
  return token;
});

/** The request's actor, loaded once per request (React cache). */
export const currentActor = cache(async (): Promise<ActorLoad> => {
  const claims = await readClaims();
  if (!claims) return { status: "anonymous" };
  const h = await headers();
  const jar = await cookies();
  return loadActor(claims, {
    ip: clientIp(h),
    requestId: validRequestId(h.get(REQUEST_ID_HEADER)) ?? undefined,
    locale: localeFromCookie(jar.get("NEXT_LOCALE")?.value),
  });
});

/** For pages: the actor, or off to sign in (or to the password change the account owes). */
export async function requirePageActor() {
  const load = await currentActor();
  if (load.status === "anonymous") redirect("/login");
  if (load.status === "must-change-password") redirect("/change-password");
  if (load.status === "must-enroll-2fa") redirect("/two-factor-setup");
  return load.actor;
}
