// The one catalogue of indicators. Each is defined once here: how its figure is made from a numerator and a
// denominator, which source group computes them (lib/dashboards/engine/sources.ts), its unit, whether higher is
// better, how a longer period is made from months, and a default target (a tenant may set its own). The words —
// name, formula, numerator, denominator, source — are in lib/i18n/messages/*/dashboards.json under
// indicators.<code>, and the catalogue page shows them. Pure.

/** A source group computes the facts of several indicators in one pass over the same records. */
export type SourceGroup =
  | "reports"
  | "pledge"
  | "participation"
  | "awareness"
  | "disposal"
  | "duty"
  | "coverage"
  | "points"
  | "visits"
  | "inspection"
  | "rectification";

export const SOURCE_GROUPS: SourceGroup[] = ["reports", "pledge", "participation", "awareness", "disposal", "duty", "coverage", "points", "visits", "inspection", "rectification"];

/**
 * rate: num ÷ den as a percentage; mean: num ÷ den (an average score); sum: num × scale (hours, points, counts).
 */
export type FigureKind = "rate" | "mean" | "sum";

/**
 * How a quarter, half-year or year is made from months. sum: add the months' numerators and denominators;
 * last: the period's last month (snapshots such as the roster); distinct: counted over the whole period (people
 * are counted once however many months they took part in).
 */
export type TimeMode = "sum" | "last" | "distinct";

export type Unit = "percent" | "hours" | "points" | "score" | "count";

export type Section = "reports" | "mobilisation" | "participation" | "inspection";

export const INDICATOR_CODES = [
  "report_submission",
  "report_ontime",
  "pledge_rate",
  "participation_rate",
  "awareness_rate",
  "disposal_rate",
  "duty_hours",
  "duty_norm_share",
  "link_coverage",
  "points_issued",
  "points_redeemed",
  "volunteer_hours",
  "visits",
  "inspection_score",
  "rectification_rate",
] as const;

export type IndicatorCode = (typeof INDICATOR_CODES)[number];

/** Where a leaf's records are listed (the drill-down's last step). */
export type RecordsLink = "reports" | "campaigns" | "duty" | "ledgers" | "links" | "points" | "timebank" | "inspections" | "rectifications";

export type Indicator = {
  code: IndicatorCode;
  group: SourceGroup;
  section: Section;
  kind: FigureKind;
  unit: Unit;
  /** Multiplier of a sum (minutes → hours). */
  scale: number;
  time: TimeMode;
  /** Higher is better (false: lower is better). */
  higherIsBetter: boolean;
  /** Default target, in the figure's own unit (percent for rates); null: no target. */
  defaultTarget: number | null;
  decimals: number;
  records: RecordsLink;
  /** Usable as a weighted indicator of a ranking (figures comparable between units of different size). */
  rankable: boolean;
};

const I = (code: IndicatorCode, o: Omit<Indicator, "code">): Indicator => ({ code, ...o });

export const CATALOGUE: Indicator[] = [
  I("report_submission", { group: "reports", section: "reports", kind: "rate", unit: "percent", scale: 1, time: "sum", higherIsBetter: true, defaultTarget: 95, decimals: 1, records: "reports", rankable: true }),
  I("report_ontime", { group: "reports", section: "reports", kind: "rate", unit: "percent", scale: 1, time: "sum", higherIsBetter: true, defaultTarget: 90, decimals: 1, records: "reports", rankable: true }),
  I("pledge_rate", { group: "pledge", section: "mobilisation", kind: "rate", unit: "percent", scale: 1, time: "last", higherIsBetter: true, defaultTarget: 90, decimals: 1, records: "campaigns", rankable: true }),
  I("participation_rate", { group: "participation", section: "mobilisation", kind: "rate", unit: "percent", scale: 1, time: "distinct", higherIsBetter: true, defaultTarget: 60, decimals: 1, records: "campaigns", rankable: true }),
  I("awareness_rate", { group: "awareness", section: "mobilisation", kind: "rate", unit: "percent", scale: 1, time: "distinct", higherIsBetter: true, defaultTarget: 90, decimals: 1, records: "campaigns", rankable: true }),
  I("disposal_rate", { group: "disposal", section: "inspection", kind: "rate", unit: "percent", scale: 1, time: "sum", higherIsBetter: true, defaultTarget: 85, decimals: 1, records: "ledgers", rankable: true }),
  I("duty_hours", { group: "duty", section: "participation", kind: "sum", unit: "hours", scale: 1 / 60, time: "sum", higherIsBetter: true, defaultTarget: null, decimals: 1, records: "duty", rankable: false }),
  I("duty_norm_share", { group: "duty", section: "participation", kind: "rate", unit: "percent", scale: 1, time: "sum", higherIsBetter: true, defaultTarget: 80, decimals: 1, records: "duty", rankable: true }),
  I("link_coverage", { group: "coverage", section: "participation", kind: "rate", unit: "percent", scale: 1, time: "last", higherIsBetter: true, defaultTarget: 100, decimals: 1, records: "links", rankable: true }),
  I("points_issued", { group: "points", section: "participation", kind: "sum", unit: "points", scale: 1, time: "sum", higherIsBetter: true, defaultTarget: null, decimals: 0, records: "points", rankable: false }),
  I("points_redeemed", { group: "points", section: "participation", kind: "sum", unit: "points", scale: 1, time: "sum", higherIsBetter: true, defaultTarget: null, decimals: 0, records: "points", rankable: false }),
  I("volunteer_hours", { group: "points", section: "participation", kind: "sum", unit: "hours", scale: 1 / 60, time: "sum", higherIsBetter: true, defaultTarget: null, decimals: 1, records: "timebank", rankable: false }),
  I("visits", { group: "visits", section: "participation", kind: "sum", unit: "count", scale: 1, time: "sum", higherIsBetter: true, defaultTarget: null, decimals: 0, records: "links", rankable: false }),
  I("inspection_score", { group: "inspection", section: "inspection", kind: "mean", unit: "score", scale: 1, time: "sum", higherIsBetter: true, defaultTarget: 85, decimals: 1, records: "inspections", rankable: true }),
  I("rectification_rate", { group: "rectification", section: "inspection", kind: "rate", unit: "percent", scale: 1, time: "sum", higherIsBetter: true, defaultTarget: 90, decimals: 1, records: "rectifications", rankable: true }),
];

const BY_CODE = new Map(CATALOGUE.map((i) => [i.code, i]));

export function isIndicatorCode(code: string): code is IndicatorCode {
  return BY_CODE.has(code as IndicatorCode);
}

export function indicatorOf(code: string): Indicator {
  const i = BY_CODE.get(code as IndicatorCode);
  if (!i) throw new Error(`unknown indicator ${code}`);
  return i;
}

export function indicatorsOf(group: SourceGroup): Indicator[] {
  return CATALOGUE.filter((i) => i.group === group);
}

export const SECTIONS: Section[] = ["reports", "mobilisation", "participation", "inspection"];

/** The figure of a numerator and denominator: a percentage, an average or a scaled sum; null when undefined. */
export function figureOf(ind: Pick<Indicator, "kind" | "scale">, num: number, den: number): number | null {
  if (ind.kind === "sum") return num * ind.scale;
  if (!(den > 0)) return null;
  return ind.kind === "rate" ? (num / den) * 100 : num / den;
}

/** Rounded for display and comparison (to the indicator's decimals). */
export function roundFigure(ind: Pick<Indicator, "decimals">, v: number | null): number | null {
  if (v === null) return null;
  const f = 10 ** ind.decimals;
  return Math.round(v * f) / f;
}

/** Whether a figure meets its target (null when there is no figure or no target). */
export function meetsTarget(ind: Pick<Indicator, "higherIsBetter">, value: number | null, target: number | null): boolean | null {
  if (value === null || target === null) return null;
  return ind.higherIsBetter ? value >= target : value <= target;
}
