"use client";
import { useCallback, useState } from "react";
import { useTranslations } from "next-intl";
import { X } from "lucide-react";
import { searchNodesAction } from "@/app/actions/pickers";
import { SearchList } from "./search-list";

export type NodeOption = { id: string; name: string; kindName: string };

export function useNodeSearch(purpose: "browse" | "grant") {
  return useCallback(
    async (q: string) => {
      const res = await searchNodesAction({ q, purpose });
      return res.ok ? res.data : res.error;
    },
    [purpose],
  );
}

export function NodeLabel({ node }: { node: NodeOption }) {
  return (
    <span className="flex items-baseline justify-between gap-2">
      <span className="truncate text-slate-900">{node.name}</span>
      <span className="shrink-0 text-xs text-slate-500">{node.kindName}</span>
    </span>
  );
}

/** One node of the actor's scope, posted as a hidden field `name`. */
export function NodePicker({
  name,
  inputId,
  purpose = "browse",
  initial = null,
  invalid,
}: {
  name: string;
  inputId?: string;
  purpose?: "browse" | "grant";
  initial?: NodeOption | null;
  invalid?: boolean;
}) {
  const t = useTranslations("users");
  const [node, setNode] = useState<NodeOption | null>(initial);
  const search = useNodeSearch(purpose);
  return (
    <div>
      <input type="hidden" name={name} value={node?.id ?? ""} />
      {node ? (
        <div className="flex items-center gap-2 rounded-md bg-slate-50 px-3 py-2 text-sm ring-1 ring-inset ring-slate-300" data-testid={`${name}-picked`}>
          <span className="min-w-0 flex-1">
            <NodeLabel node={node} />
          </span>
          <button type="button" className="rounded p-0.5 text-slate-500 hover:bg-slate-200" onClick={() => setNode(null)} aria-label={t("picker.change")}>
            <X className="h-4 w-4" aria-hidden />
          </button>
        </div>
      ) : (
        <SearchList inputId={inputId} invalid={invalid} placeholder={t("picker.nodePlaceholder")} search={search} onPick={setNode} render={(n) => <NodeLabel node={n} />} />
      )}
    </div>
  );
}
