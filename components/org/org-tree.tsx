"use client";
import { cn as clsx } from "@/components/ui/cn";
import Link from "next/link";
import { useState } from "react";
import { useTranslations } from "next-intl";
import { ChevronRight, Loader2 } from "lucide-react";
import { loadChildrenAction } from "@/app/actions/org";

export type TreeItem = { id: string; name: string; kindName: string; childCount: number; archived: boolean };

/**
 * The organisation tree beside a node page: the actor's scope roots, the path to the current node already open
 * (sent by the server), other branches loaded on demand.
 */
export function OrgTree({ roots, preloaded, currentId }: { roots: TreeItem[]; preloaded: Record<string, TreeItem[]>; currentId: string }) {
  const t = useTranslations("org");
  const [children, setChildren] = useState<Record<string, TreeItem[]>>(preloaded);
  const [open, setOpen] = useState<Set<string>>(new Set(Object.keys(preloaded)));
  const [loading, setLoading] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  async function toggle(id: string) {
    const next = new Set(open);
    if (next.has(id)) {
      next.delete(id);
      setOpen(next);
      return;
    }
    if (!children[id]) {
      setLoading(id);
      const res = await loadChildrenAction({ nodeId: id, includeArchived: false });
      setLoading(null);
      if (!res.ok) return setError(res.error);
      setChildren((c) => ({ ...c, [id]: res.data.map((r) => ({ id: r.id, name: r.name, kindName: r.kindName, childCount: r.childCount, archived: r.archived })) }));
    }
    next.add(id);
    setOpen(next);
  }

  const render = (items: TreeItem[], depth: number): React.ReactNode => (
    <ul role={depth === 0 ? "tree" : "group"} aria-label={depth === 0 ? t("tree") : undefined}>
      {items.map((item) => {
        const expanded = open.has(item.id);
        return (
          <li key={item.id} role="treeitem" aria-expanded={item.childCount ? expanded : undefined} aria-selected={item.id === currentId}>
            <div className={clsx("flex items-center gap-1 rounded py-1 pr-2 text-sm", item.id === currentId ? "bg-brand-50 text-brand-700" : "hover:bg-slate-100")} style={{ paddingLeft: depth * 14 + 4 }}>
              {item.childCount ? (
                <button type="button" onClick={() => toggle(item.id)} className="rounded p-0.5 text-slate-500 hover:text-slate-700" aria-label={expanded ? t("collapse") : t("expand")}>
                  {loading === item.id ? <Loader2 className="h-3.5 w-3.5 animate-spin" /> : <ChevronRight className={clsx("h-3.5 w-3.5 transition-transform", expanded && "rotate-90")} />}
                </button>
              ) : (
                <span className="inline-block w-[18px]" />
              )}
              <Link href={`/org/${item.id}`} className={clsx("min-w-0 flex-1 truncate", item.archived && "text-slate-500 line-through")} title={`${item.name}（${item.kindName}）`}>
                {item.name}
              </Link>
            </div>
            {expanded && children[item.id]?.length ? render(children[item.id], depth + 1) : null}
          </li>
        );
      })}
    </ul>
  );

  return (
    <div>
      {error ? <p className="px-2 text-xs text-red-600">{error}</p> : null}
      {render(roots, 0)}
    </div>
  );
}
