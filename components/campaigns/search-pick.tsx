"use client";
import { useEffect, useState } from "react";
import { Checkbox, Input } from "@/components/ui/field";

export type PickItem = { id: string; label: string; sub?: string | null };

/** Search a list (through a server action) and tick items; the ticked ids go out as `${name}[]` fields. */
export function SearchPick({ name, search, placeholder, empty, reload = 0, testId }: { name: string; search: (q: string) => Promise<PickItem[]>; placeholder: string; empty: string; reload?: number; testId?: string }) {
  const [q, setQ] = useState("");
  const [items, setItems] = useState<PickItem[]>([]);
  const [picked, setPicked] = useState<Map<string, PickItem>>(new Map());
  useEffect(() => {
    const timer = setTimeout(async () => setItems(await search(q)), 200);
    return () => clearTimeout(timer);
  }, [q, search, reload]);
  useEffect(() => setPicked(new Map()), [reload]);
  const toggle = (p: PickItem) =>
    setPicked((m) => {
      const n = new Map(m);
      if (n.has(p.id)) n.delete(p.id);
      else n.set(p.id, p);
      return n;
    });
  return (
    <div className="space-y-2">
      {[...picked.keys()].map((id) => (
        <input key={id} type="hidden" name={`${name}[]`} value={id} />
      ))}
      <Input value={q} onChange={(e) => setQ(e.target.value)} placeholder={placeholder} aria-label={placeholder} data-testid={testId ? `${testId}-search` : undefined} />
      <ul className="max-h-56 divide-y divide-slate-100 overflow-y-auto rounded-md ring-1 ring-slate-200" data-testid={testId}>
        {items.length === 0 ? <li className="px-3 py-2 text-sm text-slate-500">{empty}</li> : null}
        {items.map((p) => (
          <li key={p.id} className="flex items-center justify-between gap-2 px-3 py-1.5">
            <Checkbox label={p.label} checked={picked.has(p.id)} onChange={() => toggle(p)} />
            {p.sub ? <span className="truncate text-xs text-slate-400">{p.sub}</span> : null}
          </li>
        ))}
      </ul>
      {picked.size ? <p className="text-xs text-slate-600">{[...picked.values()].map((p) => p.label).join("、")}</p> : null}
    </div>
  );
}
