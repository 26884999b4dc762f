// The half-year assessment ranking (半年考核排名) as pure arithmetic, so every step can be shown per unit:
//   score of an indicator  = its figure on a 0–100 scale (rates in percent, inspection scores out of 100;
//                            for an indicator where lower is better, 100 − figure); no figure scores 0
//   contribution           = score × weight ÷ Σ weights
//   total                  = Σ contributions, rounded to two decimals
//   rank                   = 1 + the number of units with a higher total: equal totals share a rank and the
//                            next rank skips ("1, 1, 3")
export type Weight = { indicator: string; weight: number };

export type RankInput = { id: string; name: string; values: Record<string, number | null> };

export type RankedRow = RankInput & {
  scores: Record<string, number>;
  contributions: Record<string, number>;
  total: number;
  rank: number;
};

const round2 = (v: number) => Math.round(v * 100) / 100;

/** A figure on the 0–100 scale of the ranking (clamped), or 0 without a figure. */
export function normalise(value: number | null | undefined, higherIsBetter = true): number {
  if (value === null || value === undefined || !Number.isFinite(value)) return 0;
  const v = Math.min(100, Math.max(0, value));
  return round2(higherIsBetter ? v : 100 - v);
}

/** Competition ranking of totals (already rounded): 1, 1, 3. */
export function competitionRanks(totals: number[]): number[] {
  return totals.map((t) => 1 + totals.filter((o) => o > t).length);
}

export function rankUnits(units: RankInput[], weights: Weight[], higherIsBetter: (indicator: string) => boolean = () => true): RankedRow[] {
  const sum = weights.reduce((a, w) => a + w.weight, 0);
  if (!(sum > 0)) throw new Error("weights must add up to more than 0");
  const rows = units.map((u) => {
    const scores: Record<string, number> = {};
    const contributions: Record<string, number> = {};
    let total = 0;
    for (const w of weights) {
      const s = normalise(u.values[w.indicator], higherIsBetter(w.indicator));
      scores[w.indicator] = s;
      contributions[w.indicator] = round2((s * w.weight) / sum);
      total += (s * w.weight) / sum;
    }
    return { ...u, scores, contributions, total: round2(total), rank: 0 };
  });
  const ranks = competitionRanks(rows.map((r) => r.total));
  rows.forEach((r, i) => (r.rank = ranks[i]));
  return rows.sort((a, b) => a.rank - b.rank || a.name.localeCompare(b.name, "zh-CN"));
}

/** Weights are whole numbers and add up to 100. */
export function weightsProblem(weights: Weight[]): "empty" | "sum" | "duplicate" | null {
  if (!weights.length) return "empty";
  if (new Set(weights.map((w) => w.indicator)).size !== weights.length) return "duplicate";
  return weights.reduce((a, w) => a + w.weight, 0) === 100 ? null : "sum";
}
