"use client";
import { useState, useTransition } from "react";
import { useTranslations } from "next-intl";
import { ChevronDown, ChevronRight, Loader2 } from "lucide-react";
import { getRevisionPairAction } from "@/app/actions/reports";
import { cn } from "@/components/ui/cn";
import { fieldLabel, formatValue, type FieldDef } from "@/lib/reports/fields";

type Rev = { id: string; version: number; action: string; status: string; comment: string | null; level: number | null; actorName: string; createdAt: Date | string };
type Pair = { current: Record<string, unknown>; previous: Record<string, unknown> | null };

function show(f: FieldDef, v: unknown, locale: "zh-CN" | "en"): string {
  if (v === undefined || v === null || v === "") return "";
  if (f.type === "table" && Array.isArray(v)) {
    return v.map((row, i) => `${i + 1}. ${f.columns.map((c) => formatValue(c, (row as Record<string, unknown>)[c.key], locale)).filter(Boolean).join(" / ")}`).join("\n");
  }
  return formatValue(f, v, locale);
}

/** Every change with who and when; a saved or submitted version opens as a field-by-field diff with the one before. */
export function RevisionHistory({ submissionId, revisions, fields, tz, locale }: { submissionId: string; revisions: Rev[]; fields: FieldDef[]; tz: string; locale: "zh-CN" | "en" }) {
  const t = useTranslations("reports.history");
  const [open, setOpen] = useState<string | null>(null);
  const [pairs, setPairs] = useState<Record<string, Pair>>({});
  const [pending, start] = useTransition();
  const fmt = new Intl.DateTimeFormat("zh-CN", { timeZone: tz, month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", hour12: false });
  function toggle(r: Rev) {
    if (open === r.id) return setOpen(null);
    setOpen(r.id);
    if (!pairs[r.id] && (r.action === "save" || r.action === "submit")) {
      start(async () => {
        const res = await getRevisionPairAction({ submissionId, revisionId: r.id });
        if (res.ok) setPairs((p) => ({ ...p, [r.id]: res.data }));
      });
    }
  }
  return (
    <ol className="space-y-1" data-testid="revision-history">
      {[...revisions].reverse().map((r) => {
        const hasData = r.action === "save" || r.action === "submit";
        const pair = pairs[r.id];
        const changed = pair ? fields.filter((f) => JSON.stringify(pair.current[f.key] ?? null) !== JSON.stringify(pair.previous?.[f.key] ?? null)) : [];
        return (
          <li key={r.id} className="rounded-md ring-1 ring-slate-100">
            <button type="button" onClick={() => toggle(r)} className="flex w-full items-start gap-2 px-2 py-1.5 text-left text-sm hover:bg-slate-50" aria-expanded={open === r.id}>
              {hasData ? (open === r.id ? <ChevronDown className="mt-0.5 h-4 w-4 text-slate-400" /> : <ChevronRight className="mt-0.5 h-4 w-4 text-slate-400" />) : <span className="w-4" />}
              <span className="min-w-0 flex-1">
                <span className="font-medium text-slate-800">{t(`action.${r.action}`, { level: r.level ?? 0 })}</span>
                <span className="ml-1 text-slate-500">v{r.version}</span>
                <span className="block text-xs text-slate-500">{r.actorName} · {fmt.format(new Date(r.createdAt))}</span>
                {r.comment ? <span className="mt-0.5 block text-xs text-slate-700">“{r.comment}”</span> : null}
              </span>
            </button>
            {open === r.id && hasData ? (
              <div className="border-t border-slate-100 px-2 py-2" data-testid="revision-diff">
                {!pair && pending ? <Loader2 className="h-4 w-4 animate-spin text-slate-400" /> : null}
                {pair && !changed.length ? <p className="text-xs text-slate-500">{t("noChange")}</p> : null}
                {pair && changed.length ? (
                  <table className="w-full table-fixed text-xs">
                    <thead>
                      <tr className="text-left text-slate-500">
                        <th className="w-24 py-1 pr-2 font-medium">{t("field")}</th>
                        <th className="py-1 pr-2 font-medium">{t("before")}</th>
                        <th className="py-1 font-medium">{t("after")}</th>
                      </tr>
                    </thead>
                    <tbody>
                      {changed.map((f) => (
                        <tr key={f.key} className="border-t border-slate-100 align-top">
                          <td className="py-1 pr-2 text-slate-600">{fieldLabel(f, locale)}</td>
                          <td className={cn("whitespace-pre-wrap px-1 py-1 [overflow-wrap:anywhere]", "bg-red-50 text-red-800")}>{show(f, pair.previous?.[f.key], locale)}</td>
                          <td className={cn("whitespace-pre-wrap px-1 py-1 [overflow-wrap:anywhere]", "bg-green-50 text-green-800")}>{show(f, pair.current[f.key], locale)}</td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                ) : null}
              </div>
            ) : null}
          </li>
        );
      })}
    </ol>
  );
}
