import { describe, expect, it } from "vitest";
import { displayStatus, isLocked, reviewerLevel, transition, type SubmissionState } from "@/lib/reports/status";

const period = {
  opensAt: new Date("2026-11-22T16:00:00Z"),
  deadline: new Date("2026-11-25T09:00:00Z"),
  lockAt: new Date("2026-12-02T09:00:00Z"),
};
const before = new Date("2026-11-25T08:59:00Z");
const after = new Date("2026-11-25T09:01:00Z");
const afterLock = new Date("2026-12-02T09:00:00Z");
const ctx = (now: Date, levels = 2) => ({ now, period, levels });

function must(r: ReturnType<typeof transition>): SubmissionState {
  if (!r.ok) throw new Error(`refused: ${r.reason}`);
  return r.next;
}

describe("report status machine", () => {
  it("goes from nothing to draft to submitted on time, then approved level by level", () => {
    const draft = must(transition(null, { type: "save" }, ctx(before)));
    expect(draft).toMatchObject({ status: "DRAFT", version: 1, firstSubmittedAt: null });
    const draft2 = must(transition(draft, { type: "save" }, ctx(before)));
    expect(draft2.version).toBe(2);
    const sub = must(transition(draft2, { type: "submit" }, ctx(before)));
    expect(sub).toMatchObject({ status: "SUBMITTED", version: 3, onTime: true, firstSubmittedAt: before, approvedLevel: 0, levels: 2 });
    expect(transition(sub, { type: "approve", level: 2 }, ctx(after))).toEqual({ ok: false, reason: "wrongLevel" });
    const l1 = must(transition(sub, { type: "approve", level: 1 }, ctx(after)));
    expect(l1).toMatchObject({ status: "SUBMITTED", approvedLevel: 1 });
    const l2 = must(transition(l1, { type: "approve", level: 2 }, ctx(after)));
    expect(l2).toMatchObject({ status: "APPROVED", approvedLevel: 2, version: 5 });
    expect(transition(l2, { type: "approve", level: 3 }, ctx(after))).toEqual({ ok: false, reason: "approved" });
    expect(transition(l2, { type: "save" }, ctx(after))).toEqual({ ok: false, reason: "approved" });
    expect(transition(l2, { type: "reopen", until: afterLock }, ctx(after))).toEqual({ ok: false, reason: "approved" });
  });

  it("marks a first submission after the deadline late, and keeps the first verdict after a return", () => {
    const late = must(transition(null, { type: "submit" }, ctx(after)));
    expect(late).toMatchObject({ status: "SUBMITTED", onTime: false, version: 1 });
    const onTime = must(transition(null, { type: "submit" }, ctx(period.deadline)));
    expect(onTime.onTime).toBe(true); // 17:00:00 sharp is on time
    const returned = must(transition(onTime, { type: "return", level: 1 }, ctx(after)));
    expect(returned).toMatchObject({ status: "RETURNED", approvedLevel: 0 });
    const edited = must(transition(returned, { type: "save" }, ctx(after)));
    expect(edited.status).toBe("RETURNED");
    const again = must(transition(edited, { type: "submit" }, ctx(after)));
    expect(again).toMatchObject({ status: "SUBMITTED", onTime: true, firstSubmittedAt: period.deadline });
  });

  it("returns only from the level due to approve, and resets earlier approvals", () => {
    const sub = must(transition(null, { type: "submit" }, ctx(before)));
    const l1 = must(transition(sub, { type: "approve", level: 1 }, ctx(after)));
    expect(transition(l1, { type: "return", level: 1 }, ctx(after))).toEqual({ ok: false, reason: "wrongLevel" });
    const back = must(transition(l1, { type: "return", level: 2 }, ctx(after)));
    expect(back).toMatchObject({ status: "RETURNED", approvedLevel: 0 });
    expect(transition(back, { type: "approve", level: 1 }, ctx(after))).toEqual({ ok: false, reason: "notSubmitted" });
    expect(transition(null, { type: "return", level: 1 }, ctx(after))).toEqual({ ok: false, reason: "notSubmitted" });
  });

  it("refuses a second submission, filing before the period opens, and reviewing a report with no reviewers", () => {
    const sub = must(transition(null, { type: "submit" }, ctx(before)));
    expect(transition(sub, { type: "submit" }, ctx(before))).toEqual({ ok: false, reason: "alreadySubmitted" });
    expect(transition(sub, { type: "save" }, ctx(before))).toEqual({ ok: false, reason: "alreadySubmitted" });
    expect(transition(null, { type: "save" }, ctx(new Date("2026-11-22T15:59:59Z")))).toEqual({ ok: false, reason: "notOpen" });
    const solo = must(transition(null, { type: "submit" }, ctx(before, 0)));
    expect(transition(solo, { type: "approve", level: 1 }, ctx(after))).toEqual({ ok: false, reason: "noReviewLevels" });
  });

  it("locks entry after the lock instant until a higher level reopens the unit's period", () => {
    expect(transition(null, { type: "save" }, ctx(afterLock))).toEqual({ ok: false, reason: "locked" });
    const draft = must(transition(null, { type: "save" }, ctx(before)));
    expect(transition(draft, { type: "submit" }, ctx(afterLock))).toEqual({ ok: false, reason: "locked" });
    const until = new Date(afterLock.getTime() + 3 * 86_400_000);
    const reopened = must(transition(draft, { type: "reopen", until }, ctx(afterLock)));
    expect(isLocked(period, reopened, afterLock)).toBe(false);
    const sub = must(transition(reopened, { type: "submit" }, ctx(afterLock)));
    expect(sub).toMatchObject({ status: "SUBMITTED", onTime: false });
    expect(isLocked(period, reopened, until)).toBe(true); // the reopening ends
    const fresh = must(transition(null, { type: "reopen", until }, ctx(afterLock)));
    expect(fresh).toMatchObject({ status: "DRAFT", reopenedUntil: until });
    expect(transition(sub, { type: "reopen", until }, ctx(afterLock))).toEqual({ ok: false, reason: "alreadySubmitted" });
    expect(isLocked({ lockAt: null }, null, afterLock)).toBe(false);
  });

  it("shows not started, draft and missing around the deadline, and the submitted verdicts", () => {
    expect(displayStatus(null, period, before)).toBe("NOT_STARTED");
    expect(displayStatus(null, period, period.deadline)).toBe("MISSING");
    const draft = { status: "DRAFT" as const, firstSubmittedAt: null, onTime: null };
    expect(displayStatus(draft, period, before)).toBe("DRAFT");
    expect(displayStatus(draft, period, after)).toBe("MISSING");
    expect(displayStatus({ status: "SUBMITTED", firstSubmittedAt: before, onTime: true }, period, after)).toBe("SUBMITTED_ON_TIME");
    expect(displayStatus({ status: "SUBMITTED", firstSubmittedAt: after, onTime: false }, period, after)).toBe("SUBMITTED_LATE");
    expect(displayStatus({ status: "RETURNED", firstSubmittedAt: before, onTime: true }, period, after)).toBe("RETURNED");
    expect(displayStatus({ status: "APPROVED", firstSubmittedAt: before, onTime: true }, period, after)).toBe("APPROVED");
  });

  it("puts a reviewer at the highest level of the chain their scope covers", () => {
    const chain = ["/r/a/a1/", "/r/"];
    expect(reviewerLevel(chain, (p) => p.startsWith("/r/a/a1/"))).toBe(1);
    expect(reviewerLevel(chain, (p) => p.startsWith("/r/"))).toBe(2);
    expect(reviewerLevel(chain, (p) => p.startsWith("/r/b/"))).toBe(0);
  });
});
