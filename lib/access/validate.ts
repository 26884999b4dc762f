import { z } from "zod";
import { AppError, fieldErrorsOf } from "./errors";
import type { Actor } from "./actor";

const localeErrors = { "zh-CN": z.locales.zhCN().localeError, en: z.locales.en().localeError };

/** Paths of strings holding a NUL character, which PostgreSQL text cannot store: refused up front, never a 500. */
function nulPaths(value: unknown, path: string[] = [], out: string[] = [], depth = 0): string[] {
  if (depth > 8 || out.length > 20) return out;
  if (typeof value === "string") {
    if (value.includes("\u0000")) out.push(path.join(".") || "_");
  } else if (Array.isArray(value)) value.forEach((v, i) => nulPaths(v, [...path, String(i)], out, depth + 1));
  else if (value && typeof value === "object" && !(value instanceof Blob) && !(value instanceof Date)) {
    for (const [k, v] of Object.entries(value)) nulPaths(v, [...path, k], out, depth + 1);
  }
  return out;
}

/** Parse with zod; zod's own messages come in the actor's language, ours are i18n keys. Bad input → 422. */
export async function parseInput<S extends z.ZodType>(schema: S, input: unknown, locale: Actor["locale"] = "zh-CN"): Promise<z.output<S>> {
  const bad = nulPaths(input);
  if (bad.length) throw new AppError("VALIDATION", "errors.validation", {}, Object.fromEntries(bad.map((p) => [p, ["validation.invalidCharacters"]])));
  let result: z.ZodSafeParseResult<z.output<S>>;
  try {
    result = await schema.safeParseAsync(input, { error: localeErrors[locale] });
  } catch (e) {
    // zod 4 measures anything that has a length, even after its type check failed; a `length` that cannot be
    // compared (an object without a prototype) makes it throw instead of answering. Bad input all the same.
    if (e instanceof TypeError) throw new AppError("VALIDATION", "errors.validation");
    throw e;
  }
  if (!result.success) throw new AppError("VALIDATION", "errors.validation", {}, fieldErrorsOf(result.error));
  return result.data;
}
