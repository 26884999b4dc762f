"use client";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { useTranslations } from "next-intl";
import { Plus, Trash2 } from "lucide-react";
import { createSchemeAction, updateSchemeAction } from "@/app/actions/rankings";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Input, Select } from "@/components/ui/field";

type W = { indicator: string; weight: number };

/** A ranking scheme: a name and weighted indicators adding up to 100. */
export function SchemeEditor({ scheme, indicators }: { scheme: { id: string; name: string; weights: W[] } | null; indicators: { code: string; name: string }[] }) {
  const t = useTranslations("rankings");
  const tc = useTranslations("common");
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const [name, setName] = useState(scheme?.name ?? "");
  const [weights, setWeights] = useState<W[]>(scheme?.weights ?? [{ indicator: indicators[0].code, weight: 100 }]);
  const [error, setError] = useState<string | null>(null);
  const [pending, start] = useTransition();
  if (!open) return <Button variant="ghost" size="sm" onClick={() => setOpen(true)} data-testid={scheme ? `edit-scheme-${scheme.id}` : "new-scheme"}>{scheme ? tc("edit") : <><Plus className="h-4 w-4" aria-hidden />{t("newScheme")}</>}</Button>;
  const sum = weights.reduce((a, w) => a + (Number(w.weight) || 0), 0);
  return (
    <div className="mt-2 space-y-2 rounded-md bg-slate-50 p-3 ring-1 ring-slate-200">
      {error ? <Alert tone="error">{error}</Alert> : null}
      <Input value={name} onChange={(e) => setName(e.target.value)} placeholder={t("schemeName")} aria-label={t("schemeName")} />
      <p className="text-xs text-slate-500">{t("weights")} · {sum}</p>
      {weights.map((w, i) => (
        <div key={i} className="flex items-center gap-2">
          <Select value={w.indicator} onChange={(e) => setWeights((xs) => xs.map((x, j) => (j === i ? { ...x, indicator: e.target.value } : x)))} aria-label={t("scheme")}>
            {indicators.map((x) => <option key={x.code} value={x.code}>{x.name}</option>)}
          </Select>
          <Input className="w-24" type="number" min={1} max={100} value={w.weight} onChange={(e) => setWeights((xs) => xs.map((x, j) => (j === i ? { ...x, weight: Number(e.target.value) } : x)))} aria-label={t("weights")} />
          <button type="button" className="rounded p-1 text-slate-500 hover:bg-slate-200" onClick={() => setWeights((xs) => xs.filter((_, j) => j !== i))} aria-label={tc("delete")}><Trash2 className="h-4 w-4" /></button>
        </div>
      ))}
      <div className="flex flex-wrap gap-2">
        <Button variant="secondary" size="sm" onClick={() => setWeights((xs) => [...xs, { indicator: indicators.find((x) => !xs.some((y) => y.indicator === x.code))?.code ?? indicators[0].code, weight: 0 }])}><Plus className="h-4 w-4" aria-hidden />{t("addWeight")}</Button>
        <Button size="sm" disabled={pending} onClick={() => start(async () => {
          const data = { name, weights };
          const res = scheme ? await updateSchemeAction({ ...data, schemeId: scheme.id }) : await createSchemeAction(data);
          if (!res.ok) return setError(res.error + (res.fieldErrors ? ` ${Object.values(res.fieldErrors).flat().join("；")}` : ""));
          setOpen(false);
          router.refresh();
        })}>{t("saveScheme")}</Button>
        <Button variant="ghost" size="sm" onClick={() => setOpen(false)}>{tc("cancel")}</Button>
      </div>
    </div>
  );
}
