"use client";
import { useMemo, useState, useTransition } from "react";
import { useTranslations } from "next-intl";
import { CheckCircle2, Plus, Trash2 } from "lucide-react";
import { recordInspectionAction } from "@/app/actions/inspections";
import type { ChecklistItem } from "@/lib/inspections/rules";
import { NodePicker } from "@/components/org/node-picker";
import { Alert } from "@/components/ui/alert";
import { Button, buttonClass } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Field, Input, Select, Textarea } from "@/components/ui/field";
import { cn } from "@/components/ui/cn";
import { PhotoCapture } from "./photo-capture";

type Checklist = { id: string; name: string; items: ChecklistItem[] };
type Problem = { uid: number; itemKey: string | null; description: string; deadline: string };

const beijing = (d: Date, withTime: boolean) => {
  const p = Object.fromEntries(new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Shanghai", year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", hour12: false }).formatToParts(d).map((x) => [x.type, x.value]));
  return withTime ? `${p.year}-${p.month}-${p.day}T${p.hour === "24" ? "00" : p.hour}:${p.minute}` : `${p.year}-${p.month}-${p.day}`;
};

/** The phone form of a monthly check or an unannounced inspection: unit, checklist scores with photos, problems. */
export function InspectionForm({ checklists, unit }: { checklists: Checklist[]; unit?: { id: string; name: string } | null }) {
  const t = useTranslations("inspections.form");
  const tk = useTranslations("inspections.kind");
  const [node, setNode] = useState<{ id: string; name: string } | null>(unit ?? null);
  const [kind, setKind] = useState<"UNANNOUNCED" | "MONTHLY">("UNANNOUNCED");
  const [checklistId, setChecklistId] = useState(checklists[0]?.id ?? "");
  const checklist = checklists.find((c) => c.id === checklistId);
  const [occurredAt, setOccurredAt] = useState(() => beijing(new Date(), true));
  const [scores, setScores] = useState<Record<string, { score: string; note: string; photoIds: string[] }>>({});
  const [observed, setObserved] = useState("");
  const [correct, setCorrect] = useState("");
  const [photoIds, setPhotoIds] = useState<string[]>([]);
  const [notes, setNotes] = useState("");
  const [problems, setProblems] = useState<Problem[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string[]>>({});
  const [done, setDone] = useState<{ total: number; maxTotal: number; rectifications: number } | null>(null);
  const [pending, start] = useTransition();
  const [seq, setSeq] = useState(1);

  const itemState = (it: ChecklistItem) => scores[it.key] ?? { score: String(it.maxScore), note: "", photoIds: [] };
  const setItem = (key: string, patch: Partial<{ score: string; note: string; photoIds: string[] }>, it: ChecklistItem) => setScores((s) => ({ ...s, [key]: { ...itemState(it), ...patch } }));
  const total = useMemo(() => (checklist?.items ?? []).reduce((a, it) => a + (Number(itemState(it).score) || 0), 0), [checklist, scores]); // eslint-disable-line react-hooks/exhaustive-deps
  const max = (checklist?.items ?? []).reduce((a, it) => a + it.maxScore, 0);
  const week = () => beijing(new Date(Date.now() + 7 * 86_400_000), false);

  const suggest = () => {
    const lost = (checklist?.items ?? []).filter((it) => (Number(itemState(it).score) || 0) < it.maxScore && !problems.some((p) => p.itemKey === it.key));
    let n = seq;
    setProblems((ps) => [...ps, ...lost.map((it) => ({ uid: n++, itemKey: it.key, description: itemState(it).note ? `${it.text}：${itemState(it).note}` : it.text, deadline: week() }))]);
    setSeq(n);
  };

  const submit = () =>
    start(async () => {
      setError(null);
      setFieldErrors({});
      if (!node || !checklist) {
        setFieldErrors({ nodeId: [t("pickUnit")] });
        return;
      }
      const res = await recordInspectionAction({
        kind,
        checklistId: checklist.id,
        nodeId: node.id,
        occurredAt,
        scores: checklist.items.map((it) => ({ key: it.key, score: Number(itemState(it).score), note: itemState(it).note || undefined, photoIds: itemState(it).photoIds })),
        photoIds,
        notes: notes || undefined,
        observed: observed === "" ? null : Number(observed),
        correct: correct === "" ? null : Number(correct),
        problems: problems.map((p) => ({ itemKey: p.itemKey, description: p.description, deadline: p.deadline })),
      });
      if (res.ok) setDone(res.data);
      else {
        setError(res.error);
        setFieldErrors(res.fieldErrors ?? {});
        window.scrollTo({ top: 0, behavior: "smooth" });
      }
    });

  if (done) {
    return (
      <Card className="p-5 text-center" data-testid="inspection-saved">
        <CheckCircle2 className="mx-auto h-10 w-10 text-green-600" aria-hidden />
        <p className="mt-2 text-base font-medium text-slate-900">{t("saved", { total: done.total, max: done.maxTotal, count: done.rectifications })}</p>
        <a href="/m/inspections/new" className={buttonClass("secondary", "md", "mt-4")}>{t("another")}</a>
      </Card>
    );
  }

  return (
    <div className="space-y-4" data-testid="inspection-form">
      {error ? <Alert tone="error">{error}</Alert> : null}
      <Card className="space-y-3 p-4">
        <Field label={t("unit")} errors={fieldErrors.nodeId}>
          {node ? (
            <div className="flex items-center justify-between rounded-md bg-slate-50 px-3 py-2 text-sm ring-1 ring-slate-200">
              <span className="font-medium" data-testid="inspection-unit">{node.name}</span>
              <button type="button" className="text-brand-700" onClick={() => setNode(null)}>{t("changeUnit")}</button>
            </div>
          ) : (
            <NodePicker onPick={setNode} />
          )}
        </Field>
        <Field label={t("kind")}>
          <div className="grid grid-cols-2 gap-2" role="radiogroup">
            {(["UNANNOUNCED", "MONTHLY"] as const).map((k) => (
              <button key={k} type="button" role="radio" aria-checked={kind === k} onClick={() => setKind(k)} data-testid={`kind-${k}`} className={cn("h-11 rounded-md text-sm font-medium ring-1", kind === k ? "bg-brand-600 text-white ring-brand-600" : "bg-white text-slate-700 ring-slate-300")}>
                {tk(k)}
              </button>
            ))}
          </div>
        </Field>
        <Field label={t("checklist")} htmlFor="checklist" errors={fieldErrors.checklistId}>
          <Select id="checklist" value={checklistId} onChange={(e) => setChecklistId(e.target.value)}>
            {checklists.map((c) => <option key={c.id} value={c.id}>{c.name}</option>)}
          </Select>
        </Field>
        <Field label={t("time")} htmlFor="occurredAt" errors={fieldErrors.occurredAt}>
          <Input id="occurredAt" type="datetime-local" value={occurredAt} onChange={(e) => setOccurredAt(e.target.value)} />
        </Field>
      </Card>

      <section className="space-y-2" aria-label={t("items")}>
        <h2 className="px-1 text-sm font-semibold text-slate-900">{t("items")}</h2>
        {(checklist?.items ?? []).map((it) => {
          const s = itemState(it);
          const errs = fieldErrors[`scores.${it.key}`];
          return (
            <Card key={it.key} className={cn("space-y-2 p-3", errs && "ring-red-300")} data-testid={`item-${it.key}`}>
              <p className="text-sm font-medium text-slate-900">
                {it.text}
                {it.photoRequired ? <span className="ml-1.5 rounded bg-amber-50 px-1 text-[11px] text-amber-800">{t("photoRequired")}</span> : null}
              </p>
              <div className="flex items-center gap-2">
                <label className="text-xs text-slate-500" htmlFor={`score-${it.key}`}>{t("score", { max: it.maxScore })}</label>
                <Input id={`score-${it.key}`} type="number" inputMode="numeric" min={0} max={it.maxScore} value={s.score} onChange={(e) => setItem(it.key, { score: e.target.value }, it)} className="w-20" data-testid={`score-${it.key}`} />
              </div>
              <Input placeholder={t("note")} value={s.note} onChange={(e) => setItem(it.key, { note: e.target.value }, it)} aria-label={t("note")} />
              <PhotoCapture ids={s.photoIds} onChange={(ids) => setItem(it.key, { photoIds: ids }, it)} nodeId={node?.id} max={3} testId={`photo-${it.key}`} />
              {errs ? <p className="text-xs text-red-600">{errs.join("；")}</p> : null}
            </Card>
          );
        })}
        <p className="px-1 text-right text-sm font-semibold text-slate-900" data-testid="inspection-total">{t("total", { total, max })}</p>
      </section>

      <Card className="space-y-3 p-4">
        <p className="text-sm font-medium text-slate-900">{t("counts")}</p>
        <div className="grid grid-cols-2 gap-2">
          <Field label={t("observed")} htmlFor="observed" errors={fieldErrors.observed}>
            <Input id="observed" type="number" inputMode="numeric" min={0} value={observed} onChange={(e) => setObserved(e.target.value)} />
          </Field>
          <Field label={t("correct")} htmlFor="correct" errors={fieldErrors.correct}>
            <Input id="correct" type="number" inputMode="numeric" min={0} value={correct} onChange={(e) => setCorrect(e.target.value)} />
          </Field>
        </div>
        <Field label={t("photos")}>
          <PhotoCapture ids={photoIds} onChange={setPhotoIds} nodeId={node?.id} testId="inspection-photos" />
        </Field>
        <Field label={t("notes")} htmlFor="notes" errors={fieldErrors.notes}>
          <Textarea id="notes" value={notes} onChange={(e) => setNotes(e.target.value)} rows={3} />
        </Field>
      </Card>

      <Card className="space-y-3 p-4">
        <div className="flex items-center justify-between">
          <p className="text-sm font-semibold text-slate-900">{t("problems")}</p>
          <Button variant="ghost" size="sm" onClick={suggest} data-testid="suggest-problems">{t("fromItem")}</Button>
        </div>
        <p className="text-xs text-slate-500">{t("problemsHint")}</p>
        {problems.map((p, i) => (
          <div key={p.uid} className="space-y-2 rounded-md bg-slate-50 p-2 ring-1 ring-slate-200" data-testid="problem-row">
            <Textarea aria-label={t("problem")} value={p.description} rows={2} onChange={(e) => setProblems((ps) => ps.map((x) => (x.uid === p.uid ? { ...x, description: e.target.value } : x)))} />
            {fieldErrors[`problems.${i}.description`] ? <p className="text-xs text-red-600">{fieldErrors[`problems.${i}.description`].join("；")}</p> : null}
            <div className="flex items-center gap-2">
              <label className="text-xs text-slate-500" htmlFor={`deadline-${p.uid}`}>{t("deadline")}</label>
              <Input id={`deadline-${p.uid}`} type="date" value={p.deadline} onChange={(e) => setProblems((ps) => ps.map((x) => (x.uid === p.uid ? { ...x, deadline: e.target.value } : x)))} className="w-40" />
              <button type="button" onClick={() => setProblems((ps) => ps.filter((x) => x.uid !== p.uid))} className="ml-auto rounded p-1.5 text-slate-500 hover:bg-slate-200" aria-label={t("remove")}>
                <Trash2 className="h-4 w-4" />
              </button>
            </div>
            {fieldErrors[`problems.${i}.deadline`] ? <p className="text-xs text-red-600">{fieldErrors[`problems.${i}.deadline`].join("；")}</p> : null}
          </div>
        ))}
        <Button
          variant="secondary"
          size="sm"
          onClick={() => (setProblems((ps) => [...ps, { uid: seq, itemKey: null, description: "", deadline: week() }]), setSeq(seq + 1))}
          data-testid="add-problem"
        >
          <Plus className="h-4 w-4" aria-hidden />
          {t("addProblem")}
        </Button>
      </Card>

      <button type="button" onClick={submit} disabled={pending} className={buttonClass("primary", "md", "h-12 w-full text-base")} data-testid="inspection-submit">
        {t("submit")}
      </button>
    </div>
  );
}
