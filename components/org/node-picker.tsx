"use client";
import { cn as clsx } from "@/components/ui/cn";
import { useEffect, useState } from "react";
import { useTranslations } from "next-intl";
import { searchNodesAction } from "@/app/actions/pickers";
import { Input } from "@/components/ui/field";

type Hit = { id: string; name: string; code: string | null; kindCode: string; kindName: string; path: string };

/** Search the actor's units by name or code and pick one (move targets, role nodes, filters). */
export function NodePicker({ kindCodes, excludeId, excludePathPrefix, onPick, name }: {
  kindCodes?: string[];
  excludeId?: string;
  excludePathPrefix?: string | null;
  onPick: (n: { id: string; name: string }) => void;
  name?: string;
}) {
  const t = useTranslations("org");
  const [q, setQ] = useState("");
  const [hits, setHits] = useState<Hit[]>([]);
  const [picked, setPicked] = useState<string | null>(null);
  useEffect(() => {
    const timer = setTimeout(async () => {
      const res = await searchNodesAction({ q, limit: 30, purpose: "browse" });
      if (res.ok) {
        setHits(
          res.data.filter(
            (h) =>
              (!kindCodes || kindCodes.includes(h.kindCode)) &&
              h.id !== excludeId &&
              !(excludeId && h.path.includes(`/${excludeId}/`)) &&
              !(excludePathPrefix && h.path.startsWith(excludePathPrefix)),
          ),
        );
      }
    }, 200);
    return () => clearTimeout(timer);
  }, [q, kindCodes, excludeId, excludePathPrefix]);
  return (
    <div className="space-y-2">
      {name ? <input type="hidden" name={name} value={picked ?? ""} /> : null}
      <Input placeholder={t("searchUnits")} value={q} onChange={(e) => setQ(e.target.value)} aria-label={t("searchUnits")} data-testid="node-picker-search" />
      <ul className="max-h-60 divide-y divide-slate-100 overflow-y-auto rounded-md ring-1 ring-slate-200" aria-label={t("searchUnits")}>
        {hits.length === 0 ? <li className="px-3 py-2 text-sm text-slate-500">{t("noMatches")}</li> : null}
        {hits.map((h) => (
          <li key={h.id}>
            <button
              type="button"
              aria-pressed={picked === h.id}
              onClick={() => (setPicked(h.id), onPick({ id: h.id, name: h.name }))}
              className={clsx("flex w-full items-center justify-between px-3 py-2 text-left text-sm hover:bg-slate-50", picked === h.id && "bg-brand-50")}
            >
              <span>{h.name}</span>
              <span className="text-xs text-slate-500">{h.kindName}{h.code ? ` · ${h.code}` : ""}</span>
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
