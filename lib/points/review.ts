// The review a points claim or award passes before it is booked, as the tenant configures it (seed 004: the
// social-work agency verifies, then the party organisation confirms), and the caps per period. Pure.
import { addDays, dateColumn, type DayKey } from "../duty/time";

export type ReviewStep = "VERIFY" | "CONFIRM";
export type ClaimState = "SUBMITTED" | "VERIFIED" | "CONFIRMED" | "REJECTED";

/** Where a new claim starts: confirmed at once when the tenant reviews nothing. */
export function initialStatus(steps: readonly ReviewStep[]): ClaimState {
  return steps.length === 0 ? "CONFIRMED" : "SUBMITTED";
}

/** The step a claim waits for, or null when it is done (confirmed or rejected). */
export function pendingStep(status: ClaimState, steps: readonly ReviewStep[]): ReviewStep | null {
  if (status === "SUBMITTED") return steps.includes("VERIFY") ? "VERIFY" : steps.includes("CONFIRM") ? "CONFIRM" : null;
  if (status === "VERIFIED") return steps.includes("CONFIRM") ? "CONFIRM" : null;
  return null;
}

/** The status after a step is passed; the last configured step confirms. */
export function statusAfter(step: ReviewStep, steps: readonly ReviewStep[]): ClaimState {
  if (step === "VERIFY" && steps.includes("CONFIRM")) return "VERIFIED";
  return "CONFIRMED";
}

export type CapPeriod = "DAY" | "WEEK" | "MONTH" | "YEAR";

/** The days [from, to] of the cap period holding a day (weeks run Monday to Sunday). */
export function capWindow(period: CapPeriod, day: DayKey): { from: DayKey; to: DayKey } {
  const [y, m] = day.split("-").map(Number);
  switch (period) {
    case "DAY":
      return { from: day, to: day };
    case "WEEK": {
      const weekday = ((dateColumn(day).getUTCDay() + 6) % 7) + 1;
      const from = addDays(day, 1 - weekday);
      return { from, to: addDays(from, 6) };
    }
    case "MONTH": {
      const first = `${y}-${String(m).padStart(2, "0")}-01`;
      const nextFirst = m === 12 ? `${y + 1}-01-01` : `${y}-${String(m + 1).padStart(2, "0")}-01`;
      return { from: first, to: addDays(nextFirst, -1) };
    }
    case "YEAR":
      return { from: `${y}-01-01`, to: `${y}-12-31` };
  }
}

/** Whether `points` more from a rule still fit its cap, given what the period already holds (absolute values). */
export function withinCap(cap: number | null, alreadyInPeriod: number, points: number): boolean {
  if (cap === null) return true;
  return Math.abs(alreadyInPeriod) + Math.abs(points) <= cap;
}

