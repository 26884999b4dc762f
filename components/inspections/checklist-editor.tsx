"use client";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { useTranslations } from "next-intl";
import { Plus, Trash2 } from "lucide-react";
import { createChecklistAction, updateChecklistAction } from "@/app/actions/inspections";
import type { ChecklistItem } from "@/lib/inspections/rules";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Checkbox, Input } from "@/components/ui/field";

/** Create or edit a checklist: items with their maximum score and whether a photo is required. */
export function ChecklistEditor({ checklist }: { checklist: { id: string; name: string; items: ChecklistItem[]; active: boolean } | null }) {
  const t = useTranslations("inspections");
  const tc = useTranslations("common");
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const [name, setName] = useState(checklist?.name ?? "");
  const [active, setActive] = useState(checklist?.active ?? true);
  const [items, setItems] = useState<ChecklistItem[]>(checklist?.items ?? [{ key: "item1", text: "", maxScore: 10, photoRequired: false }]);
  const [error, setError] = useState<string | null>(null);
  const [pending, start] = useTransition();
  if (!open) {
    return (
      <Button variant="ghost" size="sm" onClick={() => setOpen(true)} data-testid={checklist ? `edit-checklist-${checklist.id}` : "new-checklist"}>
        {checklist ? tc("edit") : <><Plus className="h-4 w-4" aria-hidden />{t("checklists")}</>}
      </Button>
    );
  }
  const save = () =>
    start(async () => {
      const data = { name, description: undefined, items, active };
      const res = checklist ? await updateChecklistAction({ ...data, checklistId: checklist.id }) : await createChecklistAction(data);
      if (!res.ok) return setError(res.error + (res.fieldErrors ? ` ${Object.values(res.fieldErrors).flat().join("；")}` : ""));
      setOpen(false);
      router.refresh();
    });
  return (
    <div className="mt-2 space-y-2 rounded-md bg-slate-50 p-3 ring-1 ring-slate-200">
      {error ? <Alert tone="error">{error}</Alert> : null}
      <Input value={name} onChange={(e) => setName(e.target.value)} placeholder={t("checklists")} aria-label={t("checklists")} />
      {items.map((it, i) => (
        <div key={i} className="flex flex-wrap items-center gap-2">
          <Input className="min-w-48 flex-1" value={it.text} placeholder={t("table.item")} aria-label={t("table.item")} onChange={(e) => setItems((xs) => xs.map((x, j) => (j === i ? { ...x, text: e.target.value } : x)))} />
          <Input className="w-20" type="number" min={1} max={100} value={it.maxScore} aria-label={t("table.score")} onChange={(e) => setItems((xs) => xs.map((x, j) => (j === i ? { ...x, maxScore: Number(e.target.value) } : x)))} />
          <Checkbox label={t("form.photoRequired")} checked={it.photoRequired} onChange={(e) => setItems((xs) => xs.map((x, j) => (j === i ? { ...x, photoRequired: e.currentTarget.checked } : x)))} />
          <button type="button" className="rounded p-1 text-slate-500 hover:bg-slate-200" aria-label={t("form.remove")} onClick={() => setItems((xs) => xs.filter((_, j) => j !== i))}><Trash2 className="h-4 w-4" /></button>
        </div>
      ))}
      <div className="flex flex-wrap items-center gap-3">
        <Button variant="secondary" size="sm" onClick={() => setItems((xs) => [...xs, { key: `item${Date.now().toString(36)}`, text: "", maxScore: 10, photoRequired: false }])}><Plus className="h-4 w-4" aria-hidden />{t("addItem")}</Button>
        <Checkbox label={t("active")} checked={active} onChange={(e) => setActive(e.currentTarget.checked)} />
        <Button size="sm" onClick={save} disabled={pending}>{tc("save")}</Button>
        <Button variant="ghost" size="sm" onClick={() => setOpen(false)}>{tc("cancel")}</Button>
      </div>
    </div>
  );
}
