// Completeness and timeliness as pure arithmetic over counts, and roll-ups as sums over filed data. The SQL
// that produces the counts lives in read-completeness.ts; what the numbers mean lives here.
//   submission rate = submitted / expected      (报送率: who filed at all)
//   on-time rate    = on time / submitted       (及时率: of those who filed, who filed by the deadline)
// "Expected" counts every unit for every open period in the range; "missing" only periods whose deadline passed.
import { numericValue, type FilledData, type NumericPath } from "./fields";

export type Counts = { expected: number; submitted: number; onTime: number; late: number; missing: number; approved: number; returned: number };

export const ZERO: Counts = { expected: 0, submitted: 0, onTime: 0, late: 0, missing: 0, approved: 0, returned: 0 };

export function addCounts(a: Counts, b: Partial<Counts>): Counts {
  return {
    expected: a.expected + (b.expected ?? 0),
    submitted: a.submitted + (b.submitted ?? 0),
    onTime: a.onTime + (b.onTime ?? 0),
    late: a.late + (b.late ?? 0),
    missing: a.missing + (b.missing ?? 0),
    approved: a.approved + (b.approved ?? 0),
    returned: a.returned + (b.returned ?? 0),
  };
}

/** A share in [0, 1], or null when there is nothing to divide by (shown as "—", never as 0%). */
export function rate(n: number, d: number): number | null {
  return d > 0 ? n / d : null;
}

export function rates(c: Counts) {
  return { submissionRate: rate(c.submitted, c.expected), onTimeRate: rate(c.onTime, c.submitted) };
}

/** 0.5 → "50%", 0.8333 → "83.3%", null → "—". */
export function formatRate(r: number | null): string {
  if (r === null) return "—";
  const pct = Math.round(r * 1000) / 10;
  return `${pct}%`;
}

/** Sum each numeric path over the reports of each group (a child unit and everything below it). */
export function rollUp(paths: NumericPath[], rows: { gid: string; data: FilledData }[]): { byGroup: Map<string, { values: number[]; reports: number }>; total: { values: number[]; reports: number } } {
  const byGroup = new Map<string, { values: number[]; reports: number }>();
  const total = { values: paths.map(() => 0), reports: 0 };
  for (const r of rows) {
    let g = byGroup.get(r.gid);
    if (!g) byGroup.set(r.gid, (g = { values: paths.map(() => 0), reports: 0 }));
    g.reports++;
    total.reports++;
    paths.forEach((p, i) => {
      const v = numericValue(r.data, p);
      g.values[i] += v;
      total.values[i] += v;
    });
  }
  const round = (v: number) => Math.round(v * 100) / 100;
  for (const g of byGroup.values()) g.values = g.values.map(round);
  total.values = total.values.map(round);
  return { byGroup, total };
}
