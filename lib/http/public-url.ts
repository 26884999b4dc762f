import "server-only";
import type { NextRequest } from "next/server";
import { env } from "../env";

/** The address printed on QR codes: NEXTAUTH_URL when set (behind a proxy), else the request's own origin. */
export function publicUrl(req: NextRequest, path: string): string {
  const base = env().NEXTAUTH_URL ?? req.nextUrl.origin;
  return new URL(path, base).toString();
}
