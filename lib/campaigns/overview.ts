import "server-only";
// The campaign overview: its parts, the key figures of the actor's view (task completion, letter receipt, pledge,
// participation, awareness), and the same figures per unit one level at a time (drill-down).
import type { Actor } from "../access/actor";
import { tenantOf } from "../access/scope";
import { inTenant } from "../access/tenant-tx";
import { countsByNode, drillGroups } from "./metrics";
import { rate, rollUp, totalOf } from "./rates";
import { findCampaign } from "./scope";
import { structureSchema } from "./templates";
import { inOrder } from "../db/in-order";

export async function getCampaignOverview({ actor, campaignId, nodeId, now = new Date() }: { actor: Actor; campaignId: string; nodeId?: string | null; now?: Date }) {
  return inTenant(actor, async (tx) => {
    const c = await findCampaign(tx, actor, campaignId);
    const tenantId = tenantOf(actor);
    const inView = c.view.length ? { OR: c.view.map((p) => ({ path: { startsWith: p } })) } : { id: "-none-" };
    const [assignments, units, pledge, participation, awareness, drill, counts] = await inOrder([
      () => tx.taskAssignment.findMany({ where: { tenantId, task: { campaignId: c.id }, node: inView }, select: { status: true, node: { select: { path: true } }, task: { select: { dueAt: true } } } }),
      () => tx.campaignUnit.findMany({ where: { tenantId, campaignId: c.id, node: inView }, select: { letterReceivedAt: true, node: { select: { path: true } } } }),
      () => countsByNode(tx, tenantId, c, c.view, "pledge"),
      () => countsByNode(tx, tenantId, c, c.view, "participation"),
      () => countsByNode(tx, tenantId, c, c.view, "awareness"),
      () => drillGroups(tx, tenantId, c.view, nodeId),
      () => inOrder([
        () => tx.campaignTask.count({ where: { tenantId, campaignId: c.id } }),
        () => tx.activity.count({ where: { tenantId, campaignId: c.id, node: inView, status: { not: "CANCELLED" } } }),
        () => tx.suggestion.count({ where: { tenantId, campaignId: c.id, node: inView, status: { not: "HIDDEN" } } }),
        () => tx.suggestion.count({ where: { tenantId, campaignId: c.id, node: inView, status: "ADOPTED" } }),
        () => tx.selection.count({ where: { tenantId, campaignId: c.id } }),
        () => tx.quiz.count({ where: { tenantId, campaignId: c.id } }),
      ]),
    ]);
    const [taskCount, activityCount, suggestionCount, adoptedCount, selectionCount, quizCount] = counts;
    const overdue = (a: (typeof assignments)[number]) => a.status !== "DONE" && a.task.dueAt < now;
    const taskFigures = (match: (p: string) => boolean) => {
      const list = assignments.filter((a) => match(a.node.path));
      const done = list.filter((a) => a.status === "DONE").length;
      return { assigned: list.length, done, overdue: list.filter(overdue).length, rate: rate(done, list.length) };
    };
    const receiptFigures = (match: (p: string) => boolean) => {
      const list = units.filter((u) => match(u.node.path));
      const confirmed = list.filter((u) => u.letterReceivedAt).length;
      return { units: list.length, confirmed, rate: c.letterPublishedAt ? rate(confirmed, list.length) : null };
    };
    const parentPath = drill.parent?.path ?? null;
    const pledgeRows = rollUp(pledge, drill.groups, parentPath).rows;
    const partRows = rollUp(participation, drill.groups, parentPath).rows;
    const awareRows = rollUp(awareness, drill.groups, parentPath).rows;
    const rows = drill.groups.map((g, i) => ({
      ...g,
      tasks: taskFigures((p) => p.startsWith(g.path)),
      receipt: receiptFigures((p) => p.startsWith(g.path)),
      pledge: pledgeRows[i],
      participation: partRows[i],
      awareness: awareRows[i],
    }));
    const sections = structureSchema.shape.sections.safeParse(c.sections);
    return {
      campaign: c,
      sections: sections.success ? sections.data : [],
      kpis: {
        tasks: { ...taskFigures(() => true), tasks: taskCount },
        receipt: receiptFigures(() => true),
        pledge: totalOf(pledge),
        participation: { ...totalOf(participation), activities: activityCount },
        awareness: { ...totalOf(awareness), quizzes: quizCount },
        suggestions: { total: suggestionCount, adopted: adoptedCount },
        selections: selectionCount,
      },
      drill: { parent: drill.parent, trail: drill.trail, rows },
    };
  });
}
