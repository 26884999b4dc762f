"use client";
import { useState, useTransition } from "react";
import { useTranslations } from "next-intl";
import { CheckCircle2 } from "lucide-react";
import { recordFollowUpAction } from "@/app/actions/inspections";
import { Alert } from "@/components/ui/alert";
import { buttonClass } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Input, Textarea } from "@/components/ui/field";
import { cn } from "@/components/ui/cn";
import { PhotoCapture } from "./photo-capture";

type Item = { id: string; description: string; nodeName: string; deadline: string; state: string; doneNote: string | null };

/** 回访抽查 of one unit: each open or completed item passed (closed) or failed (back with a new deadline). */
export function FollowUpForm({ nodeId, items }: { nodeId: string; items: Item[] }) {
  const t = useTranslations("inspections.follow");
  const ts = useTranslations("inspections.state");
  const [checks, setChecks] = useState<Record<string, { passed: boolean | null; note: string; newDeadline: string }>>({});
  const [photoIds, setPhotoIds] = useState<string[]>([]);
  const [notes, setNotes] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<{ passed: number; reopened: number } | null>(null);
  const [pending, start] = useTransition();
  const get = (id: string) => checks[id] ?? { passed: null, note: "", newDeadline: "" };
  const set = (id: string, patch: Partial<{ passed: boolean | null; note: string; newDeadline: string }>) => setChecks((c) => ({ ...c, [id]: { ...get(id), ...patch } }));
  if (done) {
    return (
      <Card className="p-5 text-center" data-testid="followup-saved">
        <CheckCircle2 className="mx-auto h-10 w-10 text-green-600" aria-hidden />
        <p className="mt-2 text-base font-medium">{t("saved", done)}</p>
      </Card>
    );
  }
  return (
    <div className="space-y-3">
      {error ? <Alert tone="error">{error}</Alert> : null}
      {items.map((i) => {
        const c = get(i.id);
        return (
          <Card key={i.id} className="space-y-2 p-3" data-testid="followup-item">
            <p className="text-sm font-medium text-slate-900">{i.description}</p>
            <p className="text-xs text-slate-500">{i.nodeName} · {i.deadline} · {ts(i.state)}{i.doneNote ? ` · ${i.doneNote}` : ""}</p>
            <div className="grid grid-cols-2 gap-2">
              <button type="button" onClick={() => set(i.id, { passed: true })} className={cn("h-10 rounded-md text-sm ring-1", c.passed === true ? "bg-green-600 text-white ring-green-600" : "bg-white ring-slate-300")}>{t("passed")}</button>
              <button type="button" onClick={() => set(i.id, { passed: false })} className={cn("h-10 rounded-md text-sm ring-1", c.passed === false ? "bg-red-600 text-white ring-red-600" : "bg-white ring-slate-300")}>{t("failed")}</button>
            </div>
            {c.passed !== null ? <Input placeholder={t("note")} value={c.note} onChange={(e) => set(i.id, { note: e.target.value })} aria-label={t("note")} /> : null}
            {c.passed === false ? (
              <label className="flex items-center gap-2 text-xs text-slate-500">
                {t("newDeadline")}
                <Input type="date" value={c.newDeadline} onChange={(e) => set(i.id, { newDeadline: e.target.value })} className="w-40" />
              </label>
            ) : null}
          </Card>
        );
      })}
      <Card className="space-y-2 p-3">
        <PhotoCapture ids={photoIds} onChange={setPhotoIds} nodeId={nodeId} />
        <Textarea placeholder={t("note")} value={notes} onChange={(e) => setNotes(e.target.value)} rows={2} aria-label={t("note")} />
      </Card>
      <button
        type="button"
        disabled={pending}
        className={buttonClass("primary", "md", "h-12 w-full text-base")}
        onClick={() =>
          start(async () => {
            const list = items.filter((i) => get(i.id).passed !== null).map((i) => ({ rectificationId: i.id, passed: get(i.id).passed!, note: get(i.id).note || undefined, newDeadline: get(i.id).newDeadline || null }));
            const res = await recordFollowUpAction({ nodeId, checks: list, photoIds, notes: notes || undefined });
            if (res.ok) setDone(res.data);
            else setError(res.error);
          })
        }
      >
        {t("submit")}
      </button>
    </div>
  );
}
