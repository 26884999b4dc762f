// 正确投放率 = correctly sorted ÷ observed drops, from the supervisors' daily ledgers. Pure.

export type LedgerCounts = { observed: number; correct: number; corrected: number };

export type RateRow = { observed: number; correct: number; corrected: number; days: number; rate: number | null };

/** The rate of summed counts (not the mean of daily rates: a busy day weighs more than a quiet one). */
export function disposalRate(rows: LedgerCounts[]): RateRow {
  let observed = 0;
  let correct = 0;
  let corrected = 0;
  for (const r of rows) {
    observed += r.observed;
    correct += r.correct;
    corrected += r.corrected;
  }
  return { observed, correct, corrected, days: rows.length, rate: observed > 0 ? correct / observed : null };
}

/** Rates grouped by a key (bin point, compound, community …). */
export function ratesBy<T extends LedgerCounts>(rows: T[], keyOf: (row: T) => string | null): Map<string, RateRow> {
  const groups = new Map<string, T[]>();
  for (const r of rows) {
    const k = keyOf(r);
    if (k === null) continue;
    const list = groups.get(k);
    if (list) list.push(r);
    else groups.set(k, [r]);
  }
  return new Map([...groups].map(([k, list]) => [k, disposalRate(list)]));
}

/** 0.8734 → 87.3 (%), null stays null. */
export function percent(rate: number | null, digits = 1): number | null {
  if (rate === null) return null;
  const f = 10 ** digits;
  return Math.round(rate * 100 * f) / f;
}
