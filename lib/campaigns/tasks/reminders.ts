import "server-only";
// The task reminder job: the units that still owe a task of a running campaign are told a day before its deadline,
// and once when it has passed (for a week after; later, the owner's task page shows it in red). The notice goes to
// the users holding REPORTER or UNIT_ADMIN on the unit, or, when nobody does, on its nearest unit above that has
// any (a task never goes unannounced). Done tasks, draft and closed campaigns and archived units get nothing. A
// dedupe key per (assignment, step) makes every run idempotent: reruns, retries and two workers never notify twice.
import { inTenantId } from "../../access/tenant-tx";
import { storedText } from "../../i18n/stored-text";
import { activeTenantIds } from "../../jobs/tenants";
import { sendNotifications, type NewNotification } from "../../notifications/notifications";
import { idsOnPath } from "../../org/tree-rules";
import { shanghaiClock, shanghaiDay } from "../time";

const HOUR = 3_600_000;
/** The first reminder: this long before the deadline. */
export const TASK_REMIND_BEFORE_MS = 24 * HOUR;
/** The overdue notice is sent while the deadline is at most this far behind (a new job after a long outage does not flood). */
export const TASK_OVERDUE_WINDOW_MS = 7 * 24 * HOUR;

const text = storedText("taskNotices");

/** One run of the job at `now`. Returns how many notifications were written (0 on a rerun). */
export async function runTaskReminders({ now, tenantIds }: { now: Date; tenantIds?: string[] }) {
  let sent = 0;
  for (const tenantId of tenantIds ?? (await activeTenantIds())) {
    sent += await inTenantId(tenantId, async (tx) => {
      const open = await tx.taskAssignment.findMany({
        where: {
          tenantId,
          status: { not: "DONE" },
          node: { archived: false },
          task: { dueAt: { gt: new Date(now.getTime() - TASK_OVERDUE_WINDOW_MS), lte: new Date(now.getTime() + TASK_REMIND_BEFORE_MS) }, campaign: { status: "RUNNING" } },
        },
        select: { id: true, nodeId: true, node: { select: { name: true, path: true } }, task: { select: { title: true, dueAt: true, campaignId: true, campaign: { select: { title: true } } } } },
        orderBy: { id: "asc" },
      });
      if (!open.length) return 0;
      const onPaths = [...new Set(open.flatMap((a) => idsOnPath(a.node.path)))];
      const roles = await tx.roleAssignment.findMany({
        where: { tenantId, role: { in: ["REPORTER", "UNIT_ADMIN"] }, nodeId: { in: onPaths }, user: { disabled: false } },
        select: { userId: true, nodeId: true },
      });
      const holders = new Map<string, Set<string>>();
      for (const r of roles) holders.set(r.nodeId, (holders.get(r.nodeId) ?? new Set()).add(r.userId));
      const rows: NewNotification[] = [];
      for (const a of open) {
        const overdue = a.task.dueAt.getTime() <= now.getTime();
        const step = overdue ? "overdue" : "dayBefore";
        const at = idsOnPath(a.node.path).reverse().find((id) => holders.has(id));
        if (!at) continue;
        const params = { campaign: a.task.campaign.title, task: a.task.title, unit: a.node.name, deadline: `${shanghaiDay(a.task.dueAt)} ${shanghaiClock(a.task.dueAt)}` };
        for (const userId of holders.get(at)!) {
          rows.push({
            userId,
            kind: overdue ? "task.overdue" : "task.reminder",
            title: text(overdue ? "overdueTitle" : "remindTitle", params),
            body: text(overdue ? "overdueBody" : "remindBody", params),
            link: `/campaigns/${a.task.campaignId}/tasks/${a.id}`,
            dedupeKey: `task:${a.id}:${step}`,
          });
        }
      }
      return sendNotifications(tx, tenantId, rows, { email: true });
    });
  }
  return { sent };
}
