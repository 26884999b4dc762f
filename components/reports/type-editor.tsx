"use client";
import { useRef, useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { ArrowDown, ArrowUp, Plus, Trash2 } from "lucide-react";
import { saveReportTypeAction } from "@/app/actions/reports";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { Checkbox, Field, Input, Select, Textarea } from "@/components/ui/field";
import { NodePicker, type NodeOption } from "@/components/users/node-picker";
import type { FieldDef, FieldType } from "@/lib/reports/fields";

type Kind = { code: string; name: string };
type Step = { offsetMinutes: number; escalate: boolean };
type Draft = Record<string, unknown> & { key: string; label: string; type: FieldType; required: boolean; help?: string; columns?: Draft[] };

export type TypeValue = {
  code: string;
  name: string;
  nameEn: string | null;
  description: string | null;
  cadence: "WEEKLY" | "MONTHLY" | "QUARTERLY";
  weekday: number | null;
  dayOfMonth: number | null;
  dueTime: string;
  periodOffset: number;
  lockAfterDays: number | null;
  reminders: Step[];
  fields: FieldDef[];
  filerKindCodes: string[];
  reviewKindCodes: string[];
  exportTitle: string | null;
  active: boolean;
  activeFrom: string;
};

const SCALAR: FieldType[] = ["text", "textarea", "number", "integer", "choice", "date"];
const ALL: FieldType[] = [...SCALAR, "file", "table"];

function nextKey(list: { key: string }[], prefix = "field") {
  let i = list.length + 1;
  while (list.some((f) => f.key === `${prefix}${i}`)) i++;
  return `${prefix}${i}`;
}

/** Options typed one per line, "value=label" or just the label (its position becomes the value). */
function optionsToText(o: unknown): string {
  return Array.isArray(o) ? o.map((x: { value: string; label: string }) => (x.value === x.label ? x.label : `${x.value}=${x.label}`)).join("\n") : "";
}
function textToOptions(text: string) {
  return text
    .split("\n")
    .map((l) => l.trim())
    .filter(Boolean)
    .map((l, i) => {
      const [v, ...rest] = l.split("=");
      return rest.length ? { value: v.trim(), label: rest.join("=").trim() } : { value: `o${i + 1}`, label: l };
    });
}

function FieldRows({ list, onChange, allowed, locked, depth = 0 }: { list: Draft[]; onChange: (l: Draft[]) => void; allowed: FieldType[]; locked: Set<string>; depth?: number }) {
  const t = useTranslations("reports.types");
  const set = (i: number, patch: Partial<Draft>) => onChange(list.map((f, j) => (j === i ? ({ ...f, ...patch } as Draft) : f)));
  const move = (i: number, d: number) => {
    const next = [...list];
    [next[i], next[i + d]] = [next[i + d], next[i]];
    onChange(next);
  };
  return (
    <div className="space-y-3">
      {list.map((f, i) => {
        const numeric = f.type === "number" || f.type === "integer";
        return (
          <div key={i} className={depth ? "rounded-md bg-white p-3 ring-1 ring-slate-200" : "rounded-md bg-slate-50 p-3 ring-1 ring-slate-200"} data-testid="field-row">
            <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
              <Field label={t("fieldLabel")}>
                <Input value={f.label} onChange={(e) => set(i, { label: e.target.value })} maxLength={60} />
              </Field>
              <Field label={t("fieldKey")} hint={locked.has(f.key) ? t("keyLocked") : undefined}>
                <Input value={f.key} onChange={(e) => set(i, { key: e.target.value })} disabled={locked.has(f.key)} className="font-mono" />
              </Field>
              <Field label={t("fieldType")}>
                <Select value={f.type} onChange={(e) => set(i, { type: e.target.value as FieldType, ...(e.target.value === "table" && !f.columns ? { columns: [{ key: "name", label: t("newColumn"), type: "text", required: false }] } : {}) })}>
                  {allowed.map((ty) => <option key={ty} value={ty}>{t(`fieldTypes.${ty}`)}</option>)}
                </Select>
              </Field>
              <div className="flex items-end justify-between gap-2">
                <Checkbox label={t("required")} checked={f.required} onChange={(e) => set(i, { required: e.target.checked })} />
                <div className="flex">
                  <Button variant="ghost" size="sm" disabled={i === 0} onClick={() => move(i, -1)} aria-label={t("up")}><ArrowUp className="h-4 w-4" /></Button>
                  <Button variant="ghost" size="sm" disabled={i === list.length - 1} onClick={() => move(i, 1)} aria-label={t("down")}><ArrowDown className="h-4 w-4" /></Button>
                  <Button variant="ghost" size="sm" onClick={() => onChange(list.filter((_, j) => j !== i))} aria-label={t("remove")}><Trash2 className="h-4 w-4" /></Button>
                </div>
              </div>
              <Field label={t("help")} className="sm:col-span-2">
                <Input value={(f.help as string) ?? ""} onChange={(e) => set(i, { help: e.target.value })} maxLength={300} />
              </Field>
              {numeric ? (
                <>
                  <Field label={t("unit")}><Input value={(f.unit as string) ?? ""} onChange={(e) => set(i, { unit: e.target.value })} maxLength={10} /></Field>
                  <Field label={t("minMax")}>
                    <div className="flex gap-2">
                      <Input inputMode="decimal" value={f.min === undefined ? "" : String(f.min)} onChange={(e) => set(i, { min: e.target.value === "" ? undefined : Number(e.target.value) })} />
                      <Input inputMode="decimal" value={f.max === undefined ? "" : String(f.max)} onChange={(e) => set(i, { max: e.target.value === "" ? undefined : Number(e.target.value) })} />
                    </div>
                  </Field>
                </>
              ) : null}
              {f.type === "choice" ? (
                <>
                  <Field label={t("options")} hint={t("optionsHint")} className="sm:col-span-2">
                    <Textarea rows={3} defaultValue={optionsToText(f.options)} onBlur={(e) => set(i, { options: textToOptions(e.target.value) })} />
                  </Field>
                  <div className="flex items-end"><Checkbox label={t("multiple")} checked={!!f.multiple} onChange={(e) => set(i, { multiple: e.target.checked })} /></div>
                </>
              ) : null}
              {f.type === "file" ? (
                <>
                  <Field label={t("accept")}>
                    <Select value={(f.accept as string) ?? "image"} onChange={(e) => set(i, { accept: e.target.value })}>
                      <option value="image">{t("acceptImage")}</option>
                      <option value="document">{t("acceptDocument")}</option>
                    </Select>
                  </Field>
                  <Field label={t("maxFiles")}><Input inputMode="numeric" value={String(f.maxFiles ?? 9)} onChange={(e) => set(i, { maxFiles: Number(e.target.value) || 1 })} /></Field>
                </>
              ) : null}
            </div>
            {f.type === "table" ? (
              <div className="mt-3 border-l-2 border-slate-200 pl-3">
                <p className="mb-2 text-xs font-medium text-slate-500">{t("columns")}</p>
                <FieldRows list={f.columns ?? []} onChange={(columns) => set(i, { columns })} allowed={SCALAR} locked={locked} depth={1} />
              </div>
            ) : null}
          </div>
        );
      })}
      <Button variant="secondary" size="sm" onClick={() => onChange([...list, { key: nextKey(list, depth ? "col" : "field"), label: depth ? t("newColumn") : t("newField"), type: "text", required: false }])} data-testid={depth ? "add-column" : "add-field"}>
        <Plus className="h-4 w-4" aria-hidden />
        {depth ? t("addColumn") : t("addField")}
      </Button>
    </div>
  );
}

/** Create or change a report type: form fields, calendar rule, reminders, who files and who approves. */
export function TypeEditor({ mode, value, kinds, filerRoot }: { mode: "create" | "update"; value: TypeValue; kinds: Kind[]; filerRoot: NodeOption | null }) {
  const t = useTranslations("reports.types");
  const router = useRouter();
  const [v, setV] = useState<TypeValue>(value);
  const [fields, setFields] = useState<Draft[]>(value.fields as unknown as Draft[]);
  const [error, setError] = useState<string | null>(null);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string[]>>({});
  const [pending, start] = useTransition();
  const locked = useRef(new Set(mode === "update" ? value.fields.flatMap((f) => [f.key, ...(f.type === "table" ? f.columns.map((c) => c.key) : [])]) : [])).current;
  const set = (patch: Partial<TypeValue>) => setV((x) => ({ ...x, ...patch }));
  const toggle = (list: string[], code: string, on: boolean) => (on ? [...new Set([...list, code])] : list.filter((c) => c !== code));
  const errs = (k: string) => Object.entries(fieldErrors).filter(([p]) => p === `type.${k}` || p.startsWith(`type.${k}.`)).flatMap(([, m]) => m);

  function submit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const fd = new FormData(e.currentTarget);
    const type = { ...v, filerRootId: (fd.get("filerRootId") as string) || null, fields, activeFrom: v.activeFrom || undefined };
    start(async () => {
      const res = await saveReportTypeAction({ mode, type: type as never });
      if (res.ok) {
        router.push("/reports/types");
        router.refresh();
      } else {
        setError(res.error);
        setFieldErrors(res.fieldErrors ?? {});
      }
    });
  }

  return (
    <form onSubmit={submit} className="space-y-5" data-testid="type-editor">
      {error ? <Alert tone="error">{error}{Object.keys(fieldErrors).length ? <ul className="mt-1 list-disc pl-4 text-xs">{Object.entries(fieldErrors).map(([k, m]) => <li key={k}>{k.replace(/^type\./, "")}：{m.join("；")}</li>)}</ul> : null}</Alert> : null}
      <Card>
        <CardHeader title={t("basics")} />
        <CardBody className="grid gap-4 sm:grid-cols-2">
          <Field label={t("name")} htmlFor="t-name" required errors={errs("name")}><Input id="t-name" value={v.name} onChange={(e) => set({ name: e.target.value })} /></Field>
          <Field label={t("code")} htmlFor="t-code" required errors={errs("code")} hint={mode === "update" ? t("keyLocked") : t("codeHint")}>
            <Input id="t-code" value={v.code} onChange={(e) => set({ code: e.target.value })} disabled={mode === "update"} className="font-mono" />
          </Field>
          <Field label={t("nameEn")} htmlFor="t-nameEn"><Input id="t-nameEn" value={v.nameEn ?? ""} onChange={(e) => set({ nameEn: e.target.value })} /></Field>
          <Field label={t("exportTitle")} htmlFor="t-exportTitle" hint={t("exportTitleHint")}><Input id="t-exportTitle" value={v.exportTitle ?? ""} onChange={(e) => set({ exportTitle: e.target.value })} /></Field>
          <Field label={t("description")} htmlFor="t-description" className="sm:col-span-2"><Textarea id="t-description" rows={2} value={v.description ?? ""} onChange={(e) => set({ description: e.target.value })} /></Field>
          <Checkbox label={t("active")} checked={v.active} onChange={(e) => set({ active: e.target.checked })} />
        </CardBody>
      </Card>
      <Card>
        <CardHeader title={t("schedule")} description={t("scheduleHint")} />
        <CardBody className="grid gap-4 sm:grid-cols-3">
          <Field label={t("cadence")} htmlFor="t-cadence">
            <Select id="t-cadence" value={v.cadence} onChange={(e) => set({ cadence: e.target.value as TypeValue["cadence"], ...(e.target.value === "WEEKLY" ? { weekday: v.weekday ?? 3 } : { dayOfMonth: v.dayOfMonth ?? 18 }) })}>
              {(["WEEKLY", "MONTHLY", "QUARTERLY"] as const).map((c) => <option key={c} value={c}>{t(`cadences.${c}`)}</option>)}
            </Select>
          </Field>
          {v.cadence === "WEEKLY" ? (
            <Field label={t("weekday")} htmlFor="t-weekday" errors={errs("weekday")}>
              <Select id="t-weekday" value={String(v.weekday ?? 3)} onChange={(e) => set({ weekday: Number(e.target.value) })}>
                {[1, 2, 3, 4, 5, 6, 7].map((d) => <option key={d} value={d}>{t(`weekdays.${d}`)}</option>)}
              </Select>
            </Field>
          ) : (
            <Field label={t("dayOfMonth")} htmlFor="t-day" errors={errs("dayOfMonth")}>
              <Input id="t-day" inputMode="numeric" value={v.dayOfMonth === null ? "" : String(v.dayOfMonth)} onChange={(e) => set({ dayOfMonth: e.target.value === "" ? null : Number(e.target.value) })} />
            </Field>
          )}
          <Field label={t("dueTime")} htmlFor="t-time" errors={errs("dueTime")}><Input id="t-time" type="time" value={v.dueTime} onChange={(e) => set({ dueTime: e.target.value })} /></Field>
          <Field label={t("periodOffset")} htmlFor="t-offset">
            <Select id="t-offset" value={String(v.periodOffset)} onChange={(e) => set({ periodOffset: Number(e.target.value) })}>
              <option value="0">{t("offset0")}</option>
              <option value="1">{t("offset1")}</option>
            </Select>
          </Field>
          <Field label={t("lockAfterDays")} htmlFor="t-lock" hint={t("lockHint")} errors={errs("lockAfterDays")}>
            <Input id="t-lock" inputMode="numeric" value={v.lockAfterDays === null ? "" : String(v.lockAfterDays)} onChange={(e) => set({ lockAfterDays: e.target.value === "" ? null : Number(e.target.value) })} />
          </Field>
          <Field label={t("activeFrom")} htmlFor="t-from" hint={t("activeFromHint")}><Input id="t-from" type="date" value={v.activeFrom} onChange={(e) => set({ activeFrom: e.target.value })} /></Field>
          <div className="sm:col-span-3">
            <p className="text-sm font-medium text-slate-700">{t("reminders")}</p>
            <p className="text-xs text-slate-500">{t("remindersHint")}</p>
            <ul className="mt-2 space-y-2">
              {v.reminders.map((r, i) => (
                <li key={i} className="flex flex-wrap items-center gap-3">
                  <Input inputMode="decimal" className="w-24" aria-label={t("offsetHours")} value={String(r.offsetMinutes / 60)} onChange={(e) => set({ reminders: v.reminders.map((x, j) => (j === i ? { ...x, offsetMinutes: Math.round(Number(e.target.value) * 60) || 0 } : x)) })} />
                  <span className="text-sm text-slate-500">{t("hoursRelative")}</span>
                  <Checkbox label={t("escalate")} checked={r.escalate} onChange={(e) => set({ reminders: v.reminders.map((x, j) => (j === i ? { ...x, escalate: e.target.checked } : x)) })} />
                  <Button variant="ghost" size="sm" onClick={() => set({ reminders: v.reminders.filter((_, j) => j !== i) })} aria-label={t("remove")}><Trash2 className="h-4 w-4" /></Button>
                </li>
              ))}
            </ul>
            <Button variant="secondary" size="sm" className="mt-2" onClick={() => set({ reminders: [...v.reminders, { offsetMinutes: -120, escalate: false }] })}><Plus className="h-4 w-4" />{t("addReminder")}</Button>
          </div>
        </CardBody>
      </Card>
      <Card>
        <CardHeader title={t("filers")} description={t("filersHint")} />
        <CardBody className="space-y-4">
          <div className="flex flex-wrap gap-x-5 gap-y-2" data-testid="filer-kinds">
            {kinds.map((k) => <Checkbox key={k.code} label={k.name} checked={v.filerKindCodes.includes(k.code)} onChange={(e) => set({ filerKindCodes: toggle(v.filerKindCodes, k.code, e.target.checked) })} />)}
          </div>
          {errs("filerKindCodes").length ? <p className="text-xs text-red-600">{errs("filerKindCodes").join("；")}</p> : null}
          <Field label={t("filerRoot")} hint={t("filerRootHint")}><NodePicker name="filerRootId" initial={filerRoot} /></Field>
          <div>
            <p className="text-sm font-medium text-slate-700">{t("reviewKinds")}</p>
            <p className="text-xs text-slate-500">{t("reviewKindsHint")}</p>
            <div className="mt-2 flex flex-wrap gap-x-5 gap-y-2">
              {kinds.map((k) => <Checkbox key={k.code} label={k.name} checked={v.reviewKindCodes.includes(k.code)} onChange={(e) => set({ reviewKindCodes: toggle(v.reviewKindCodes, k.code, e.target.checked) })} />)}
            </div>
          </div>
        </CardBody>
      </Card>
      <Card>
        <CardHeader title={t("fields")} description={t("fieldsHint")} />
        <CardBody>
          <FieldRows list={fields} onChange={setFields} allowed={ALL} locked={locked} />
        </CardBody>
      </Card>
      <div className="flex justify-end gap-2">
        <Button variant="secondary" onClick={() => router.push("/reports/types")}>{t("cancel")}</Button>
        <Button type="submit" disabled={pending} data-testid="save-type">{t("save")}</Button>
      </div>
    </form>
  );
}
