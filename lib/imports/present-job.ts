import "server-only";
import { requestTranslator as readerTranslator } from "../i18n/request-translator";
import { describeErrors, type ErrorLine } from "./error-report";
import type { ImportJobView } from "./run-import";
import type { Translate } from "./templates";

/** The request's translator with full keys (imports.*, errors.*), in the shape the pure import code takes. */
export async function requestTranslator(): Promise<Translate> {
  const t = await readerTranslator();
  return (key, params) => t(key as never, params as never);
}

export type ImportJobJson = Omit<ImportJobView, "errors"> & { errors: ErrorLine[] };

/** A job as the page sees it: errors in the reader's language. */
export function presentJob(job: ImportJobView, t: Translate): ImportJobJson {
  return { ...job, errors: describeErrors(job.errors, job.kind, t) };
}
