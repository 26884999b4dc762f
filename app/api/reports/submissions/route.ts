import { z } from "zod";
import { defineRoute } from "@/lib/access/define-route";
import { writeReportSchema } from "@/lib/reports/schemas";
import { writeReport } from "@/lib/reports/write-submissions";
import { now } from "@/lib/time/clock";

const body = writeReportSchema.extend({ action: z.enum(["save", "submit"]).default("submit") });

/**
 * File a report over HTTP (phones on poor networks, scripts, the benchmark): a draft save or a submission.
 * Idempotent with an idempotencyKey; a stale baseVersion answers 409 and writes nothing.
 */
export const POST = defineRoute({ permission: "reports.submit", body }, async ({ actor, body }) => {
  const { action, ...input } = body;
  const result = await writeReport({ actor, action, input, now: await now() });
  // A few hundred bytes: not worth compressing (no-transform keeps the compression middleware off it), never cached.
  return new Response(JSON.stringify(result), { headers: { "Content-Type": "application/json", "Cache-Control": "no-store, no-transform" } });
});
