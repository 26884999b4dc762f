"use client";
import { useMemo, useState } from "react";
import { useTranslations } from "next-intl";
import { saveLedgerAction } from "@/app/actions/duty";
import { ActionForm } from "./action-form";
import { PhotoInput } from "./photo-input";
import { Field, Input, Select, Textarea } from "@/components/ui/field";

type Point = { id: string; name: string; nodeName: string; slots: { id: string; label: string; startMinute: number; endMinute: number }[] };

/** The supervisor's daily ledger on one screen: point and slot, three big numbers, remarks, photos before and after. */
export function LedgerForm({ points, today, nowMinute }: { points: Point[]; today: string; nowMinute: number }) {
  const t = useTranslations("ledgers.form");
  const [pointId, setPointId] = useState(points[0]?.id ?? "");
  const point = points.find((p) => p.id === pointId);
  // The slot running now (or the last one that ended) is preselected.
  const slotId = useMemo(() => {
    const s = point?.slots ?? [];
    return (s.find((x) => nowMinute >= x.startMinute - 60 && nowMinute <= x.endMinute + 60) ?? [...s].reverse().find((x) => x.startMinute <= nowMinute) ?? s[0])?.id ?? "";
  }, [point, nowMinute]);
  const big = "h-14 text-center text-2xl font-semibold tabular-nums";
  return (
    <ActionForm
      action={saveLedgerAction}
      submitLabel={t("save")}
      successText={t("saved")}
      resetOnSuccess={false}
      fieldLabels={{ observed: t("observed"), correct: t("correct"), corrected: t("corrected"), date: t("date") }}
      testId="ledger-form"
      submitClassName="h-12 w-full text-base"
    >
      <div className="grid grid-cols-2 gap-3">
        <Field label={t("point")} htmlFor="l-point">
          <Select id="l-point" name="binPointId" value={pointId} onChange={(e) => setPointId(e.target.value)} data-testid="ledger-point">
            {points.map((p) => <option key={p.id} value={p.id}>{p.name}</option>)}
          </Select>
        </Field>
        <Field label={t("slot")} htmlFor="l-slot">
          <Select id="l-slot" name="slotId" key={`${pointId}-${slotId}`} defaultValue={slotId}>
            {point?.slots.map((s) => <option key={s.id} value={s.id}>{s.label}</option>)}
          </Select>
        </Field>
      </div>
      <Field label={t("date")} htmlFor="l-date"><Input id="l-date" name="date" type="date" defaultValue={today} max={today} /></Field>
      <div className="grid grid-cols-3 gap-2">
        <Field label={t("observed")} htmlFor="l-obs"><Input id="l-obs" name="observed" type="number" inputMode="numeric" min={0} required className={big} data-testid="ledger-observed" /></Field>
        <Field label={t("correct")} htmlFor="l-cor"><Input id="l-cor" name="correct" type="number" inputMode="numeric" min={0} required className={big} data-testid="ledger-correct" /></Field>
        <Field label={t("corrected")} htmlFor="l-fix"><Input id="l-fix" name="corrected" type="number" inputMode="numeric" min={0} defaultValue={0} className={big} data-testid="ledger-corrected" /></Field>
      </div>
      <Field label={t("remarks")} htmlFor="l-rem"><Textarea id="l-rem" name="remarks" maxLength={500} className="min-h-16" /></Field>
      <div className="grid grid-cols-2 gap-3">
        <PhotoInput name="photosBefore" label={t("before")} max={3} />
        <PhotoInput name="photosAfter" label={t("after")} max={3} />
      </div>
    </ActionForm>
  );
}
