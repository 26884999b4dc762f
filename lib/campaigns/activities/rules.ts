// Activity rules, pure.

/** Check-in opens two hours before the start and closes two hours after the end. */
export const CHECKIN_MARGIN_MS = 2 * 3_600_000;

export function checkinOpen(a: { startsAt: Date; endsAt: Date; status: string }, now: Date): boolean {
  if (a.status === "CANCELLED") return false;
  return now.getTime() >= a.startsAt.getTime() - CHECKIN_MARGIN_MS && now.getTime() <= a.endsAt.getTime() + CHECKIN_MARGIN_MS;
}

/** Hours of an activity for the volunteer time bank: its length, in quarter hours, at most 12. */
export function activityHours(a: { startsAt: Date; endsAt: Date }): number {
  const h = (a.endsAt.getTime() - a.startsAt.getTime()) / 3_600_000;
  return Math.max(0, Math.min(12, Math.round(h * 4) / 4));
}
