import "server-only";
// Everything a dashboard page shows: the figures (one round trip), the overdue rectifications, and for a node with
// units below it the ones with the lowest report submission rate.
import type { Actor } from "../access/actor";
import { listOpenRectifications } from "../inspections/rectifications";
import { getDashboard, getDrill } from "./read";

export async function loadDashboardPage({ actor, nodeId, period, now }: { actor: Actor; nodeId?: string | null; period?: string | null; now: Date }) {
  const d = await getDashboard({ actor, nodeId, period, now });
  const [overdue, weakest] = await Promise.all([
    listOpenRectifications({ actor, nodeId: d.node?.id ?? null, now, take: 6 }),
    d.node?.hasChildren ? getDrill({ actor, indicator: "report_submission", nodeId: d.node.id, period: d.period, now }) : Promise.resolve(null),
  ]);
  return { d, overdue, weakest };
}
