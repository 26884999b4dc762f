"use client";
import { useCallback, useEffect, useRef, useState } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { CheckCircle2, CloudOff, Loader2, Send } from "lucide-react";
import { getReportStateAction, saveReportDraftAction, submitReportAction } from "@/app/actions/reports";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { Field } from "@/components/ui/field";
import type { ActionResult } from "@/lib/access/define-action";
import type { FieldDef } from "@/lib/reports/fields";
import { FileInput, ScalarInput, TableInput, type Errors, type Value } from "./field-input";

type Data = Record<string, unknown>;
type ServerState = { version: number; status: string; data: Data; updatedAt: Date | string; updatedBy: string | null };

const AUTOSAVE_MS = 3_000;

function newKey() {
  return typeof crypto !== "undefined" && "randomUUID" in crypto ? crypto.randomUUID() : `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 12)}`;
}

/** A call that may fail on the network is retried with the same key: the server answers a repeat with the first result. */
async function withRetry<T>(call: () => Promise<ActionResult<T>>, times: number): Promise<ActionResult<T> | null> {
  for (let i = 0; ; i++) {
    try {
      return await call();
    } catch {
      if (i >= times) return null;
      await new Promise((r) => setTimeout(r, 800 * (i + 1)));
    }
  }
}

function clock(at: Date | string, tz: string) {
  return new Intl.DateTimeFormat("zh-CN", { timeZone: tz, hour: "2-digit", minute: "2-digit", hour12: false }).format(new Date(at));
}

/**
 * The filing form: saves itself a few seconds after typing stops and when a field is left ("已自动保存 17:02"),
 * submits after a confirmation, and never overwrites a newer version from elsewhere without asking.
 */
export function ReportForm({ type, period, nodeId, fields, initial, version: initialVersion, tz, locale, prefill, differs }: {
  type: string;
  period: string;
  nodeId: string;
  fields: FieldDef[];
  initial: Data;
  version: number;
  tz: string;
  locale: string;
  prefill: Data;
  differs: string[];
}) {
  const t = useTranslations("reports.form");
  const router = useRouter();
  const [data, setData] = useState<Data>(initial);
  const [errors, setErrors] = useState<Errors>({});
  const [banner, setBanner] = useState<string | null>(null);
  const [save, setSave] = useState<{ kind: "idle" | "saving" | "saved" | "error"; at?: Date | string }>({ kind: "idle" });
  const [conflict, setConflict] = useState<ServerState | null>(null);
  const [confirm, setConfirm] = useState(false);
  const [submitting, setSubmitting] = useState(false);
  const dataRef = useRef(data);
  const version = useRef(initialVersion);
  const dirty = useRef(false);
  const inflight = useRef<Promise<void> | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const blocked = useRef(false);
  const submitting_ = useRef(false);
  const ref = { type, period, nodeId };

  const loadConflict = useCallback(async () => {
    blocked.current = true;
    const st = await getReportStateAction({ type, period, nodeId }).catch(() => null);
    if (st?.ok && st.data) setConflict(st.data as ServerState);
  }, [type, period, nodeId]);

  const saveNow = useCallback(async () => {
    if (inflight.current) await inflight.current;
    // A submission carries the latest content itself; no draft save may overtake it.
    if (!dirty.current || blocked.current || submitting_.current || inflight.current) return;
    dirty.current = false;
    const snapshot = dataRef.current;
    const key = newKey();
    setSave({ kind: "saving" });
    const run = (async () => {
      const res = await withRetry(() => saveReportDraftAction({ ...ref, data: snapshot, baseVersion: version.current, idempotencyKey: key }), 2);
      if (!res) {
        dirty.current = true;
        setSave({ kind: "error" });
        return;
      }
      if (res.ok) {
        version.current = res.data.version;
        setSave({ kind: "saved", at: res.data.savedAt });
        setErrors({});
        return;
      }
      if (res.code === "CONFLICT") {
        setSave({ kind: "idle" });
        await loadConflict();
        return;
      }
      dirty.current = true;
      setSave({ kind: "error" });
      setErrors(res.fieldErrors ?? {});
    })();
    inflight.current = run;
    await run;
    inflight.current = null;
    // Typed while the save was on its way: save again.
    if (dirty.current && !blocked.current && !submitting_.current) schedule();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [type, period, nodeId, loadConflict]);

  function schedule() {
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(() => void saveNow(), AUTOSAVE_MS);
  }

  function change(key: string, v: Value) {
    const next = { ...dataRef.current, [key]: v };
    dataRef.current = next;
    setData(next);
    dirty.current = true;
    schedule();
  }

  const blur = () => {
    if (dirty.current) {
      if (timer.current) clearTimeout(timer.current);
      void saveNow();
    }
  };

  useEffect(() => {
    const warn = (e: BeforeUnloadEvent) => {
      if (dirty.current || inflight.current) e.preventDefault();
    };
    window.addEventListener("beforeunload", warn);
    return () => {
      window.removeEventListener("beforeunload", warn);
      if (timer.current) clearTimeout(timer.current);
    };
  }, []);

  async function submit() {
    submitting_.current = true;
    if (timer.current) clearTimeout(timer.current);
    // Wait until no draft save is on its way: the submission must be based on the version the last save produced.
    while (inflight.current) await inflight.current;
    setSubmitting(true);
    const key = newKey(); // one key for this click, reused by every retry
    const res = await withRetry(() => submitReportAction({ ...ref, data: dataRef.current, baseVersion: version.current, idempotencyKey: key }), 3);
    submitting_.current = false;
    setSubmitting(false);
    setConfirm(false);
    if (!res) {
      setBanner(t("offline"));
      return;
    }
    if (res.ok) {
      dirty.current = false;
      router.refresh();
      return;
    }
    setBanner(res.error);
    setErrors(res.fieldErrors ?? {});
    if (res.code === "CONFLICT") await loadConflict();
  }

  function takeTheirs() {
    if (!conflict) return;
    if (conflict.status === "SUBMITTED" || conflict.status === "APPROVED") {
      router.refresh();
      return;
    }
    dataRef.current = conflict.data;
    setData(conflict.data);
    version.current = conflict.version;
    dirty.current = false;
    blocked.current = false;
    setConflict(null);
    setBanner(null);
  }

  function keepMine() {
    if (!conflict) return;
    version.current = conflict.version;
    blocked.current = false;
    dirty.current = true;
    setConflict(null);
    setBanner(null);
    void saveNow();
  }

  const theirsDiffer = conflict ? fields.filter((f) => JSON.stringify(conflict.data[f.key] ?? null) !== JSON.stringify(data[f.key] ?? null)) : [];
  const canKeepMine = conflict && (conflict.status === "DRAFT" || conflict.status === "RETURNED");

  return (
    <form onSubmit={(e) => (e.preventDefault(), setConfirm(true))} className="space-y-5" data-testid="report-form" noValidate>
      {conflict ? (
        <div className="rounded-md bg-amber-50 p-3 text-sm text-amber-900 ring-1 ring-amber-200" role="alert" data-testid="report-conflict">
          <p className="font-medium">{t("conflictTitle")}</p>
          <p className="mt-1">{t("conflictBody", { who: conflict.updatedBy ?? "—", at: clock(conflict.updatedAt, tz) })}</p>
          {theirsDiffer.length ? <p className="mt-1">{t("conflictFields", { fields: theirsDiffer.map((f) => f.label).join("、") })}</p> : null}
          <div className="mt-2 flex flex-wrap gap-2">
            <Button size="sm" onClick={takeTheirs} data-testid="conflict-take-theirs">{t("takeTheirs")}</Button>
            {canKeepMine ? <Button size="sm" variant="secondary" onClick={keepMine}>{t("keepMine")}</Button> : null}
          </div>
        </div>
      ) : null}
      {banner && !conflict ? <Alert tone="error">{banner}</Alert> : null}

      {fields.map((f) => {
        const id = `f-${f.key}`;
        const errs = errors[f.key];
        const hint = differs.includes(f.key) && f.key in prefill ? t("prefillDiffers", { value: String(prefill[f.key] ?? "") }) : f.help;
        if (f.type === "table") {
          return (
            <Field key={f.key} label={f.label} required={f.required} errors={errs} hint={f.help}>
              <TableInput f={f} id={id} value={data[f.key]} onChange={(v) => change(f.key, v)} onBlur={blur} errors={errors} locale={locale} />
            </Field>
          );
        }
        if (f.type === "file") {
          return (
            <Field key={f.key} label={f.label} htmlFor={id} required={f.required} errors={errs} hint={f.help}>
              <FileInput f={f} id={id} value={data[f.key]} onChange={(v) => (change(f.key, v), blur())} nodeId={nodeId} />
            </Field>
          );
        }
        return (
          <Field key={f.key} label={f.label} htmlFor={id} required={f.required} errors={errs} hint={hint}>
            <ScalarInput f={f} id={id} value={data[f.key]} onChange={(v) => change(f.key, v)} onBlur={blur} invalid={!!errs?.length} locale={locale} />
          </Field>
        );
      })}

      <div className="sticky bottom-0 -mx-4 flex flex-wrap items-center justify-between gap-3 border-t border-slate-200 bg-white/95 px-4 py-3 backdrop-blur">
        <p className="flex items-center gap-1.5 text-sm text-slate-500" aria-live="polite" data-testid="autosave">
          {save.kind === "saving" ? <><Loader2 className="h-4 w-4 animate-spin" aria-hidden />{t("saving")}</> : null}
          {save.kind === "saved" && save.at ? <><CheckCircle2 className="h-4 w-4 text-green-600" aria-hidden />{t("savedAt", { time: clock(save.at, tz) })}</> : null}
          {save.kind === "error" ? <><CloudOff className="h-4 w-4 text-red-600" aria-hidden /><span className="text-red-700">{t("saveFailed")}</span></> : null}
        </p>
        <div className="flex gap-2">
          <Button variant="secondary" onClick={() => ((dirty.current = true), void saveNow())} disabled={!!conflict} data-testid="save-draft">{t("saveDraft")}</Button>
          <button type="submit" className="inline-flex h-10 items-center gap-1.5 rounded-md bg-brand-600 px-4 text-sm font-medium text-white shadow-sm hover:bg-brand-700 disabled:opacity-50" disabled={!!conflict} data-testid="submit-report">
            <Send className="h-4 w-4" aria-hidden />
            {t("submit")}
          </button>
        </div>
      </div>

      <Dialog open={confirm} onClose={() => setConfirm(false)} title={t("confirmTitle")}>
        <p className="text-sm text-slate-600">{t("confirmBody")}</p>
        <div className="mt-4 flex justify-end gap-2">
          <Button variant="secondary" onClick={() => setConfirm(false)}>{t("cancel")}</Button>
          <Button onClick={submit} disabled={submitting} data-testid="confirm-submit">
            {submitting ? <Loader2 className="h-4 w-4 animate-spin" aria-hidden /> : null}
            {t("confirmSubmit")}
          </Button>
        </div>
      </Dialog>
    </form>
  );
}
