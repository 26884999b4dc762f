// Every model of the schema, with the data-layer calls that read, list, update and delete it, and how to make a
// target row of it at a position; one file per domain. The matrix runs each op for every actor against every
// target; a model that is not listed here (or exempted with a reason) fails tests/db/matrix-coverage.test.ts.
import { CAMPAIGN_ACTIVITIES } from "./campaign-activities";
import { CAMPAIGN_CONTESTS } from "./campaign-contests";
import { CAMPAIGNS } from "./campaigns";
import { DASHBOARDS } from "./dashboards";
import { DOUBLE_REPORTING } from "./double-reporting";
import { DUTY } from "./duty";
import { FOUNDATION } from "./foundation";
import { INSPECTIONS } from "./inspections";
import type { Resource } from "./kit";
import { LINKS } from "./links";
import { NOTICES } from "./notices";
import { POINTS } from "./points";
import { REDLIST } from "./redlist";
import { REPORTS } from "./reports";

export type { BaseOp, Op, OpDef, Prepared, Resource } from "./kit";
export { atPositions, json, once } from "./kit";

/** One resource per model: a domain may add ops to a model of another (e.g. the exchange's look-up of people). */
function merge(groups: Resource[][]): Resource[] {
  const byModel = new Map<string, Resource>();
  for (const r of groups.flat()) {
    const seen = byModel.get(r.model);
    if (!seen) {
      byModel.set(r.model, { model: r.model, ops: { ...r.ops } });
      continue;
    }
    for (const op of Object.keys(r.ops)) if (op in seen.ops) throw new Error(`${r.model}.${op} is defined twice`);
    Object.assign(seen.ops, r.ops);
  }
  return [...byModel.values()];
}

export const RESOURCES: Resource[] = merge([FOUNDATION, LINKS, DOUBLE_REPORTING, DUTY, POINTS, REDLIST, CAMPAIGNS, CAMPAIGN_ACTIVITIES, CAMPAIGN_CONTESTS, REPORTS, DASHBOARDS, INSPECTIONS, NOTICES]);

/** Models that hold no user-reachable tenant data, with the reason. */
export const EXEMPT_MODELS: Record<string, string> = {
  RateLimit: "infrastructure counters keyed by login or address; never read or written by a user's request",
  JobLedger: "job bookkeeping (queue, key) written by job handlers only; holds no tenant data",
  DashFact:
    "a node's own figures, written and read by the refresh job only (lib/dashboards/engine); users read the subtree totals (DashRollup) through dash_read, covered here",
  DashDirty: "the refresh job's to-do list, written by statement triggers and drained by the job; no user's request reads it (the platform's home counts it per tenant, platform path only)",
};
