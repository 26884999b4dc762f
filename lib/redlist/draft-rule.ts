// How a month's red/black list is drafted: among the candidates with enough observed drops, the best N by
// correct disposal rate go on the red list and the worst N on the black list (never both). Pure.

export type RedListRule = { topN: number; bottomN: number; minObserved: number };

export type Candidate = { key: string; label: string; observed: number; correct: number };

export type DraftEntry = Candidate & { side: "RED" | "BLACK"; rate: number; rank: number };

export function draftRedBlack(candidates: Candidate[], rule: RedListRule): DraftEntry[] {
  const eligible = candidates
    .filter((c) => c.observed > 0 && c.observed >= rule.minObserved)
    .map((c) => ({ ...c, rate: c.correct / c.observed }));
  // Best first; ties by more observations (more evidence), then by label for a stable order.
  const best = [...eligible].sort((a, b) => b.rate - a.rate || b.observed - a.observed || a.label.localeCompare(b.label, "zh-CN"));
  const red = best.slice(0, rule.topN);
  const taken = new Set(red.map((c) => c.key));
  const worst = [...eligible]
    .sort((a, b) => a.rate - b.rate || b.observed - a.observed || a.label.localeCompare(b.label, "zh-CN"))
    .filter((c) => !taken.has(c.key))
    .slice(0, rule.bottomN);
  return [
    ...red.map((c, i) => ({ ...c, side: "RED" as const, rank: i + 1 })),
    ...worst.map((c, i) => ({ ...c, side: "BLACK" as const, rank: i + 1 })),
  ];
}
