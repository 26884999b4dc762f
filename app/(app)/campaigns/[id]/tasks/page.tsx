import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { orNotFound } from "@/lib/access/page";
import { requirePageActor } from "@/lib/auth/current-actor";
import { listCampaignUnits } from "@/lib/campaigns/campaigns";
import { listTasks } from "@/lib/campaigns/tasks/tasks";
import { Card, CardHeader } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { Table, Td, Th } from "@/components/ui/table";
import { TaskStateBadge } from "@/components/campaigns/badges";
import { RateBar } from "@/components/campaigns/rate";
import { NewTaskButton, TaskRowActions } from "@/components/campaigns/task-forms";
import { structureSchema } from "@/lib/campaigns/templates";

export default async function TasksPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requirePageActor();
  const { id } = await params;
  const [t, format] = await Promise.all([getTranslations("campaigns"), getFormatter()]);
  const [data, units] = await Promise.all([orNotFound(listTasks({ actor, campaignId: id })), orNotFound(listCampaignUnits({ actor, campaignId: id }))]);
  const c = data.campaign;
  const sections = structureSchema.shape.sections.safeParse(c.sections);
  const sectionTitle = new Map((sections.success ? sections.data : []).map((s) => [s.key, s.title]));
  const when = (d: Date) => format.dateTime(d, { dateStyle: "medium", timeStyle: "short" });
  const mine = data.tasks.flatMap((task) => task.assignments.filter((a) => a.mine).map((a) => ({ task, a })));
  const unitOptions = units.map((u) => ({ id: u.node.id, name: u.node.name, depth: u.node.depth }));
  const manage = c.can.manage && c.status !== "CLOSED";
  return (
    <div className="space-y-6">
      {/* Unit staff get their own list; the campaign's managers work from the full table below. */}
      {mine.length && c.can.unit && !c.can.manage ? (
        <Card>
          <CardHeader title={t("tasks.mine")} description={t("tasks.mineHint")} />
          <ul className="divide-y divide-slate-100" data-testid="my-assignments">
            {mine.map(({ task, a }) => (
              <li key={a.id} className="flex flex-wrap items-center justify-between gap-3 px-4 py-3">
                <div className="min-w-0">
                  <p className="font-medium text-slate-900">{task.title}</p>
                  <p className="text-xs text-slate-500">{a.node.name} · {t("tasks.due", { when: when(task.dueAt) })}</p>
                </div>
                <div className="flex items-center gap-3">
                  <TaskStateBadge status={a.status} overdue={a.overdue} />
                  <Link href={`/campaigns/${c.id}/tasks/${a.id}`} className="text-sm font-medium text-brand-700 hover:underline" data-testid={`report-${a.id}`}>
                    {a.status === "DONE" ? t("tasks.view") : t("tasks.report")}
                  </Link>
                </div>
              </li>
            ))}
          </ul>
        </Card>
      ) : null}

      <Card>
        <CardHeader
          title={t("tasks.title")}
          description={t("tasks.summary", { tasks: data.tasks.length, assigned: data.totals.assigned, done: data.totals.done, overdue: data.totals.overdue })}
          actions={manage ? <NewTaskButton campaignId={c.id} sections={sections.success ? sections.data : []} /> : null}
        />
        {data.tasks.length === 0 ? (
          <EmptyState title={t("tasks.empty")} hint={manage ? t("tasks.emptyHint") : undefined} />
        ) : (
          <Table>
            <thead className="bg-slate-50">
              <tr>
                <Th>{t("tasks.task")}</Th>
                <Th>{t("tasks.deadline")}</Th>
                <Th>{t("tasks.responsible")}</Th>
                <Th>{t("tasks.units")}</Th>
                {manage ? <Th className="text-right">{t("tasks.actions")}</Th> : null}
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100" data-testid="tasks-table">
              {data.tasks.map((task) => {
                const done = task.assignments.filter((a) => a.status === "DONE").length;
                const overdue = task.assignments.filter((a) => a.overdue).length;
                return (
                  <tr key={task.id} className="align-top" data-testid="task-row">
                    <Td className="max-w-md">
                      <p className="font-medium text-slate-900">{task.title}</p>
                      {task.sectionKey && sectionTitle.get(task.sectionKey) ? <p className="text-xs text-brand-700">{sectionTitle.get(task.sectionKey)}</p> : null}
                      {task.description ? <p className="mt-0.5 text-xs text-slate-500">{task.description}</p> : null}
                    </Td>
                    <Td className="whitespace-nowrap tabular-nums text-slate-600">{when(task.dueAt)}</Td>
                    <Td className="text-slate-600">{task.responsibleName ?? "—"}</Td>
                    <Td className="min-w-72">
                      {task.assignments.length === 0 ? (
                        <span className="text-xs text-slate-400">{t("tasks.unassigned")}</span>
                      ) : (
                        <>
                          <p className="mb-1 text-xs text-slate-500">
                            {t("tasks.progress", { done, total: task.assignments.length })}
                            {overdue ? <span className="ml-1 font-medium text-brand-700">{t("tasks.overdueCount", { n: overdue })}</span> : null}
                          </p>
                          <div className="flex flex-wrap gap-1">
                            {task.assignments.map((a) => (
                              <Link key={a.id} href={`/campaigns/${c.id}/tasks/${a.id}`} className="inline-flex items-center gap-1 rounded-md bg-slate-50 px-1.5 py-0.5 text-xs text-slate-700 ring-1 ring-slate-200 hover:bg-slate-100" title={a.node.name}>
                                {a.node.name}
                                <TaskStateBadge status={a.status} overdue={a.overdue} />
                              </Link>
                            ))}
                          </div>
                        </>
                      )}
                    </Td>
                    {manage ? (
                      <Td className="text-right">
                        <TaskRowActions
                          task={{ id: task.id, title: task.title, description: task.description, dueDate: task.dueAt.toISOString(), responsibleName: task.responsibleName, sectionKey: task.sectionKey }}
                          units={unitOptions}
                          assigned={task.assignments.map((a) => a.node.id)}
                          sections={sections.success ? sections.data : []}
                        />
                      </Td>
                    ) : null}
                  </tr>
                );
              })}
            </tbody>
          </Table>
        )}
      </Card>

      <Card>
        <CardHeader title={t("tasks.byUnit")} description={t("tasks.byUnitHint")} />
        {data.units.length === 0 ? (
          <EmptyState title={t("tasks.noAssignments")} />
        ) : (
          <Table>
            <thead className="bg-slate-50">
              <tr>
                <Th>{t("fields.unit")}</Th>
                <Th className="text-right">{t("tasks.assigned")}</Th>
                <Th className="text-right">{t("tasks.doneCount")}</Th>
                <Th className="text-right">{t("overview.overdue")}</Th>
                <Th>{t("overview.taskCompletion")}</Th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100" data-testid="tasks-by-unit">
              {data.units.map((u) => (
                <tr key={u.node.id} className={u.overdue ? "bg-red-50/40" : undefined}>
                  <Td style={{ paddingLeft: `${0.75 + Math.max(0, u.node.depth - 1) * 1}rem` }}>{u.node.name}</Td>
                  <Td className="text-right tabular-nums">{u.assigned}</Td>
                  <Td className="text-right tabular-nums">{u.done}</Td>
                  <Td className={u.overdue ? "text-right font-semibold tabular-nums text-brand-700" : "text-right tabular-nums text-slate-400"}>{u.overdue}</Td>
                  <Td><RateBar value={u.assigned ? u.done / u.assigned : null} /></Td>
                </tr>
              ))}
            </tbody>
          </Table>
        )}
      </Card>
    </div>
  );
}
