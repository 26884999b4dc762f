import "server-only";
// Values the system can propose for a report (the bin-duty table from the duty hours members logged …). Other
// domains register a function per report type; the filing page asks for it when a unit opens an empty period,
// and marks where the filed value differs from the proposal.
import type { Tx } from "../db";
import { log } from "../log";

export type PrefillContext = { tenantId: string; nodeId: string; periodKey: string; tx: Tx };
export type PrefillFn = (ctx: PrefillContext) => Promise<Record<string, unknown>>;

const g = globalThis as unknown as { __ljflReportPrefill?: Map<string, PrefillFn> };
const registry = (g.__ljflReportPrefill ??= new Map());

export function registerPrefill(reportTypeCode: string, fn: PrefillFn) {
  registry.set(reportTypeCode, fn);
}

export function hasPrefill(reportTypeCode: string): boolean {
  return registry.has(reportTypeCode);
}

/** The proposal for one unit and period; {} when nobody registered one or it failed (filing must never break). */
export async function prefillFor(reportTypeCode: string, ctx: PrefillContext): Promise<Record<string, unknown>> {
  const fn = registry.get(reportTypeCode);
  if (!fn) return {};
  try {
    return (await fn(ctx)) ?? {};
  } catch (err) {
    log.warn({ err, reportTypeCode }, "report prefill failed");
    return {};
  }
}
