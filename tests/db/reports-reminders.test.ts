import { describe, expect, it } from "vitest";
import { runReportReminders } from "@/lib/reports/reminders";
import { writeReport } from "@/lib/reports/write-submissions";
import { createTestTenant, owner } from "../factories/tenant";
import { addUser, at, createWeeklyType, minimalWeekly, WEEK } from "./reports-fixtures";

async function notes(tenantId: string) {
  const db = owner();
  try {
    return await db.notification.findMany({ where: { tenantId }, orderBy: [{ createdAt: "asc" }, { id: "asc" }] });
  } finally {
    await db.$disconnect();
  }
}

describe("report reminders", () => {
  it("reach only units that have not filed, once per step, and escalate to the level above after the deadline", async () => {
    const tt = await createTestTenant();
    await createWeeklyType(tt);
    const a1bReporter = await addUser(tt, tt.nodes.a1b.id, "REPORTER", "branch-reporter");
    const b1Reporter = await addUser(tt, tt.nodes.b1.id, "REPORTER", "b1-reporter");
    // a1 files early; its admin (unitAdminA1) must hear nothing about this week.
    await writeReport({ actor: tt.actors.reporterA, action: "submit", input: { type: "weekly_progress", period: WEEK, nodeId: tt.nodes.a1.id, data: minimalWeekly, baseVersion: 0 }, now: at(-30 * 60) });
    const run = (minutes: number) => runReportReminders({ now: at(minutes), tenantIds: [tt.tenantId] });

    // Nothing is due two days before.
    expect(await run(-48 * 60)).toEqual({ sent: 0 });
    // The day before (the 5-minute job runs a little after 17:00 on Tuesday).
    expect(await run(-24 * 60 + 3)).toEqual({ sent: 2 });
    let list = await notes(tt.tenantId);
    expect(list.map((n) => n.userId).sort()).toEqual([a1bReporter.userId, b1Reporter.userId].sort());
    expect(list.every((n) => n.kind === "report.reminder" && n.link?.startsWith(`/reports/weekly_progress/${WEEK}/`))).toBe(true);
    expect(list[0].title).toContain("1天");
    // Reruns (the next tick, a retry after a crash) send nothing again.
    expect(await run(-24 * 60 + 8)).toEqual({ sent: 0 });
    expect(await run(-24 * 60 + 3)).toEqual({ sent: 0 });

    // b1 files in the evening: only the branch hears two hours before.
    await writeReport({ actor: b1Reporter, action: "submit", input: { type: "weekly_progress", period: WEEK, nodeId: tt.nodes.b1.id, data: minimalWeekly, baseVersion: 0 }, now: at(-20 * 60) });
    expect(await run(-120 + 2)).toEqual({ sent: 1 });
    list = await notes(tt.tenantId);
    expect(list.at(-1)).toMatchObject({ userId: a1bReporter.userId, kind: "report.reminder" });

    // After the deadline: the branch is told it is overdue, and the admin of its community (the level above) is told.
    expect(await run(4)).toEqual({ sent: 2 });
    list = await notes(tt.tenantId);
    const last = list.slice(-2);
    expect(last.map((n) => `${n.kind}:${n.userId}`).sort()).toEqual([`report.escalation:${tt.userIds.unitAdminA1}`, `report.overdue:${a1bReporter.userId}`].sort());
    expect(last.find((n) => n.kind === "report.escalation")?.body).toContain("甲一小区党支部");
    expect(await run(9)).toEqual({ sent: 0 });
    // Those who filed never got anything; nor did admins elsewhere.
    expect(list.filter((n) => [tt.userIds.unitAdminB, tt.userIds.tenantAdmin, tt.userIds.reporterA].includes(n.userId))).toEqual([]);
    expect(list.filter((n) => n.userId === b1Reporter.userId)).toHaveLength(1);
    // Days later no stale reminders arrive.
    expect(await run(3 * 24 * 60)).toEqual({ sent: 0 });
  });
});
