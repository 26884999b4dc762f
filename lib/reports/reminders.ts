import "server-only";
// The reminder job: for each tenant, each active report type and each reminder step now due, the units that have
// not filed are told (the users holding REPORTER or UNIT_ADMIN on the unit); the escalation step also tells the
// admins of the nearest level above. Units that filed get nothing. A dedupe key per (type, period, step, unit)
// makes every run idempotent: a rerun, a retry after a crash, two workers, never notify twice. Each notice is
// also emailed (queued in the same transaction) when the server has SMTP and the tenant turned email on.
import { activeTenantIds } from "../jobs/tenants";
import { inTenantId } from "../access/tenant-tx";
import type { Tx } from "../db";
import { idsOnPath } from "../org/tree-rules";
import { formatInZone, periodLabel } from "./calendar";
import { noticeText, reportLink } from "./notify";
import { dueReminders, leadTimeLabel, type DueReminder } from "./reminder-plan";
import { loadTypeDefs } from "./report-types";
import { sendNotifications, type NewNotification } from "../notifications/notifications";
import type { TypeDef } from "./type-def";

type Missing = { id: string; name: string; path: string };

async function nonFilers(tx: Tx, tenantId: string, def: TypeDef, key: string): Promise<Missing[]> {
  return tx.$queryRawUnsafe<Missing[]>(
    `SELECT n.id, n.name, n.path FROM "OrgNode" n
     JOIN "OrgKind" k ON k.id = n."kindId" AND k."tenantId" = n."tenantId"
     WHERE n."tenantId" = $1 AND NOT n.archived AND k.code = ANY($2::text[]) AND n.path LIKE $3
       AND NOT EXISTS (SELECT 1 FROM "ReportSubmission" s WHERE s."tenantId" = $1 AND s."reportTypeId" = $4 AND s."nodeId" = n.id
                       AND s."periodKey" = $5 AND s."firstSubmittedAt" IS NOT NULL)
     ORDER BY n.path`,
    tenantId,
    def.filerKindCodes,
    def.filerRootPath ? `${def.filerRootPath}%` : "%",
    def.id,
    key,
  );
}

function plan(def: TypeDef, due: DueReminder, missing: Missing[], roles: { userId: string; nodeId: string; role: string }[]): NewNotification[] {
  const { period, step } = due;
  const label = periodLabel(def.rule.cadence, period.key);
  const deadline = formatInZone(period.deadline, def.tz);
  const out: NewNotification[] = [];
  const filersOn = new Map<string, string[]>();
  const adminsOn = new Map<string, string[]>();
  for (const r of roles) {
    if (r.role === "REPORTER" || r.role === "UNIT_ADMIN") filersOn.set(r.nodeId, [...(filersOn.get(r.nodeId) ?? []), r.userId]);
    if (r.role === "UNIT_ADMIN" || r.role === "TENANT_ADMIN") adminsOn.set(r.nodeId, [...(adminsOn.get(r.nodeId) ?? []), r.userId]);
  }
  const overdue = step.offsetMinutes >= 0;
  for (const u of missing) {
    const link = reportLink(def.code, period.key, u.id);
    for (const userId of new Set(filersOn.get(u.id) ?? [])) {
      out.push({
        userId,
        kind: overdue ? "report.overdue" : "report.reminder",
        title: overdue ? noticeText("overdueTitle", { type: def.name, period: label }) : noticeText("remindTitle", { type: def.name, period: label, left: leadTimeLabel(step.offsetMinutes) }),
        body: overdue ? noticeText("overdueBody", { deadline }) : noticeText("remindBody", { unit: u.name, type: def.name, deadline }),
        link,
        dedupeKey: `report:${def.code}:${period.key}:${step.offsetMinutes}:${u.id}`,
      });
    }
  }
  if (!step.escalate) return out;
  // Escalation: each missing unit goes to the admins of its nearest ancestor that has any.
  const byAncestor = new Map<string, Missing[]>();
  for (const u of missing) {
    const ancestors = idsOnPath(u.path).slice(0, -1).reverse();
    const up = ancestors.find((id) => adminsOn.has(id));
    if (up) byAncestor.set(up, [...(byAncestor.get(up) ?? []), u]);
  }
  for (const [ancestorId, units] of byAncestor) {
    const names = units.slice(0, 10).map((u) => u.name).join("、") + (units.length > 10 ? ` 等${units.length}个单位` : "");
    for (const userId of new Set(adminsOn.get(ancestorId) ?? [])) {
      out.push({
        userId,
        kind: "report.escalation",
        title: noticeText("escalationTitle", { type: def.name, period: label, count: units.length }),
        body: noticeText("escalationBody", { deadline, units: names }),
        link: `/reports/completeness?type=${def.code}&node=${ancestorId}&from=${period.key}&to=${period.key}`,
        dedupeKey: `report-escalation:${def.code}:${period.key}:${step.offsetMinutes}:${ancestorId}`,
      });
    }
  }
  return out;
}

/** One run of the reminder job at `now`. Returns how many notifications were written (0 on a rerun). */
export async function runReportReminders({ now, tenantIds }: { now: Date; tenantIds?: string[] }) {
  let sent = 0;
  for (const tenantId of tenantIds ?? (await activeTenantIds())) {
    sent += await inTenantId(tenantId, async (tx) => {
      let n = 0;
      const defs = await loadTypeDefs(tx, tenantId, { activeOnly: true });
      let roles: { userId: string; nodeId: string; role: string }[] | null = null;
      for (const def of defs) {
        for (const due of dueReminders(def, now)) {
          const missing = await nonFilers(tx, tenantId, def, due.period.key);
          if (!missing.length) continue;
          roles ??= await tx.roleAssignment.findMany({
            where: { tenantId, role: { in: ["REPORTER", "UNIT_ADMIN", "TENANT_ADMIN"] }, user: { disabled: false } },
            select: { userId: true, nodeId: true, role: true },
          });
          n += await sendNotifications(tx, tenantId, plan(def, due, missing, roles), { email: true });
        }
      }
      return n;
    });
  }
  return { sent };
}
