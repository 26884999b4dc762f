// Campaign task reminders: the job run against the database at a controlled clock.
import { describe, expect, it } from "vitest";
import { createCampaign, setCampaignStatus } from "@/lib/campaigns/campaigns";
import { runTaskReminders } from "@/lib/campaigns/tasks/reminders";
import { assignTask, createTask, listTasks, reportProgress } from "@/lib/campaigns/tasks/tasks";
import { createTestTenant, owner } from "../factories/tenant";

describe("campaign task reminders", () => {
  it("reach the units still owing a task a day before and once after the deadline, nobody else, never twice", async () => {
    const t = await createTestTenant();
    const db = owner();
    try {
      const { id } = await createCampaign({
        actor: t.actors.tenantAdmin,
        data: { title: "垃圾分类动员", description: null, startsOn: "2026-11-01", endsOn: "2027-01-31", nodeId: t.nodes.root.id, scopeKind: "SUBTREE", unitIds: [], template: "blank" },
      });
      await setCampaignStatus({ actor: t.actors.tenantAdmin, data: { campaignId: id, status: "RUNNING" } });
      const task = (title: string, dueDate: string) => createTask({ actor: t.actors.tenantAdmin, data: { campaignId: id, title, description: null, dueDate, responsibleName: null, sectionKey: null } });
      const { id: sign } = await task("签订承诺书", "2026-11-20");
      const { id: old } = await task("早已逾期的任务", "2026-11-02");
      await assignTask({ actor: t.actors.tenantAdmin, data: { taskId: sign, nodeIds: [t.nodes.a1.id, t.nodes.b1.id], cascade: false } });
      await assignTask({ actor: t.actors.tenantAdmin, data: { taskId: old, nodeIds: [t.nodes.b1.id], cascade: false } });
      const run = (iso: string) => runTaskReminders({ now: new Date(iso), tenantIds: [t.tenantId] });
      const notices = () =>
        db.notification.findMany({ where: { tenantId: t.tenantId, kind: { startsWith: "task." } }, orderBy: [{ kind: "asc" }, { userId: "asc" }], select: { userId: true, kind: true, title: true, body: true, link: true } });

      // Two days before the deadline (17:00 China time on the 20th): nothing yet.
      expect((await run("2026-11-18T09:00:00Z")).sent).toBe(0);
      // 21 hours before: a1's own admin; b1 has nobody, so the admin of street B above it. The task overdue for
      // more than a week (b1's other task) is left to the owner's page.
      expect((await run("2026-11-19T12:00:00Z")).sent).toBe(2);
      expect((await run("2026-11-19T12:15:00Z")).sent).toBe(0);
      const first = await notices();
      expect(first.map((n) => [n.userId, n.kind])).toEqual(
        [[t.userIds.unitAdminA1, "task.reminder"], [t.userIds.unitAdminB, "task.reminder"]].sort((x, y) => x[0].localeCompare(y[0])),
      );
      expect(first[0].title).toBe("任务「签订承诺书」将于明天截止");
      expect(first.map((n) => n.body).join()).toContain("2026-11-20 17:00");
      const assignments = (await listTasks({ actor: t.actors.tenantAdmin, campaignId: id })).tasks.find((x) => x.id === sign)!.assignments;
      const a1 = assignments.find((a) => a.node.id === t.nodes.a1.id)!;
      expect(first.map((n) => n.link)).toContain(`/campaigns/${id}/tasks/${a1.id}`);

      // a1 reports it done; after the deadline only b1's side hears of it, once.
      await reportProgress({ actor: t.actors.unitAdminA1, data: { assignmentId: a1.id, text: "全部签署完毕", progress: 100, done: true, responsibleName: null, photoIds: [], fileIds: [] } });
      expect((await run("2026-11-20T10:00:00Z")).sent).toBe(1);
      expect((await run("2026-11-21T10:00:00Z")).sent).toBe(0);
      const overdue = (await notices()).filter((n) => n.kind === "task.overdue");
      expect(overdue).toHaveLength(1);
      expect(overdue[0]).toMatchObject({ userId: t.userIds.unitAdminB, title: "任务「签订承诺书」已逾期" });

      // A closed campaign's tasks remind nobody.
      const { id: later } = await task("开展主题活动", "2026-11-25");
      await assignTask({ actor: t.actors.tenantAdmin, data: { taskId: later, nodeIds: [t.nodes.a1.id], cascade: false } });
      await setCampaignStatus({ actor: t.actors.tenantAdmin, data: { campaignId: id, status: "CLOSED" } });
      expect((await run("2026-11-24T12:00:00Z")).sent).toBe(0);
      // Nothing reached another tenant's people or any other user.
      expect(new Set((await notices()).map((n) => n.userId))).toEqual(new Set([t.userIds.unitAdminA1, t.userIds.unitAdminB]));
    } finally {
      await db.$disconnect();
    }
  });
});
