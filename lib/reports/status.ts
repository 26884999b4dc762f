// The life of one unit's report for one period, as a pure state machine. The data layer asks it before every
// write (and the hot submit path encodes the same rules in its SQL, checked against this file by the tests).
//
//   (none) ──save──▶ DRAFT ──submit──▶ SUBMITTED ──approve (level k = done+1)──▶ … ──last level──▶ APPROVED
//                      ▲                    │
//                      └──── save ◀── RETURNED ◀──return (by the level due to approve)
//
// NOT_STARTED and MISSING are never stored: they are what "no submission" means before and after the deadline.
// Timeliness is judged on the first submission: a report filed on time and later returned stays on time.
import type { Period } from "./calendar";

export type StoredStatus = "DRAFT" | "SUBMITTED" | "RETURNED" | "APPROVED";
export type DisplayStatus = "NOT_STARTED" | "DRAFT" | "MISSING" | "SUBMITTED_ON_TIME" | "SUBMITTED_LATE" | "RETURNED" | "APPROVED";

export type SubmissionState = {
  status: StoredStatus;
  version: number;
  firstSubmittedAt: Date | null;
  onTime: boolean | null;
  /** Review levels approved so far (0 = none). */
  approvedLevel: number;
  /** Review levels in this report's chain. */
  levels: number;
  reopenedUntil: Date | null;
};

export type ReportEvent =
  | { type: "save" }
  | { type: "submit" }
  | { type: "return"; level: number }
  | { type: "approve"; level: number }
  | { type: "reopen"; until: Date };

/** Why a transition is refused; each maps to an errors.report.* message. */
export type RefusalReason = "notOpen" | "locked" | "alreadySubmitted" | "notSubmitted" | "wrongLevel" | "noReviewLevels" | "approved";

export type Transition = { ok: true; next: SubmissionState } | { ok: false; reason: RefusalReason };

export function isOpen(period: Pick<Period, "opensAt">, now: Date): boolean {
  return now.getTime() >= period.opensAt.getTime();
}

/** Entry is locked once lockAt has passed, unless a higher level reopened this unit's period until later. */
export function isLocked(period: Pick<Period, "lockAt">, s: Pick<SubmissionState, "reopenedUntil"> | null, now: Date): boolean {
  if (!period.lockAt || now.getTime() < period.lockAt.getTime()) return false;
  return !(s?.reopenedUntil && now.getTime() < s.reopenedUntil.getTime());
}

/** A unit may still edit: nothing filed yet, a draft, or a report returned to it. */
export function isEditableStatus(status: StoredStatus | null | undefined): boolean {
  return !status || status === "DRAFT" || status === "RETURNED";
}

export function wasSubmitted(s: Pick<SubmissionState, "firstSubmittedAt"> | null): boolean {
  return !!s?.firstSubmittedAt;
}

export function displayStatus(s: Pick<SubmissionState, "status" | "firstSubmittedAt" | "onTime"> | null, period: Pick<Period, "deadline">, now: Date): DisplayStatus {
  const due = now.getTime() >= period.deadline.getTime();
  if (!s) return due ? "MISSING" : "NOT_STARTED";
  switch (s.status) {
    case "DRAFT":
      return due ? "MISSING" : "DRAFT";
    case "SUBMITTED":
      return s.onTime ? "SUBMITTED_ON_TIME" : "SUBMITTED_LATE";
    case "RETURNED":
      return "RETURNED";
    case "APPROVED":
      return "APPROVED";
  }
}

const EMPTY: SubmissionState = { status: "DRAFT", version: 0, firstSubmittedAt: null, onTime: null, approvedLevel: 0, levels: 0, reopenedUntil: null };

/**
 * Apply one event. `now` decides opening, lock and timeliness; `levels` is the report's review chain length
 * (used when the first submission creates the state).
 */
export function transition(
  current: SubmissionState | null,
  event: ReportEvent,
  ctx: { now: Date; period: Pick<Period, "opensAt" | "deadline" | "lockAt">; levels?: number },
): Transition {
  const s = current ?? { ...EMPTY, levels: ctx.levels ?? 0 };
  const t = ctx.now.getTime();
  const bump = { version: s.version + 1 };
  switch (event.type) {
    case "save":
    case "submit": {
      if (!isOpen(ctx.period, ctx.now)) return { ok: false, reason: "notOpen" };
      if (!isEditableStatus(current?.status)) return { ok: false, reason: s.status === "APPROVED" ? "approved" : "alreadySubmitted" };
      if (isLocked(ctx.period, current, ctx.now)) return { ok: false, reason: "locked" };
      if (event.type === "save") return { ok: true, next: { ...s, ...bump } };
      const first = s.firstSubmittedAt ?? ctx.now;
      return {
        ok: true,
        next: {
          ...s,
          ...bump,
          status: "SUBMITTED",
          firstSubmittedAt: first,
          onTime: s.onTime ?? t <= ctx.period.deadline.getTime(),
          approvedLevel: 0,
          levels: ctx.levels ?? s.levels,
        },
      };
    }
    case "approve":
    case "return": {
      if (!current || current.status === "DRAFT" || current.status === "RETURNED") return { ok: false, reason: "notSubmitted" };
      if (current.status === "APPROVED") return { ok: false, reason: "approved" };
      if (current.levels < 1) return { ok: false, reason: "noReviewLevels" };
      if (event.level !== current.approvedLevel + 1) return { ok: false, reason: "wrongLevel" };
      if (event.type === "return") return { ok: true, next: { ...current, ...bump, status: "RETURNED", approvedLevel: 0 } };
      const done = event.level === current.levels;
      return { ok: true, next: { ...current, ...bump, approvedLevel: event.level, status: done ? "APPROVED" : "SUBMITTED" } };
    }
    case "reopen": {
      if (current && !isEditableStatus(current.status)) return { ok: false, reason: current.status === "APPROVED" ? "approved" : "alreadySubmitted" };
      return { ok: true, next: { ...s, ...bump, reopenedUntil: event.until } };
    }
  }
}

/** The level an actor reviews at: the highest chain level inside their review scope (0: none). */
export function reviewerLevel(chainPaths: string[], covers: (path: string) => boolean): number {
  let level = 0;
  chainPaths.forEach((p, i) => {
    if (covers(p)) level = i + 1;
  });
  return level;
}
