// Which reminders are due at an instant: pure, so the schedule is tested without a database or a clock.
// A step fires once its moment (deadline + offset) has passed, for a few hours after (a server that was down
// catches up, but nobody gets a reminder days late); steps before the deadline stop at the deadline.
import { currentPeriodKey, periodOf, shiftPeriodKey, type Period } from "./calendar";
import type { ReminderStep } from "./builtin-types";
import type { TypeDef } from "./type-def";

export const CATCH_UP_MS = 6 * 3_600_000;

export type DueReminder = { period: Period; step: ReminderStep; fireAt: Date };

export function dueReminders(def: Pick<TypeDef, "rule" | "tz" | "reminders" | "activeFrom">, now: Date): DueReminder[] {
  const t = now.getTime();
  const current = currentPeriodKey(def.rule, now, def.tz);
  const out: DueReminder[] = [];
  for (const back of [0, 1, 2]) {
    const period = periodOf(def.rule, shiftPeriodKey(def.rule.cadence, current, -back), def.tz);
    if (period.deadline.getTime() < def.activeFrom.getTime()) continue;
    for (const step of def.reminders) {
      const fireAt = new Date(period.deadline.getTime() + step.offsetMinutes * 60_000);
      if (fireAt.getTime() > t || t >= fireAt.getTime() + CATCH_UP_MS) continue;
      if (step.offsetMinutes < 0 && t >= period.deadline.getTime()) continue;
      if (fireAt.getTime() < period.opensAt.getTime()) continue;
      out.push({ period, step, fireAt });
    }
  }
  return out;
}

/** "1天", "2小时", "30分钟": how long before the deadline a step fires. */
export function leadTimeLabel(offsetMinutes: number, locale: "zh-CN" | "en" = "zh-CN"): string {
  const m = Math.abs(offsetMinutes);
  if (m % 1440 === 0) return locale === "en" ? `${m / 1440} d` : `${m / 1440}天`;
  if (m % 60 === 0) return locale === "en" ? `${m / 60} h` : `${m / 60}小时`;
  return locale === "en" ? `${m} min` : `${m}分钟`;
}
