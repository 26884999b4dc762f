import { getTranslations } from "next-intl/server";
import { buttonClass } from "@/components/ui/button";
import { Select } from "@/components/ui/field";

export type FilterNode = { id: string; name: string; path: string; depth: number; sortOrder: number; kindName: string };

/** Nodes in tree order (parents first, siblings by sort order and name), indented by depth below the shallowest. */
export function treeSorted<T extends { id: string; name: string; path: string; depth: number; sortOrder: number }>(nodes: T[]): (T & { level: number })[] {
  const min = Math.min(...nodes.map((n) => n.depth));
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const key = (n: T) =>
    n.path
      .split("/")
      .filter(Boolean)
      .map((id) => {
        const a = byId.get(id);
        return a ? `${String(a.sortOrder).padStart(6, "0")}${a.name}` : "";
      })
      .join("/");
  return nodes
    .map((n) => ({ n, k: key(n) }))
    .sort((a, b) => a.k.localeCompare(b.k, "zh-CN"))
    .map(({ n }) => ({ ...n, level: n.depth - min }));
}

/** A GET form: pick a unit (and whatever else the page adds), then look. */
export async function NodeFilter({ nodes, nodeId, children, label, testId = "node-filter" }: { nodes: FilterNode[]; nodeId?: string; children?: React.ReactNode; label?: string; testId?: string }) {
  const c = await getTranslations("common");
  const t = await getTranslations("duty");
  return (
    <form method="get" className="flex flex-wrap items-end gap-3" role="search">
      <label className="space-y-1 text-sm">
        <span className="block font-medium text-slate-700">{label ?? t("unit")}</span>
        <Select name="nodeId" defaultValue={nodeId} className="min-w-64" data-testid={testId}>
          {treeSorted(nodes).map((n) => (
            <option key={n.id} value={n.id}>
              {"\u3000".repeat(n.level)}
              {n.name}（{n.kindName}）
            </option>
          ))}
        </Select>
      </label>
      {children}
      <button type="submit" className={buttonClass("secondary")}>
        {c("search")}
      </button>
    </form>
  );
}
