// Which report periods are due, from the report calendar (lib/reports/calendar.ts, the one place deadlines are
// computed): the report rates count each unit-period in the month of its deadline, once the deadline has passed.
import { periodKeyAt, periodOf, shiftPeriodKey, type Cadence, type ScheduleRule } from "../../reports/calendar";
import { monthKeyOf } from "../../duty/time";
import { periodBounds } from "../periods";
import type { Sql } from "./sql";

export type DueType = {
  id: string;
  rule: ScheduleRule;
  tz: string;
  activeFrom: Date;
  filerKindCodes: string[];
  /** LIKE pattern of the filer subtree ('%': the whole tenant). */
  rootPattern: string;
};

export async function loadDueTypes(sql: Sql, tenantId: string): Promise<DueType[]> {
  const rows = await sql.$queryRawUnsafe<
    { id: string; cadence: Cadence; weekday: number | null; dayOfMonth: number | null; dueTime: string; periodOffset: number; lockAfterDays: number | null; filerKindCodes: string[]; activeFrom: Date; root: string | null; tz: string }[]
  >(
    `SELECT t.id, t.cadence::text AS cadence, t.weekday, t."dayOfMonth", t."dueTime", t."periodOffset", t."lockAfterDays", t."filerKindCodes", t."activeFrom",
       (SELECT n.path FROM "OrgNode" n WHERE n."tenantId" = t."tenantId" AND n.id = t."filerRootId") AS root,
       (SELECT tn."timeZone" FROM "Tenant" tn WHERE tn.id = t."tenantId") AS tz
     FROM "ReportType" t WHERE t."tenantId" = $1 AND t.active ORDER BY t."sortOrder", t.code`,
    tenantId,
  );
  return rows.map((r) => ({
    id: r.id,
    rule: { cadence: r.cadence, weekday: r.weekday, dayOfMonth: r.dayOfMonth, dueTime: r.dueTime, periodOffset: r.periodOffset, lockAfterDays: r.lockAfterDays },
    tz: r.tz ?? "Asia/Shanghai",
    activeFrom: r.activeFrom,
    filerKindCodes: r.filerKindCodes,
    rootPattern: r.root ? `${r.root.replace(/[\\%_]/g, (c) => `\\${c}`)}%` : "%",
  }));
}

/** Periods of a type whose deadline falls in [from, to), with the month (China time) of each deadline. */
export function deadlinesIn(t: DueType, from: Date, to: Date): { key: string; deadline: Date; month: string }[] {
  const c = t.rule.cadence;
  // The deadline lies at most one period (plus the offset) after the period's own start.
  let key = shiftPeriodKey(c, periodKeyAt(c, from, t.tz), -(t.rule.periodOffset + 2));
  const last = periodKeyAt(c, to, t.tz);
  const out: { key: string; deadline: Date; month: string }[] = [];
  for (let guard = 0; guard < 400 && key <= last; guard++, key = shiftPeriodKey(c, key, 1)) {
    const p = periodOf(t.rule, key, t.tz);
    if (p.deadline < from || p.deadline >= to) continue;
    if (p.deadline < t.activeFrom) continue;
    out.push({ key, deadline: p.deadline, month: monthKeyOf(p.deadline) });
  }
  return out;
}

/** The due list the reports source takes ($7): per type, the periods due by `now` whose deadline month is asked for. */
export function dueJson(types: DueType[], months: string[], now: Date): string {
  if (!months.length) return "[]";
  const sorted = [...months].sort();
  const from = periodBounds(sorted[0]).start;
  const end = periodBounds(sorted[sorted.length - 1]).end;
  const to = new Date(Math.min(end.getTime(), now.getTime() + 1));
  const wanted = new Set(months);
  return JSON.stringify(
    types.map((t) => ({
      t: t.id,
      r: t.rootPattern,
      k: t.filerKindCodes,
      p: deadlinesIn(t, from, to)
        .filter((d) => wanted.has(d.month) && d.deadline.getTime() <= now.getTime())
        .map((d) => [d.key, d.month]),
    })),
  );
}
