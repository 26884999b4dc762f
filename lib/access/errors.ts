// One error type for everything the user may be told, and one mapper to HTTP and to form state.
// Messages are i18n keys (errors.*) with parameters; the boundary translates them.
import { ZodError } from "zod";

export type ErrorCode =
  | "UNAUTHENTICATED"
  | "FORBIDDEN"
  | "NOT_FOUND"
  | "VALIDATION"
  | "CONFLICT"
  | "RATE_LIMITED"
  | "PASSWORD_CHANGE_REQUIRED"
  | "PAYLOAD_TOO_LARGE"
  | "UNSUPPORTED_MEDIA"
  | "INTERNAL";

export const STATUS: Record<ErrorCode, number> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  VALIDATION: 422,
  CONFLICT: 409,
  RATE_LIMITED: 429,
  PASSWORD_CHANGE_REQUIRED: 403,
  PAYLOAD_TOO_LARGE: 413,
  UNSUPPORTED_MEDIA: 415,
  INTERNAL: 500,
};

export type FieldErrors = Record<string, string[]>;

export class AppError extends Error {
  constructor(
    public code: ErrorCode,
    /** An i18n key under errors.*, or a sentence already in the user's language. */
    public messageKey: string,
    public params: Record<string, string | number> = {},
    public fieldErrors?: FieldErrors,
  ) {
    super(messageKey);
    this.name = "AppError";
  }
}

export const notFound = () => new AppError("NOT_FOUND", "errors.notFound");
export const forbidden = () => new AppError("FORBIDDEN", "errors.forbidden");
export const conflict = (key: string, params?: Record<string, string | number>) => new AppError("CONFLICT", key, params);
export const invalid = (key: string, fieldErrors?: FieldErrors, params?: Record<string, string | number>) =>
  new AppError("VALIDATION", key, params, fieldErrors);

export function fieldErrorsOf(error: ZodError): FieldErrors {
  const out: FieldErrors = {};
  for (const issue of error.issues) {
    const key = issue.path.length ? issue.path.join(".") : "_";
    (out[key] ??= []).push(issue.message);
  }
  return out;
}

type PrismaLikeError = { code?: string; meta?: Record<string, unknown>; name?: string };

/** Anything thrown → an AppError. Unknown errors become INTERNAL (logged by the caller, never shown). */
export function toAppError(e: unknown): AppError {
  if (e instanceof AppError) return e;
  if (e instanceof ZodError) return new AppError("VALIDATION", "errors.validation", {}, fieldErrorsOf(e));
  // A malformed percent-encoding in a path or query (decodeURIComponent, the framework decoding route parameters).
  if (e instanceof URIError) return new AppError("VALIDATION", "errors.validation");
  const p = e as PrismaLikeError;
  if (p && typeof p === "object") {
    if (p.code === "P2002") return new AppError("CONFLICT", "errors.duplicate");
    if (p.code === "P2025" || p.code === "P2018") return notFound();
    if (p.code === "P2003") return new AppError("CONFLICT", "errors.inUse");
    if (p.code === "P2034") return new AppError("CONFLICT", "errors.retry");
    // PostgreSQL codes that reach us through raw queries.
    if (p.code === "23505") return new AppError("CONFLICT", "errors.duplicate");
    if (p.code === "23503") return new AppError("CONFLICT", "errors.inUse");
    if (p.code === "40001" || p.code === "40P01") return new AppError("CONFLICT", "errors.retry");
    if (p.code === "22P02" || p.code === "22001" || p.code === "22003" || p.code === "22007" || p.code === "22008")
      return new AppError("VALIDATION", "errors.validation");
  }
  return new AppError("INTERNAL", "errors.internal");
}
