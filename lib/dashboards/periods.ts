// Periods of the dashboards, in China time whatever the server's zone. Pure.
// A month (2026-11) is the base period; a quarter (2026-Q4), a half-year (2026-H2) and a year (2026) are made of
// months. Figures kept per month are summed to the longer periods, snapshot figures (the roster, coverage) take the
// period's last month, and figures of distinct people (participation, awareness) are counted over the whole period.
import { atChinaTime, chinaParts } from "../duty/time";

export type Granularity = "month" | "quarter" | "half" | "year";
export const GRANULARITIES: Granularity[] = ["month", "quarter", "half", "year"];

const pad = (n: number) => String(n).padStart(2, "0");
const RE = {
  month: /^(\d{4})-(0[1-9]|1[0-2])$/,
  quarter: /^(\d{4})-Q([1-4])$/,
  half: /^(\d{4})-H([12])$/,
  year: /^(\d{4})$/,
} as const;

export function granularityOf(key: string): Granularity | null {
  for (const g of GRANULARITIES) if (RE[g].test(key)) return g;
  return null;
}

export function isPeriodKey(key: string): boolean {
  const g = granularityOf(key);
  if (!g) return false;
  const y = Number(key.slice(0, 4));
  return y >= 2000 && y <= 2200;
}

function parse(key: string): { g: Granularity; y: number; n: number } {
  const g = granularityOf(key);
  if (!g) throw new Error(`bad period key ${key}`);
  const m = RE[g].exec(key)!;
  return { g, y: Number(m[1]), n: g === "year" ? 1 : Number(m[2]) };
}

/** Months per period of a granularity. */
const SPAN: Record<Granularity, number> = { month: 1, quarter: 3, half: 6, year: 12 };

/** First month (1-12) of a period. */
function firstMonth(g: Granularity, n: number): number {
  return (n - 1) * SPAN[g] + 1;
}

function keyOf(g: Granularity, y: number, month: number): string {
  if (g === "month") return `${y}-${pad(month)}`;
  if (g === "quarter") return `${y}-Q${Math.floor((month - 1) / 3) + 1}`;
  if (g === "half") return `${y}-H${month <= 6 ? 1 : 2}`;
  return String(y);
}

/** The period of a granularity that holds an instant (China time). */
export function periodAt(g: Granularity, instant: Date): string {
  const p = chinaParts(instant);
  return keyOf(g, p.year, p.month);
}

/** The months of a period, oldest first. */
export function monthsOf(key: string): string[] {
  const { g, y, n } = parse(key);
  const f = firstMonth(g, n);
  return Array.from({ length: SPAN[g] }, (_, i) => `${y}-${pad(f + i)}`);
}

/** The longer periods a month belongs to: its quarter, half-year and year. */
export function containing(month: string): string[] {
  const { y, n } = parse(month);
  return [keyOf("quarter", y, n), keyOf("half", y, n), keyOf("year", y, n)];
}

/** A period moved by n periods of its own granularity. */
export function shiftPeriod(key: string, n: number): string {
  const { g, y, n: k } = parse(key);
  const idx = y * 12 + firstMonth(g, k) - 1 + n * SPAN[g];
  return keyOf(g, Math.floor(idx / 12), (idx % 12) + 1);
}

/** [start, end) instants of a period. */
export function periodBounds(key: string): { start: Date; end: Date } {
  const { g, y, n } = parse(key);
  const f = firstMonth(g, n);
  const endIdx = y * 12 + f - 1 + SPAN[g];
  return {
    start: atChinaTime(`${y}-${pad(f)}-01`, 0),
    end: atChinaTime(`${Math.floor(endIdx / 12)}-${pad((endIdx % 12) + 1)}-01`, 0),
  };
}

/** The last `count` periods ending with `key`, oldest first. */
export function trailing(key: string, count: number): string[] {
  return Array.from({ length: count }, (_, i) => shiftPeriod(key, i - count + 1));
}

/**
 * The months whose figures are kept: from January of last year to the current month. Whole years, so every
 * quarter, half-year and year inside the window is complete.
 */
export function windowMonths(now: Date): string[] {
  const p = chinaParts(now);
  const out: string[] = [];
  for (let y = p.year - 1; y <= p.year; y++) for (let m = 1; m <= 12; m++) if (y < p.year || m <= p.month) out.push(`${y}-${pad(m)}`);
  return out;
}

/** For a snapshot figure of a period: its last month, or the current month while the period runs. */
export function snapshotMonth(key: string, now: Date): string {
  const months = monthsOf(key);
  const current = periodAt("month", now);
  const last = months[months.length - 1];
  return last <= current ? last : current;
}

/** Is the period over, running, or still to come at `now`? */
export function periodState(key: string, now: Date): "past" | "current" | "future" {
  const { start, end } = periodBounds(key);
  if (now.getTime() >= end.getTime()) return "past";
  return now.getTime() >= start.getTime() ? "current" : "future";
}

const EN_MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** 2026年11月, 2026年第4季度, 2026年上半年, 2026年 (or the English forms). */
export function periodLabel(key: string, locale: "zh-CN" | "en" = "zh-CN"): string {
  const { g, y, n } = parse(key);
  if (locale === "en") {
    if (g === "month") return `${EN_MONTHS[n - 1]} ${y}`;
    if (g === "quarter") return `Q${n} ${y}`;
    if (g === "half") return `H${n} ${y}`;
    return String(y);
  }
  if (g === "month") return `${y}年${n}月`;
  if (g === "quarter") return `${y}年第${n}季度`;
  if (g === "half") return `${y}年${n === 1 ? "上" : "下"}半年`;
  return `${y}年`;
}

/** Axis labels: 11月, Q4, H2, 2026. */
export function periodShortLabel(key: string, locale: "zh-CN" | "en" = "zh-CN"): string {
  const { g, y, n } = parse(key);
  if (g === "month") return locale === "en" ? EN_MONTHS[n - 1] : `${n}月`;
  if (g === "quarter") return `Q${n}`;
  if (g === "half") return `H${n}`;
  return String(y);
}
