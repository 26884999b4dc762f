import { NextResponse } from "next/server";
import { defineRoute } from "@/lib/access/define-route";
import { getDashboard } from "@/lib/dashboards/read";
import { summaryQuery } from "@/lib/dashboards/schemas";
import { now } from "@/lib/time/clock";

/** Every indicator of a node (or the actor's roots) for a period: the figures the dashboard page shows. */
export const GET = defineRoute({ permission: "dashboards.read", query: summaryQuery }, async ({ actor, query }) => {
  const t0 = performance.now();
  const d = await getDashboard({ actor, nodeId: query.node, period: query.period, now: await now() });
  // The server's own time for the figures, for the benchmark (and anyone watching with the browser's tools).
  return NextResponse.json(d, { headers: { "Server-Timing": `dash;dur=${(performance.now() - t0).toFixed(2)}`, "Cache-Control": "private, no-store" } });
});
