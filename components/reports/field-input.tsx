"use client";
import { useRef } from "react";
import { useTranslations } from "next-intl";
import { ImagePlus, Loader2, Paperclip, Plus, Trash2, X } from "lucide-react";
import { useUploader } from "@/components/ui/use-uploader";
import { Button } from "@/components/ui/button";
import { Field, Input, Select, Textarea } from "@/components/ui/field";
import type { ColumnDef, FieldDef } from "@/lib/reports/fields";

export type Value = unknown;
export type Errors = Record<string, string[]>;

const label = (f: { label: string; labelEn?: string }, locale: string) => (locale === "en" && f.labelEn ? f.labelEn : f.label);
const str = (v: unknown) => (v === undefined || v === null ? "" : String(v));

/** One scalar input (text, number, choice, date …) for a field or a table column. */
export function ScalarInput({ f, id, value, onChange, onBlur, invalid, locale, disabled }: {
  f: ColumnDef;
  id: string;
  value: Value;
  onChange: (v: Value) => void;
  onBlur: () => void;
  invalid: boolean;
  locale: string;
  disabled?: boolean;
}) {
  const common = { id, name: id, onBlur, disabled, "aria-invalid": invalid || undefined, "aria-describedby": invalid ? `${id}-error` : undefined };
  switch (f.type) {
    case "textarea":
      return <Textarea {...common} rows={4} maxLength={f.maxLength} value={str(value)} onChange={(e) => onChange(e.target.value)} />;
    case "text":
      return <Input {...common} maxLength={f.maxLength} value={str(value)} onChange={(e) => onChange(e.target.value)} />;
    case "number":
    case "integer":
      return (
        <div className="flex items-center gap-2">
          <Input {...common} inputMode={f.type === "integer" ? "numeric" : "decimal"} value={str(value)} onChange={(e) => onChange(e.target.value)} className="max-w-48" />
          {f.unit ? <span className="text-sm text-slate-500">{f.unit}</span> : null}
        </div>
      );
    case "date":
      return <Input {...common} type="date" value={str(value)} onChange={(e) => onChange(e.target.value)} className="max-w-48" />;
    case "choice":
      if (f.multiple) {
        const list = Array.isArray(value) ? (value as string[]) : [];
        return (
          <div className="flex flex-wrap gap-x-4 gap-y-1" id={id} onBlur={onBlur}>
            {f.options.map((o) => (
              <label key={o.value} className="inline-flex items-center gap-1.5 text-sm text-slate-700">
                <input
                  type="checkbox"
                  className="h-4 w-4 rounded border-slate-300 text-brand-600"
                  disabled={disabled}
                  checked={list.includes(o.value)}
                  onChange={(e) => onChange(e.target.checked ? [...list, o.value] : list.filter((x) => x !== o.value))}
                />
                {label(o, locale)}
              </label>
            ))}
          </div>
        );
      }
      return (
        <Select {...common} value={str(value)} onChange={(e) => onChange(e.target.value)} className="max-w-64">
          <option value="">—</option>
          {f.options.map((o) => (
            <option key={o.value} value={o.value}>{label(o, locale)}</option>
          ))}
        </Select>
      );
  }
}

/** Photos or files: uploaded one by one through /api/files (checked by content there), kept as file ids. */
export function FileInput({ f, id, value, onChange, nodeId, disabled }: {
  f: Extract<FieldDef, { type: "file" }>;
  id: string;
  value: Value;
  onChange: (v: Value) => void;
  nodeId: string;
  disabled?: boolean;
}) {
  const t = useTranslations("reports.form");
  const ids = Array.isArray(value) ? (value as string[]) : [];
  const input = useRef<HTMLInputElement>(null);
  const uploader = useUploader({ kind: f.accept, nodeId, fallback: t("uploadFailed"), onUploaded: (files) => onChange([...ids, ...files.map((x) => x.id)]) });
  const { busy, error } = uploader;
  async function upload(files: FileList | null) {
    await uploader.upload(files, f.maxFiles - ids.length);
    if (input.current) input.current.value = "";
  }
  return (
    <div className="space-y-2">
      {ids.length ? (
        <ul className="flex flex-wrap gap-2">
          {ids.map((fid, i) => (
            <li key={fid} className="relative">
              {f.accept === "image" ? (
                <a href={`/api/files/${fid}`} target="_blank" rel="noreferrer">
                  {/* eslint-disable-next-line @next/next/no-img-element */}
                  <img src={`/api/files/${fid}`} alt={t("photoN", { n: i + 1 })} className="h-20 w-20 rounded-md object-cover ring-1 ring-slate-200" />
                </a>
              ) : (
                <a href={`/api/files/${fid}`} className="inline-flex items-center gap-1 rounded-md bg-slate-100 px-2 py-1 text-sm text-slate-700" target="_blank" rel="noreferrer">
                  <Paperclip className="h-3.5 w-3.5" aria-hidden />
                  {t("fileN", { n: i + 1 })}
                </a>
              )}
              {!disabled ? (
                <button type="button" onClick={() => onChange(ids.filter((x) => x !== fid))} className="absolute -right-1.5 -top-1.5 rounded-full bg-white p-0.5 text-slate-500 shadow ring-1 ring-slate-200 hover:text-red-600" aria-label={t("removeFile")}>
                  <X className="h-3.5 w-3.5" />
                </button>
              ) : null}
            </li>
          ))}
        </ul>
      ) : null}
      {!disabled && ids.length < f.maxFiles ? (
        <label className="inline-flex cursor-pointer items-center gap-1.5 rounded-md bg-white px-3 py-2 text-sm text-slate-700 ring-1 ring-inset ring-slate-300 hover:bg-slate-50">
          {busy ? <Loader2 className="h-4 w-4 animate-spin" aria-hidden /> : <ImagePlus className="h-4 w-4" aria-hidden />}
          {f.accept === "image" ? t("addPhotos", { max: f.maxFiles }) : t("addFiles", { max: f.maxFiles })}
          <input ref={input} id={id} type="file" className="sr-only" multiple accept={f.accept === "image" ? "image/*" : undefined} disabled={busy} onChange={(e) => upload(e.target.files)} />
        </label>
      ) : null}
      {error ? <p className="text-xs text-red-600" role="alert">{error}</p> : null}
    </div>
  );
}

/** Repeated rows (theme activities …): one card per row so it fits a phone, add and remove. */
export function TableInput({ f, id, value, onChange, onBlur, errors, locale, disabled }: {
  f: Extract<FieldDef, { type: "table" }>;
  id: string;
  value: Value;
  onChange: (v: Value) => void;
  onBlur: () => void;
  errors: Errors;
  locale: string;
  disabled?: boolean;
}) {
  const t = useTranslations("reports.form");
  const rows = Array.isArray(value) ? (value as Record<string, unknown>[]) : [];
  const set = (i: number, key: string, v: Value) => onChange(rows.map((r, j) => (j === i ? { ...r, [key]: v } : r)));
  return (
    <div className="space-y-2" data-testid={`table-${f.key}`}>
      {rows.map((row, i) => (
        <fieldset key={i} className="rounded-md bg-slate-50 p-3 ring-1 ring-slate-200" data-testid={`row-${f.key}-${i}`}>
          <legend className="sr-only">{t("rowN", { n: i + 1 })}</legend>
          <div className="mb-2 flex items-center justify-between">
            <span className="text-xs font-medium text-slate-500">{t("rowN", { n: i + 1 })}</span>
            {!disabled ? (
              <Button variant="ghost" size="sm" onClick={() => onChange(rows.filter((_, j) => j !== i))} aria-label={t("removeRow", { n: i + 1 })}>
                <Trash2 className="h-4 w-4" />
              </Button>
            ) : null}
          </div>
          <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
            {f.columns.map((c) => {
              const cid = `${id}.${i}.${c.key}`;
              const errs = errors[`${f.key}.${i}.${c.key}`];
              return (
                <Field key={c.key} label={label(c, locale)} htmlFor={cid} required={c.required} errors={errs} className={c.type === "textarea" ? "sm:col-span-2 lg:col-span-4" : undefined}>
                  <ScalarInput f={c} id={cid} value={row[c.key]} onChange={(v) => set(i, c.key, v)} onBlur={onBlur} invalid={!!errs?.length} locale={locale} disabled={disabled} />
                </Field>
              );
            })}
          </div>
        </fieldset>
      ))}
      {!disabled && rows.length < f.maxRows ? (
        <Button variant="secondary" size="sm" onClick={() => onChange([...rows, {}])} data-testid={`add-row-${f.key}`}>
          <Plus className="h-4 w-4" aria-hidden />
          {t("addRow")}
        </Button>
      ) : null}
    </div>
  );
}
