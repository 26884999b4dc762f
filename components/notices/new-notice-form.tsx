"use client";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { useTranslations } from "next-intl";
import { createNoticeAction } from "@/app/actions/notices";
import { Alert } from "@/components/ui/alert";
import { buttonClass } from "@/components/ui/button";
import { Field, Select } from "@/components/ui/field";

/** Pick the issuing unit and the quarter; the server drafts the notice from the data and opens it. */
export function NewNoticeForm({ issuers, quarters }: { issuers: { id: string; name: string; depth: number }[]; quarters: { key: string; label: string }[] }) {
  const t = useTranslations("notices");
  const router = useRouter();
  const [nodeId, setNodeId] = useState(issuers[0]?.id ?? "");
  const [quarter, setQuarter] = useState(quarters[0]?.key ?? "");
  const [error, setError] = useState<string | null>(null);
  const [pending, start] = useTransition();
  const minDepth = Math.min(...issuers.map((i) => i.depth));
  return (
    <div className="space-y-3" data-testid="new-notice">
      {error ? <Alert tone="error">{error}</Alert> : null}
      <div className="grid gap-3 sm:grid-cols-[1fr_12rem_auto] sm:items-end">
        <Field label={t("unit")} htmlFor="notice-node">
          <Select id="notice-node" value={nodeId} onChange={(e) => setNodeId(e.target.value)}>
            {issuers.map((i) => <option key={i.id} value={i.id}>{i.depth > minDepth ? "　" : ""}{i.name}</option>)}
          </Select>
        </Field>
        <Field label={t("quarter")} htmlFor="notice-quarter">
          <Select id="notice-quarter" value={quarter} onChange={(e) => setQuarter(e.target.value)}>
            {quarters.map((q) => <option key={q.key} value={q.key}>{q.label}</option>)}
          </Select>
        </Field>
        <button
          type="button"
          disabled={pending || !nodeId}
          className={buttonClass("primary", "md")}
          data-testid="create-notice"
          onClick={() =>
            start(async () => {
              const res = await createNoticeAction({ nodeId, quarter });
              if (!res.ok) return setError(res.error);
              router.push(`/notices/${res.data.id}`);
            })
          }
        >
          {t("create")}
        </button>
      </div>
      <p className="text-xs text-slate-500">{t("newHint")}</p>
    </div>
  );
}
