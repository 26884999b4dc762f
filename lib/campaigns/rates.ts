// Rates of a campaign (pledge, participation, awareness) and their roll-up along the tree. Pure: the data layer
// counts per node (total and "hit" people of the nodes' own rosters), these functions add the counts up for the
// rows a leader drills into.

/** Per node: people counted, people who count as a "hit", and an optional sum (scores) for averages. */
export type NodeCount = { path: string; total: number; hit: number; sum?: number };
export type Group = { id: string; name: string; path: string };
export type Rate = { total: number; hit: number; rate: number | null; sum: number; average: number | null };
export type GroupRate = Group & Rate;

/** hit ÷ total, or null when there is nobody to count (shown as "—", never as 0 %). */
export function rate(hit: number, total: number): number | null {
  return total > 0 ? hit / total : null;
}

function sum(counts: NodeCount[], match: (path: string) => boolean): Rate {
  let total = 0;
  let hit = 0;
  let s = 0;
  for (const c of counts) {
    if (!match(c.path)) continue;
    total += c.total;
    hit += c.hit;
    s += c.sum ?? 0;
  }
  return { total, hit, rate: rate(hit, total), sum: s, average: total > 0 ? s / total : null };
}

/** Everything counted. */
export function totalOf(counts: NodeCount[]): Rate {
  return sum(counts, () => true);
}

/**
 * One row per group (a child unit, or each root of the campaign's scope): the counts of every node in the group's
 * subtree. `direct` holds the counts of the parent node's own roster (people kept on the parent itself), and `all`
 * the parent's whole subtree, so rows + direct = all.
 */
export function rollUp(counts: NodeCount[], groups: Group[], parentPath: string | null): { rows: GroupRate[]; direct: Rate; all: Rate } {
  const rows = groups.map((g) => ({ ...g, ...sum(counts, (p) => p.startsWith(g.path)) }));
  const direct = parentPath ? sum(counts, (p) => p === parentPath) : sum([], () => false);
  const all = parentPath ? sum(counts, (p) => p.startsWith(parentPath)) : sum(counts, (p) => groups.some((g) => p.startsWith(g.path)));
  return { rows, direct, all };
}

/** "62.5%" style, or "—". */
export function percent(r: number | null, digits = 1): string {
  return r === null ? "—" : `${(r * 100).toFixed(digits).replace(/\.0+$/, "")}%`;
}
