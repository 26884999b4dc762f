import "server-only";
import { NextResponse, type NextRequest } from "next/server";
import type { z } from "zod";
import { currentActor } from "../auth/current-actor";
import { requestLog } from "../log";
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
 * error mapping (JSON with a status, never a stack trace).
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
  return async (req: NextRequest, ctx: RouteCtx): Promise<Response> => {
    const requestId = req.headers.get("x-request-id") ?? undefined;
    const t0 = Date.now();
    const res = await handle(req, ctx, requestId);
    // One structured line per API request: what, who answered how, how long (never the body or any personal data).
    requestLog(requestId).info({ method: req.method, path: req.nextUrl.pathname, status: res.status, ms: Date.now() - t0 }, "api");
    return res;
  };

  async function handle(req: NextRequest, ctx: RouteCtx, requestId: string | undefined): Promise<Response> {
    try {
      const load = await currentActor();
      if (load.status === "anonymous") throw new AppError("UNAUTHENTICATED", "errors.unauthenticated");
      if (load.status === "must-change-password") throw new AppError("PASSWORD_CHANGE_REQUIRED", "errors.passwordChangeRequired");
      if (load.status === "must-enroll-2fa") throw new AppError("PASSWORD_CHANGE_REQUIRED", "errors.twoFactorRequired");
      const actor = load.actor;
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
  return async (req: NextRequest): Promise<Response> => {
    const requestId = req.headers.get("x-request-id") ?? undefined;
    try {
      const query = opts.query ? await parseInput(opts.query, Object.fromEntries(req.nextUrl.searchParams.entries())) : undefined;
      const result = await handler({ req, query } as never);
      if (result instanceof Response) return result;
      return NextResponse.json(result ?? { ok: true });
    } catch (e) {
      return errorResponse(e, requestId);
    }
  };
}
