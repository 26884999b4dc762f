import "server-only";
import { requestTranslator } from "../i18n/request-translator";
import type { AppError, FieldErrors } from "./errors";

const KEY = /^[a-z][A-Za-z]*\.[A-Za-z.]+$/;

/** AppError → sentences in the user's language. Field messages may be keys (validation.*) or zod's own text. */
export async function translateError(e: AppError): Promise<{ message: string; fieldErrors?: FieldErrors }> {
  const t = await requestTranslator();
  const tr = (s: string, params?: Record<string, string | number>) => (KEY.test(s) && t.has(s) ? t(s, params) : s);
  const fieldErrors = e.fieldErrors
    ? Object.fromEntries(Object.entries(e.fieldErrors).map(([k, v]) => [k, v.map((m) => tr(m))]))
    : undefined;
  return { message: tr(e.messageKey, e.params), fieldErrors };
}
