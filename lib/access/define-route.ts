import "server-only";
import { NextResponse, type NextRequest } from "next/server";
import type { z } from "zod";
import { currentActor, readClaims } from "../auth/current-actor";
import { SESSION_COOKIES } from "../auth/session-policy";
import { refreshSessionCookie } from "../auth/session-refresh";
import { env } from "../env";
import { REQUEST_ID_HEADER, requestIdFrom } from "../http/request-id";
import { runInRequestScope } from "../http/request-scope";
import { log, requestLog } from "../log";
import type { Actor } from "./actor";
import { can } from "./actor";
import { AppError, STATUS, toAppError } from "./errors";
import type { Permission } from "./permissions";
import { translateError } from "./translate-error";
import { parseInput } from "./validate";

const MAX_JSON_BYTES = 1_000_000;

type RouteCtx = { params: Promise<Record<string, string | string[]>> };

type Options<P extends z.ZodType, Q extends z.ZodType, B extends z.ZodType> = {
  permission: Permission | null;
  params?: P;
  query?: Q;
  body?: B;
};

async function readJson(req: NextRequest): Promise<unknown> {
  const length = Number(req.headers.get("content-length") ?? 0);
  if (length > MAX_JSON_BYTES) throw new AppError("PAYLOAD_TOO_LARGE", "errors.tooLarge");
  const text = await req.text();
  if (text.length > MAX_JSON_BYTES) throw new AppError("PAYLOAD_TOO_LARGE", "errors.tooLarge");
  if (!text) return {};
  try {
    return JSON.parse(text);
  } catch {
    throw new AppError("VALIDATION", "errors.badJson");
  }
}

/** The request id on the response (a handler's own Response may have immutable headers: then it goes without). */
function tagRequestId(res: Response, requestId: string) {
  try {
    res.headers.set(REQUEST_ID_HEADER, requestId);
  } catch {
    /* immutable headers */
  }
}

export async function errorResponse(e: unknown, requestId?: string): Promise<NextResponse> {
  const err = toAppError(e);
  if (err.code === "INTERNAL") requestLog(requestId).error({ err: e }, "route failed");
  const { message, fieldErrors } = await translateError(err);
  return NextResponse.json(
    { error: { code: err.code, message, ...(fieldErrors ? { fieldErrors } : {}), ...(requestId ? { requestId } : {}) } },
    { status: STATUS[err.code] },
  );
}

/**
 * Every route handler goes through here: session → actor → permission → zod (params, query, body) → handler →
 * error mapping (JSON with a status, never a stack trace). The proxy does not run for /api/, so the request id
 * (kept when the client sent a valid one) and the sliding session refresh are done here.
 */
export function defineRoute<P extends z.ZodType, Q extends z.ZodType, B extends z.ZodType>(
  opts: Options<P, Q, B>,
  handler: (args: {
    actor: Actor;
    req: NextRequest;
    params: z.output<P>;
    query: z.output<Q>;
    body: z.output<B>;
  }) => Promise<unknown>,
) {
  // Inside the request's own scope (lib/http/request-scope.ts): the handler needs nothing of Next's request context.
  return (req: NextRequest, ctx: RouteCtx): Promise<Response> => runInRequestScope(req, () => answer(req, ctx));

  async function answer(req: NextRequest, ctx: RouteCtx): Promise<Response> {
    const requestId = requestIdFrom(req.headers);
    const t0 = Date.now();
    const res = await handle(req, ctx, requestId);
    tagRequestId(res, requestId);
    const cookieName = SESSION_COOKIES.find((n) => req.cookies.has(n));
    if (cookieName) {
      await refreshSessionCookie(res, { claims: await readClaims(), cookieName, secret: env().NEXTAUTH_SECRET, background: req.headers.get("x-background") === "1" });
    }
    // One structured line per API request: what, who answered how, how long (never the body or any personal data).
    if (log.isLevelEnabled("info")) requestLog(requestId).info({ method: req.method, path: req.nextUrl.pathname, status: res.status, ms: Date.now() - t0 }, "api");
    return res;
  }

  async function handle(req: NextRequest, ctx: RouteCtx, requestId: string): Promise<Response> {
    try {
      const load = await currentActor();
      if (load.status === "anonymous") throw new AppError("UNAUTHENTICATED", "errors.unauthenticated");
      if (load.status === "must-change-password") throw new AppError("PASSWORD_CHANGE_REQUIRED", "errors.passwordChangeRequired");
      if (load.status === "must-enroll-2fa") throw new AppError("PASSWORD_CHANGE_REQUIRED", "errors.twoFactorRequired");
      // The audit rows of this request carry the id its response and log line carry.
      const actor: Actor = { ...load.actor, requestId };
      if (opts.permission && !can(actor, opts.permission)) throw new AppError("FORBIDDEN", "errors.forbidden");
      const params = opts.params ? await parseInput(opts.params, await ctx.params, actor.locale) : undefined;
      const query = opts.query
        ? await parseInput(opts.query, Object.fromEntries(req.nextUrl.searchParams.entries()), actor.locale)
        : undefined;
      const body = opts.body ? await parseInput(opts.body, await readJson(req), actor.locale) : undefined;
      const result = await handler({ actor, req, params, query, body } as never);
      if (result instanceof Response) return result;
      return NextResponse.json(result ?? { ok: true });
    } catch (e) {
      return errorResponse(e, requestId);
    }
  }
}

/** Routes anyone may call (health, readiness, public pages): query validation and error mapping, no session. */
export function definePublicRoute<Q extends z.ZodType>(
  opts: { query?: Q },
  handler: (args: { req: NextRequest; query: z.output<Q> }) => Promise<unknown>,
) {
  return (req: NextRequest): Promise<Response> => runInRequestScope(req, () => answer(req));

  async function answer(req: NextRequest): Promise<Response> {
    const requestId = requestIdFrom(req.headers);
    const res = await (async () => {
      try {
        const query = opts.query ? await parseInput(opts.query, Object.fromEntries(req.nextUrl.searchParams.entries())) : undefined;
        const result = await handler({ req, query } as never);
        if (result instanceof Response) return result;
        return NextResponse.json(result ?? { ok: true });
      } catch (e) {
        return errorResponse(e, requestId);
      }
    })();
    tagRequestId(res, requestId);
    return res;
  }
}
