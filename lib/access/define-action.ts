import "server-only";
import type { z } from "zod";
import { currentActor } from "../auth/current-actor";
import { requestLog } from "../log";
import type { Actor } from "./actor";
import { can } from "./actor";
import { AppError, toAppError, type ErrorCode, type FieldErrors } from "./errors";
import { formDataToObject } from "./form-data";
import type { Permission } from "./permissions";
import { translateError } from "./translate-error";
import { parseInput } from "./validate";

export type ActionResult<T = unknown> =
  | { ok: true; data: T }
  | { ok: false; code: ErrorCode; error: string; fieldErrors?: FieldErrors };

type Options<S extends z.ZodType> = {
  /** Held anywhere in the actor's roles; the data layer narrows it to rows in scope. null: any signed-in user. */
  permission: Permission | null;
  input: S;
  /** The actions a user who owes a password change (or a second-factor enrolment) may still call. */
  allowPendingPasswordChange?: boolean;
  allowPendingTwoFactor?: boolean;
};

/**
 * Every server action goes through here: session → actor → permission → zod input → handler → error mapping.
 * The returned function takes a plain object or FormData and never throws to the client.
 */
export function defineAction<S extends z.ZodType, R>(
  opts: Options<S>,
  handler: (args: { actor: Actor; input: z.output<S> }) => Promise<R>,
): (input: z.input<S> | FormData) => Promise<ActionResult<R>> {
  return async (raw) => {
    let actor: Actor | undefined;
    try {
      const load = await currentActor();
      if (load.status === "anonymous") throw new AppError("UNAUTHENTICATED", "errors.unauthenticated");
      if (load.status === "must-change-password" && !opts.allowPendingPasswordChange) {
        throw new AppError("PASSWORD_CHANGE_REQUIRED", "errors.passwordChangeRequired");
      }
      if (load.status === "must-enroll-2fa" && !opts.allowPendingTwoFactor) {
        throw new AppError("PASSWORD_CHANGE_REQUIRED", "errors.twoFactorRequired");
      }
      actor = load.actor;
      if (opts.permission && !can(actor, opts.permission)) throw new AppError("FORBIDDEN", "errors.forbidden");
      const input = await parseInput(opts.input, raw instanceof FormData ? formDataToObject(raw) : raw, actor.locale);
      return { ok: true, data: await handler({ actor, input }) };
    } catch (e) {
      const err = toAppError(e);
      if (err.code === "INTERNAL") requestLog(actor?.requestId).error({ err: e }, "server action failed");
      const { message, fieldErrors } = await translateError(err);
      return { ok: false, code: err.code, error: message, fieldErrors };
    }
  };
}

/** Actions anyone may call (language switch, public pages): still zod input and error mapping, no session. */
export function definePublicAction<S extends z.ZodType, R>(
  input: S,
  handler: (args: { input: z.output<S> }) => Promise<R>,
): (input: z.input<S> | FormData) => Promise<ActionResult<R>> {
  return async (raw) => {
    try {
      const parsed = await parseInput(input, raw instanceof FormData ? formDataToObject(raw) : raw);
      return { ok: true, data: await handler({ input: parsed }) };
    } catch (e) {
      const err = toAppError(e);
      if (err.code === "INTERNAL") requestLog().error({ err: e }, "public action failed");
      const { message, fieldErrors } = await translateError(err);
      return { ok: false, code: err.code, error: message, fieldErrors };
    }
  };
}
