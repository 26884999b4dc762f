"use client";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { useTranslations } from "next-intl";
import { computeRankingAction } from "@/app/actions/rankings";
import { Alert } from "@/components/ui/alert";
import { buttonClass } from "@/components/ui/button";
import { Field, Select } from "@/components/ui/field";

export function ComputeRankingForm({ schemes, nodes, periods }: { schemes: { id: string; name: string }[]; nodes: { id: string; name: string; depth: number }[]; periods: { key: string; label: string }[] }) {
  const t = useTranslations("rankings");
  const router = useRouter();
  const [schemeId, setSchemeId] = useState(schemes[0]?.id ?? "");
  const [nodeId, setNodeId] = useState(nodes[0]?.id ?? "");
  const [period, setPeriod] = useState(periods[0]?.key ?? "");
  const [error, setError] = useState<string | null>(null);
  const [pending, start] = useTransition();
  const minDepth = Math.min(...nodes.map((n) => n.depth));
  return (
    <div className="space-y-3" data-testid="compute-ranking">
      {error ? <Alert tone="error">{error}</Alert> : null}
      <div className="grid gap-3 md:grid-cols-[1fr_1fr_10rem_auto] md:items-end">
        <Field label={t("scheme")} htmlFor="rk-scheme"><Select id="rk-scheme" value={schemeId} onChange={(e) => setSchemeId(e.target.value)}>{schemes.map((s) => <option key={s.id} value={s.id}>{s.name}</option>)}</Select></Field>
        <Field label={t("unit")} htmlFor="rk-node"><Select id="rk-node" value={nodeId} onChange={(e) => setNodeId(e.target.value)}>{nodes.map((n) => <option key={n.id} value={n.id}>{n.depth > minDepth ? "　" : ""}{n.name}</option>)}</Select></Field>
        <Field label={t("period")} htmlFor="rk-period"><Select id="rk-period" value={period} onChange={(e) => setPeriod(e.target.value)}>{periods.map((p) => <option key={p.key} value={p.key}>{p.label}</option>)}</Select></Field>
        <button type="button" disabled={pending || !schemeId} className={buttonClass("primary", "md")} data-testid="compute-ranking-submit" onClick={() => start(async () => {
          const res = await computeRankingAction({ schemeId, nodeId, period });
          if (!res.ok) return setError(res.error + (res.fieldErrors ? ` ${Object.values(res.fieldErrors).flat().join("；")}` : ""));
          router.push(`/rankings/${res.data.id}`);
        })}>{t("compute")}</button>
      </div>
      <p className="text-xs text-slate-500">{t("computeHint")}</p>
    </div>
  );
}
