import { NextResponse } from "next/server";
import { definePublicRoute } from "@/lib/access/define-route";
import { checkReadiness } from "@/lib/ops/readiness";

// Readiness: the database (and, once it runs, the job queue) answer.
export const GET = definePublicRoute({}, async () => {
  const r = await checkReadiness();
  return NextResponse.json(r, { status: r.ok ? 200 : 503 });
});
