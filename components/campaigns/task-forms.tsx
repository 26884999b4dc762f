"use client";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useTranslations } from "next-intl";
import { Plus } from "lucide-react";
import { assignTaskAction, createTaskAction, deleteTaskAction, updateTaskAction } from "@/app/actions/campaigns";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Checkbox, Field, Input, Select, Textarea } from "@/components/ui/field";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { Dialog } from "@/components/ui/dialog";
import { SubmitButton } from "@/components/ui/submit-button";
import { useActionForm } from "@/components/ui/use-action-form";

type Section = { key: string; title: string };
type TaskValues = { id: string; title: string; description: string | null; dueDate: string; responsibleName: string | null; sectionKey: string | null };

/** The date part of an instant in China time (for the date input). */
function chinaDay(iso: string) {
  return new Date(new Date(iso).getTime() + 8 * 3_600_000).toISOString().slice(0, 10);
}

function TaskForm({ campaignId, task, sections, onDone }: { campaignId?: string; task?: TaskValues; sections: Section[]; onDone: () => void }) {
  const t = useTranslations("campaigns");
  const form = useActionForm(task ? updateTaskAction : createTaskAction, onDone);
  const fe = form.fieldErrors;
  return (
    <form onSubmit={form.onSubmit} className="space-y-4" noValidate>
      {form.error ? <Alert tone="error">{form.error}</Alert> : null}
      {task ? <input type="hidden" name="taskId" value={task.id} /> : <input type="hidden" name="campaignId" value={campaignId} />}
      <Field label={t("tasks.task")} htmlFor="task-title" errors={fe.title} required>
        <Input id="task-title" name="title" defaultValue={task?.title} maxLength={200} />
      </Field>
      <div className="grid gap-3 sm:grid-cols-2">
        <Field label={t("tasks.deadline")} htmlFor="task-due" errors={fe.dueDate} required hint={t("tasks.deadlineHint")}>
          <Input id="task-due" name="dueDate" type="date" defaultValue={task ? chinaDay(task.dueDate) : undefined} />
        </Field>
        <Field label={t("tasks.responsible")} htmlFor="task-resp" errors={fe.responsibleName}>
          <Input id="task-resp" name="responsibleName" defaultValue={task?.responsibleName ?? ""} maxLength={50} />
        </Field>
      </div>
      {sections.length ? (
        <Field label={t("tasks.section")} htmlFor="task-section" errors={fe.sectionKey}>
          <Select id="task-section" name="sectionKey" defaultValue={task?.sectionKey ?? ""}>
            <option value="">—</option>
            {sections.map((s) => (
              <option key={s.key} value={s.key}>{s.title}</option>
            ))}
          </Select>
        </Field>
      ) : null}
      <Field label={t("fields.description")} htmlFor="task-desc" errors={fe.description}>
        <Textarea id="task-desc" name="description" defaultValue={task?.description ?? ""} maxLength={2000} />
      </Field>
      <div className="flex justify-end"><SubmitButton pending={form.pending}>{t("save")}</SubmitButton></div>
    </form>
  );
}

export function NewTaskButton({ campaignId, sections }: { campaignId: string; sections: Section[] }) {
  const t = useTranslations("campaigns");
  const router = useRouter();
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button variant="primary" onClick={() => setOpen(true)} data-testid="new-task">
        <Plus className="h-4 w-4" aria-hidden />
        {t("tasks.new")}
      </Button>
      <Dialog open={open} onClose={() => setOpen(false)} title={t("tasks.new")} wide>
        <TaskForm campaignId={campaignId} sections={sections} onDone={() => (setOpen(false), router.refresh())} />
      </Dialog>
    </>
  );
}

type UnitOption = { id: string; name: string; depth: number };

function AssignForm({ taskId, units, assigned, onDone }: { taskId: string; units: UnitOption[]; assigned: string[]; onDone: () => void }) {
  const t = useTranslations("campaigns");
  const form = useActionForm(assignTaskAction, onDone);
  const [picked, setPicked] = useState<Set<string>>(new Set());
  const top = Math.min(...units.map((u) => u.depth));
  const open = units.filter((u) => !assigned.includes(u.id));
  const toggle = (id: string) => setPicked((p) => (p.has(id) ? new Set([...p].filter((x) => x !== id)) : new Set([...p, id])));
  return (
    <form onSubmit={form.onSubmit} className="space-y-3" noValidate>
      {form.error ? <Alert tone="error">{form.error}</Alert> : null}
      <input type="hidden" name="taskId" value={taskId} />
      {[...picked].map((id) => (
        <input key={id} type="hidden" name="nodeIds[]" value={id} />
      ))}
      <div className="flex flex-wrap gap-2 text-xs">
        <button type="button" className="text-brand-700 hover:underline" onClick={() => setPicked(new Set(open.filter((u) => u.depth === top).map((u) => u.id)))} data-testid="assign-top">
          {t("tasks.pickTop")}
        </button>
        <button type="button" className="text-brand-700 hover:underline" onClick={() => setPicked(new Set(open.map((u) => u.id)))}>
          {t("tasks.pickAll")}
        </button>
        <button type="button" className="text-slate-500 hover:underline" onClick={() => setPicked(new Set())}>
          {t("tasks.pickNone")}
        </button>
      </div>
      <ul className="max-h-72 space-y-0.5 overflow-y-auto rounded-md p-2 ring-1 ring-slate-200" data-testid="assign-units">
        {units.map((u) => (
          <li key={u.id} style={{ paddingLeft: `${(u.depth - top) * 1.25}rem` }}>
            <Checkbox label={u.name + (assigned.includes(u.id) ? ` ${t("tasks.alreadyAssigned")}` : "")} checked={assigned.includes(u.id) || picked.has(u.id)} disabled={assigned.includes(u.id)} onChange={() => toggle(u.id)} />
          </li>
        ))}
      </ul>
      {form.fieldErrors.nodeIds ? <p className="text-xs text-red-600" role="alert">{form.fieldErrors.nodeIds.join("；")}</p> : null}
      <Checkbox name="cascade" value="true" defaultChecked label={t("tasks.cascade")} />
      <div className="flex justify-end"><SubmitButton pending={form.pending}>{t("tasks.assign")}</SubmitButton></div>
    </form>
  );
}

export function TaskRowActions({ task, units, assigned, sections }: { task: TaskValues; units: UnitOption[]; assigned: string[]; sections: Section[] }) {
  const t = useTranslations("campaigns");
  const router = useRouter();
  const [open, setOpen] = useState<"assign" | "edit" | null>(null);
  const done = () => (setOpen(null), router.refresh());
  return (
    <div className="flex justify-end gap-1">
      <Button size="sm" variant="secondary" onClick={() => setOpen("assign")} data-testid="assign-task">{t("tasks.assign")}</Button>
      <Button size="sm" variant="ghost" onClick={() => setOpen("edit")}>{t("edit")}</Button>
      <ConfirmButton
        label={t("delete")}
        message={t("tasks.deleteConfirm", { title: task.title })}
        onConfirm={async () => {
          const res = await deleteTaskAction({ taskId: task.id });
          if (!res.ok) return res.error;
          router.refresh();
          return null;
        }}
      />
      <Dialog open={open === "assign"} onClose={() => setOpen(null)} title={t("tasks.assignTitle", { title: task.title })} wide>
        <AssignForm taskId={task.id} units={units} assigned={assigned} onDone={done} />
      </Dialog>
      <Dialog open={open === "edit"} onClose={() => setOpen(null)} title={t("edit")} wide>
        <TaskForm task={task} sections={sections} onDone={done} />
      </Dialog>
    </div>
  );
}
