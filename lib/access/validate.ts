import { z } from "zod";
import { AppError, fieldErrorsOf } from "./errors";
import type { Actor } from "./actor";

const localeErrors = { "zh-CN": z.locales.zhCN().localeError, en: z.locales.en().localeError };

/** Parse with zod; zod's own messages come in the actor's language, ours are i18n keys. Bad input → 422. */
export async function parseInput<S extends z.ZodType>(schema: S, input: unknown, locale: Actor["locale"] = "zh-CN"): Promise<z.output<S>> {
  const result = await schema.safeParseAsync(input, { error: localeErrors[locale] });
  if (!result.success) throw new AppError("VALIDATION", "errors.validation", {}, fieldErrorsOf(result.error));
  return result.data;
}
