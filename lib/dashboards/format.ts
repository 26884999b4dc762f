// How figures read: 87.5%, 1,234.5 小时, 86.0 分. Pure (server and client components both use it).
import { indicatorOf, type Indicator } from "./catalogue";

const UNIT_SUFFIX: Record<"zh-CN" | "en", Record<Indicator["unit"], string>> = {
  "zh-CN": { percent: "%", hours: " 小时", points: " 分", score: " 分", count: " 次" },
  en: { percent: "%", hours: " h", points: " pts", score: "", count: "" },
};

export function formatNumber(v: number, decimals: number, locale: "zh-CN" | "en" = "zh-CN"): string {
  return v.toLocaleString(locale === "en" ? "en-US" : "zh-CN", { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
}

/** A figure with its unit, or "—" when there is none (never shown as 0%). */
export function formatFigure(code: string, value: number | null, locale: "zh-CN" | "en" = "zh-CN", withUnit = true): string {
  if (value === null || !Number.isFinite(value)) return "—";
  const ind = indicatorOf(code);
  const s = formatNumber(value, ind.decimals, locale);
  return withUnit ? `${s}${UNIT_SUFFIX[locale][ind.unit]}` : s;
}

/** A change: +2.5 个百分点 / -3 分; rates change in percentage points. */
export function formatDelta(code: string, delta: number | null, locale: "zh-CN" | "en" = "zh-CN"): string {
  if (delta === null || !Number.isFinite(delta)) return "—";
  const ind = indicatorOf(code);
  const sign = delta > 0 ? "+" : delta < 0 ? "−" : "±";
  const abs = formatNumber(Math.abs(delta), ind.decimals, locale);
  if (ind.unit === "percent") return `${sign}${abs}${locale === "en" ? " pp" : " 个百分点"}`;
  return `${sign}${abs}${UNIT_SUFFIX[locale][ind.unit]}`;
}

/** Good, bad or neutral direction of a change, for its colour. */
export function deltaTone(code: string, delta: number | null): "good" | "bad" | "neutral" {
  if (delta === null || delta === 0) return "neutral";
  const up = indicatorOf(code).higherIsBetter;
  return (delta > 0) === up ? "good" : "bad";
}
