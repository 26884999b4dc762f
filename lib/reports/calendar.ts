// Report periods and deadlines as calendar rules, in the tenant's time zone whatever the server's zone.
// Calendar arithmetic runs on civil dates (year, month, day as plain numbers); only the last step turns a
// civil date and time in the zone into an instant (TZDate), so DST, month ends and year ends never shift a day.
import { TZDate } from "@date-fns/tz";

export type Cadence = "WEEKLY" | "MONTHLY" | "QUARTERLY";

export type ScheduleRule = {
  cadence: Cadence;
  /** WEEKLY: ISO weekday of the deadline, 1 = Monday … 7 = Sunday. */
  weekday?: number | null;
  /** MONTHLY / QUARTERLY: day of the month of the deadline (clamped to the month's last day). */
  dayOfMonth?: number | null;
  /** "HH:mm", wall time in the tenant's zone. */
  dueTime: string;
  /** 0: the deadline falls in the period itself; 1: in the next one (the bin-duty table due on the 18th covers the month before). */
  periodOffset: number;
  /** Entry locks this many days after the deadline; null: never. */
  lockAfterDays: number | null;
};

export type Period = {
  key: string;
  /** First instant of the period (inclusive) and the first instant after it. */
  start: Date;
  end: Date;
  /** From when units may file: the period's start, or its end when the deadline lies in the next period. */
  opensAt: Date;
  deadline: Date;
  lockAt: Date | null;
};

type Civil = { y: number; m: number; d: number }; // m: 1-12

const DAY_MS = 86_400_000;
const KEY = { WEEKLY: /^(\d{4})-W(\d{2})$/, MONTHLY: /^(\d{4})-(\d{2})$/, QUARTERLY: /^(\d{4})-Q([1-4])$/ } as const;

const pad = (n: number, w = 2) => String(n).padStart(w, "0");

function civilToDays(c: Civil): number {
  return Math.floor(Date.UTC(c.y, c.m - 1, c.d) / DAY_MS);
}

function daysToCivil(days: number): Civil {
  const d = new Date(days * DAY_MS);
  return { y: d.getUTCFullYear(), m: d.getUTCMonth() + 1, d: d.getUTCDate() };
}

function addDays(c: Civil, n: number): Civil {
  return daysToCivil(civilToDays(c) + n);
}

/** 1 = Monday … 7 = Sunday. */
function isoWeekday(c: Civil): number {
  return ((new Date(Date.UTC(c.y, c.m - 1, c.d)).getUTCDay() + 6) % 7) + 1;
}

function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/** Month arithmetic: (y, m) plus n months. */
function addMonths(y: number, m: number, n: number): { y: number; m: number } {
  const idx = y * 12 + (m - 1) + n;
  return { y: Math.floor(idx / 12), m: (idx % 12) + 1 };
}

/** Monday of ISO week 1 of an ISO week-year (the week with 4 January). */
function isoWeekOneMonday(isoYear: number): Civil {
  const jan4: Civil = { y: isoYear, m: 1, d: 4 };
  return addDays(jan4, 1 - isoWeekday(jan4));
}

function isoWeekOf(c: Civil): { year: number; week: number } {
  const thursday = addDays(c, 4 - isoWeekday(c));
  const week = Math.floor((civilToDays(thursday) - civilToDays(isoWeekOneMonday(thursday.y))) / 7) + 1;
  return { year: thursday.y, week };
}

function weeksInIsoYear(isoYear: number): number {
  return isoWeekOf({ y: isoYear, m: 12, d: 28 }).week;
}

/** The civil date and time of an instant in a zone. */
export function civilAt(instant: Date, tz: string): Civil & { hh: number; mm: number } {
  const z = new TZDate(instant.getTime(), tz);
  return { y: z.getFullYear(), m: z.getMonth() + 1, d: z.getDate(), hh: z.getHours(), mm: z.getMinutes() };
}

/** The instant of a civil date and wall time in a zone. */
export function instantOf(c: Civil, hh: number, mm: number, tz: string): Date {
  return new Date(new TZDate(c.y, c.m - 1, c.d, hh, mm, 0, 0, tz).getTime());
}

export function parseDueTime(t: string): { hh: number; mm: number } {
  const m = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(t);
  if (!m) throw new Error(`bad due time ${t}`);
  return { hh: Number(m[1]), mm: Number(m[2]) };
}

export function isPeriodKey(cadence: Cadence, key: string): boolean {
  const m = KEY[cadence].exec(key);
  if (!m) return false;
  const y = Number(m[1]);
  const n = Number(m[2]);
  if (y < 2000 || y > 2200) return false;
  if (cadence === "WEEKLY") return n >= 1 && n <= weeksInIsoYear(y);
  if (cadence === "MONTHLY") return n >= 1 && n <= 12;
  return true;
}

function parseKey(cadence: Cadence, key: string): { y: number; n: number } {
  if (!isPeriodKey(cadence, key)) throw new Error(`bad ${cadence} period key ${key}`);
  const m = KEY[cadence].exec(key)!;
  return { y: Number(m[1]), n: Number(m[2]) };
}

/** First civil day of a period and the first civil day after it. */
function civilBounds(cadence: Cadence, key: string): { first: Civil; next: Civil } {
  const { y, n } = parseKey(cadence, key);
  if (cadence === "WEEKLY") {
    const first = addDays(isoWeekOneMonday(y), (n - 1) * 7);
    return { first, next: addDays(first, 7) };
  }
  const months = cadence === "MONTHLY" ? 1 : 3;
  const m0 = cadence === "MONTHLY" ? n : (n - 1) * 3 + 1;
  const nx = addMonths(y, m0, months);
  return { first: { y, m: m0, d: 1 }, next: { y: nx.y, m: nx.m, d: 1 } };
}

/** The key of the period of `cadence` that contains a civil date. */
function keyOfCivil(cadence: Cadence, c: Civil): string {
  if (cadence === "WEEKLY") {
    const { year, week } = isoWeekOf(c);
    return `${year}-W${pad(week)}`;
  }
  if (cadence === "MONTHLY") return `${c.y}-${pad(c.m)}`;
  return `${c.y}-Q${Math.floor((c.m - 1) / 3) + 1}`;
}

/** The key of the period that contains an instant (in the zone). */
export function periodKeyAt(cadence: Cadence, instant: Date, tz: string): string {
  return keyOfCivil(cadence, civilAt(instant, tz));
}

/** A period key moved by n periods (negative: earlier). */
export function shiftPeriodKey(cadence: Cadence, key: string, n: number): string {
  if (n === 0) return key;
  const { first } = civilBounds(cadence, key);
  if (cadence === "WEEKLY") return keyOfCivil(cadence, addDays(first, 7 * n));
  const moved = addMonths(first.y, first.m, n * (cadence === "MONTHLY" ? 1 : 3));
  return keyOfCivil(cadence, { y: moved.y, m: moved.m, d: 1 });
}

export function comparePeriodKeys(a: string, b: string): number {
  // Keys of one cadence sort as strings: zero-padded, year first.
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Keys from `from` to `to` inclusive, oldest first (at most `max`). */
export function periodKeysBetween(cadence: Cadence, from: string, to: string, max = 120): string[] {
  const out: string[] = [];
  let k = from;
  while (comparePeriodKeys(k, to) <= 0 && out.length < max) {
    out.push(k);
    k = shiftPeriodKey(cadence, k, 1);
  }
  return out;
}

// periodOf is pure and asked on every filing and for every cell of a completeness table, while each call builds
// five zoned dates (Intl under the hood): its answers are kept, as instants, in a bounded memo.
const PERIOD_MEMO_MAX = 5_000;
const periodMemo = new Map<string, [string, number, number, number, number, number | null]>();

/** Start, end, opening, deadline and lock instants of one period under a rule, in the zone. */
export function periodOf(rule: ScheduleRule, key: string, tz: string): Period {
  const memoKey = `${rule.cadence}|${rule.weekday ?? ""}|${rule.dayOfMonth ?? ""}|${rule.dueTime}|${rule.periodOffset}|${rule.lockAfterDays ?? ""}|${key}|${tz}`;
  let m = periodMemo.get(memoKey);
  if (!m) {
    const p = computePeriod(rule, key, tz);
    m = [p.key, p.start.getTime(), p.end.getTime(), p.opensAt.getTime(), p.deadline.getTime(), p.lockAt?.getTime() ?? null];
    if (periodMemo.size >= PERIOD_MEMO_MAX) periodMemo.clear();
    periodMemo.set(memoKey, m);
  }
  // Fresh Date objects each time: callers may hold on to them.
  return { key: m[0], start: new Date(m[1]), end: new Date(m[2]), opensAt: new Date(m[3]), deadline: new Date(m[4]), lockAt: m[5] === null ? null : new Date(m[5]) };
}

function computePeriod(rule: ScheduleRule, key: string, tz: string): Period {
  const { first, next } = civilBounds(rule.cadence, key);
  const { hh, mm } = parseDueTime(rule.dueTime);
  const offset = rule.periodOffset;
  let due: Civil;
  if (rule.cadence === "WEEKLY") {
    const weekday = Math.min(7, Math.max(1, rule.weekday ?? 3));
    due = addDays(first, offset * 7 + weekday - 1);
  } else {
    // The month the deadline falls in: the period's last month, moved by the offset.
    const last = addMonths(next.y, next.m, -1);
    const anchor = addMonths(last.y, last.m, offset);
    const day = Math.min(Math.max(1, rule.dayOfMonth ?? 1), daysInMonth(anchor.y, anchor.m));
    due = { y: anchor.y, m: anchor.m, d: day };
  }
  const opensCivil = offset === 0 ? first : civilBounds(rule.cadence, shiftPeriodKey(rule.cadence, key, offset)).first;
  return {
    key,
    start: instantOf(first, 0, 0, tz),
    end: instantOf(next, 0, 0, tz),
    opensAt: instantOf(opensCivil, 0, 0, tz),
    deadline: instantOf(due, hh, mm, tz),
    lockAt: rule.lockAfterDays === null ? null : instantOf(addDays(due, rule.lockAfterDays), hh, mm, tz),
  };
}

/** The newest period open for filing at `now` (the week we are in; for the bin-duty table, last month). */
export function currentPeriodKey(rule: ScheduleRule, now: Date, tz: string): string {
  return shiftPeriodKey(rule.cadence, periodKeyAt(rule.cadence, now, tz), -rule.periodOffset);
}

/** The `count` newest open periods, newest first. */
export function recentPeriods(rule: ScheduleRule, now: Date, tz: string, count: number): Period[] {
  const current = currentPeriodKey(rule, now, tz);
  return Array.from({ length: count }, (_, i) => periodOf(rule, shiftPeriodKey(rule.cadence, current, -i), tz));
}

const ZH_WEEKDAYS = ["", "周一", "周二", "周三", "周四", "周五", "周六", "周日"];
const EN_WEEKDAYS = ["", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];
const EN_MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** A period as people say it: 2026年第48周（11.23–11.29）, 2026年11月, 2026年第4季度. */
export function periodLabel(cadence: Cadence, key: string, locale: "zh-CN" | "en" = "zh-CN"): string {
  const { y, n } = parseKey(cadence, key);
  if (cadence === "WEEKLY") {
    const { first } = civilBounds(cadence, key);
    const last = addDays(first, 6);
    return locale === "en"
      ? `${y} W${pad(n)} (${EN_MONTHS[first.m - 1]} ${first.d}–${first.m === last.m ? "" : `${EN_MONTHS[last.m - 1]} `}${last.d})`
      : `${y}年第${n}周（${first.m}.${first.d}–${last.m}.${last.d}）`;
  }
  if (cadence === "MONTHLY") return locale === "en" ? `${EN_MONTHS[n - 1]} ${y}` : `${y}年${n}月`;
  return locale === "en" ? `${y} Q${n}` : `${y}年第${n}季度`;
}

/** Short period label for chart axes: W48, 11月, Q4. */
export function periodShortLabel(cadence: Cadence, key: string, locale: "zh-CN" | "en" = "zh-CN"): string {
  const { n } = parseKey(cadence, key);
  if (cadence === "WEEKLY") return `W${pad(n)}`;
  if (cadence === "MONTHLY") return locale === "en" ? EN_MONTHS[n - 1] : `${n}月`;
  return `Q${n}`;
}

/** The rule in words: 每周三 17:00, 每月18日 17:00（上月）. */
export function ruleLabel(rule: ScheduleRule, locale: "zh-CN" | "en" = "zh-CN"): string {
  const wd = Math.min(7, Math.max(1, rule.weekday ?? 3));
  if (locale === "en") {
    if (rule.cadence === "WEEKLY") return `Every ${EN_WEEKDAYS[wd]} ${rule.dueTime}${rule.periodOffset ? " (previous week)" : ""}`;
    const what = rule.cadence === "MONTHLY" ? "month" : "quarter";
    return `Day ${rule.dayOfMonth ?? 1} ${rule.dueTime}${rule.periodOffset ? ` of the next ${what === "month" ? "month" : "quarter's first month"}` : ` of each ${what === "month" ? "month" : "quarter's last month"}`}`;
  }
  if (rule.cadence === "WEEKLY") return `每${ZH_WEEKDAYS[wd]} ${rule.dueTime}${rule.periodOffset ? "（报上周）" : ""}`;
  if (rule.cadence === "MONTHLY") return `每月${rule.dayOfMonth ?? 1}日 ${rule.dueTime}${rule.periodOffset ? "前（报上月）" : ""}`;
  return rule.periodOffset ? `每季度次月${rule.dayOfMonth ?? 1}日 ${rule.dueTime}前（报上季度）` : `每季度末月${rule.dayOfMonth ?? 1}日 ${rule.dueTime}`;
}

/** An instant as wall time in the zone: "2026-11-25 17:00". */
export function formatInZone(instant: Date, tz: string, withTime = true): string {
  const c = civilAt(instant, tz);
  const date = `${c.y}-${pad(c.m)}-${pad(c.d)}`;
  return withTime ? `${date} ${pad(c.hh)}:${pad(c.mm)}` : date;
}
