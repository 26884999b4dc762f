import { describe, expect, it } from "vitest";
import { createCampaign, getCampaign, listCampaigns, listMyCampaigns, listTemplates, saveCampaignAsTemplate, setCampaignStatus, updateCampaign } from "@/lib/campaigns/campaigns";
import { confirmReceipt, getLetter, getLetterForMember, publishLetter, saveLetter } from "@/lib/campaigns/letters/letters";
import { getCampaignOverview } from "@/lib/campaigns/overview";
import { assignTask, createTask, deleteTask, getAssignment, listTasks, passDownTask, reportProgress } from "@/lib/campaigns/tasks/tasks";
import { qrPng } from "@/lib/qr";
import { storeUpload } from "@/lib/storage/files";
import { createTestTenant, owner, type TestTenant } from "../factories/tenant";

async function withOwner<T>(fn: (db: ReturnType<typeof owner>) => Promise<T>): Promise<T> {
  const db = owner();
  try {
    return await fn(db);
  } finally {
    await db.$disconnect();
  }
}

export async function runningCampaign(t: TestTenant, template = "seed000", extra: Partial<Parameters<typeof createCampaign>[0]["data"]> = {}) {
  const { id } = await createCampaign({
    actor: t.actors.tenantAdmin,
    data: { title: "垃圾分类动员", description: null, startsOn: "2026-11-01", endsOn: "2027-01-31", nodeId: t.nodes.root.id, scopeKind: "SUBTREE", unitIds: [], template, ...extra },
  });
  await setCampaignStatus({ actor: t.actors.tenantAdmin, data: { campaignId: id, status: "RUNNING" } });
  return id;
}

describe("campaigns", () => {
  it("builds a campaign from seed 000's framework: parts, tasks with Shanghai deadlines, letter, pledge, units", async () => {
    const t = await createTestTenant();
    const id = await runningCampaign(t);
    const c = await getCampaign({ actor: t.actors.tenantAdmin, campaignId: id });
    expect((c.sections as { title: string }[]).map((s) => s.title)).toEqual(["一阵地", "两个书", "三带头", "四举措", "五进"]);
    expect(c.letterHtml).toContain("房山区总工会");
    expect(c.pledgeTitle).toContain("我分类、我承诺");
    const { tasks } = await listTasks({ actor: t.actors.tenantAdmin, campaignId: id });
    expect(tasks).toHaveLength(10);
    // 7 days after 2026-11-01, at 17:00 China time.
    expect(tasks[0].dueAt.toISOString()).toBe("2026-11-08T09:00:00.000Z");
    const units = await withOwner((db) => db.campaignUnit.findMany({ where: { campaignId: id }, select: { nodeId: true, pledgeToken: true } }));
    // Unit kinds under the owner: the communities a1, b1 and the party branch a1b (streets are not units).
    expect(units.map((u) => u.nodeId).sort()).toEqual([t.nodes.a1.id, t.nodes.a1b.id, t.nodes.b1.id].sort());
    for (const u of units) expect(u.pledgeToken).toMatch(/^[A-Za-z0-9_-]{32}$/);
    const templates = await listTemplates({ actor: t.actors.tenantAdmin });
    expect(templates.filter((x) => x.builtIn).map((x) => x.key)).toEqual(["seed000", "seed001"]);
  });

  it("keeps every campaign to its scope: siblings, members outside, other tenants and drafts answer 404", async () => {
    const t = await createTestTenant();
    const other = await createTestTenant();
    // A campaign owned by street A, for its subtree.
    const { id } = await createCampaign({
      actor: t.actors.unitAdminA,
      data: { title: "甲街道动员", description: null, startsOn: "2026-11-01", endsOn: "2026-12-31", nodeId: t.nodes.a.id, scopeKind: "SUBTREE", unitIds: [], template: "seed001" },
    });
    // A draft is seen by those who manage it only.
    expect((await listCampaigns({ actor: t.actors.tenantAdmin })).map((c) => c.id)).toEqual([id]);
    await expect(getCampaign({ actor: t.actors.reporterA, campaignId: id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await listMyCampaigns({ actor: t.actors.member })).toEqual([]);
    await setCampaignStatus({ actor: t.actors.unitAdminA, data: { campaignId: id, status: "RUNNING" } });
    expect((await getCampaign({ actor: t.actors.reporterA, campaignId: id })).id).toBe(id);
    expect((await getCampaign({ actor: t.actors.leader, campaignId: id })).id).toBe(id);
    expect((await listMyCampaigns({ actor: t.actors.member })).map((c) => c.id)).toEqual([id]);
    // The representative follows a1 (inside A): sees it, and only a1's part.
    const rep = await getCampaign({ actor: t.actors.representative, campaignId: id });
    expect(rep.view).toEqual([`${t.nodes.a1.path}`]);
    // Street B, another tenant: 404, and nothing they can change.
    for (const actor of [t.actors.unitAdminB, other.actors.tenantAdmin]) {
      await expect(getCampaign({ actor, campaignId: id })).rejects.toMatchObject({ code: "NOT_FOUND" });
      await expect(updateCampaign({ actor, data: { campaignId: id, title: "改", description: null, startsOn: "2026-11-01", endsOn: "2026-12-31" } })).rejects.toMatchObject({ code: "NOT_FOUND" });
      await expect(setCampaignStatus({ actor, data: { campaignId: id, status: "CLOSED" } })).rejects.toMatchObject({ code: "NOT_FOUND" });
    }
    // The unit admin of a1 sees it but does not manage what street A owns.
    await expect(updateCampaign({ actor: t.actors.unitAdminA1, data: { campaignId: id, title: "改", description: null, startsOn: "2026-11-01", endsOn: "2026-12-31" } })).rejects.toMatchObject({ code: "NOT_FOUND" });
    // Leaders read, never write.
    await expect(setCampaignStatus({ actor: t.actors.leader, data: { campaignId: id, status: "CLOSED" } })).rejects.toMatchObject({ code: "FORBIDDEN" });
    // Creating above one's own subtree is refused.
    await expect(
      createCampaign({ actor: t.actors.unitAdminA, data: { title: "x", description: null, startsOn: "2026-11-01", endsOn: "2026-12-31", nodeId: t.nodes.root.id, scopeKind: "SUBTREE", unitIds: [], template: "blank" } }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    const c = await withOwner((db) => db.campaign.findUnique({ where: { id } }));
    expect(c!.title).toBe("甲街道动员");
  });

  it("reaches chosen units only when scoped to units", async () => {
    const t = await createTestTenant();
    const id = await runningCampaign(t, "blank", { scopeKind: "UNITS", unitIds: [t.nodes.b1.id] });
    expect((await getCampaign({ actor: t.actors.unitAdminB, campaignId: id })).view).toEqual([t.nodes.b1.path]);
    await expect(getCampaign({ actor: t.actors.unitAdminA, campaignId: id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await listMyCampaigns({ actor: t.actors.member })).toEqual([]);
    await expect(
      createCampaign({ actor: t.actors.unitAdminA, data: { title: "x", description: null, startsOn: "2026-11-01", endsOn: "2026-12-31", nodeId: t.nodes.a.id, scopeKind: "UNITS", unitIds: [t.nodes.b1.id], template: "blank" } }),
    ).rejects.toMatchObject({ code: "VALIDATION" });
  });

  it("saves a campaign's structure as the tenant's own template and builds from it", async () => {
    const t = await createTestTenant();
    const id = await runningCampaign(t, "seed001");
    const { id: templateId } = await saveCampaignAsTemplate({ actor: t.actors.tenantAdmin, data: { campaignId: id, name: "我们的框架", description: null } });
    const { id: second } = await createCampaign({
      actor: t.actors.tenantAdmin,
      data: { title: "第二期", description: null, startsOn: "2027-03-01", endsOn: "2027-06-30", nodeId: t.nodes.root.id, scopeKind: "SUBTREE", unitIds: [], template: templateId },
    });
    const { tasks } = await listTasks({ actor: t.actors.tenantAdmin, campaignId: second });
    expect(tasks).toHaveLength(12);
    expect(tasks[0].dueAt.toISOString()).toBe("2027-03-31T09:00:00.000Z");
    expect((await listTemplates({ actor: t.actors.tenantAdmin })).map((x) => x.name)).toContain("我们的框架");
    // The tenant's frameworks are for those who make campaigns: a unit admin does; a leader, a reporter, a
    // representative and a member are refused (the isolation matrix found them listed to everyone in the tenant).
    expect((await listTemplates({ actor: t.actors.unitAdminB })).map((x) => x.key)).toContain(templateId);
    for (const actor of [t.actors.leader, t.actors.reporterA, t.actors.representative, t.actors.member]) {
      await expect(listTemplates({ actor })).rejects.toMatchObject({ code: "FORBIDDEN" });
    }
    const other = await createTestTenant();
    await expect(
      createCampaign({ actor: other.actors.tenantAdmin, data: { title: "x", description: null, startsOn: "2027-03-01", endsOn: "2027-06-30", nodeId: other.nodes.root.id, scopeKind: "SUBTREE", unitIds: [], template: templateId } }),
    ).rejects.toMatchObject({ code: "VALIDATION" });
  });
});

describe("task list", () => {
  it("assigns down the tree, lets units pass it on and report with a photo, shows completion and overdue", async () => {
    const t = await createTestTenant();
    const id = await runningCampaign(t, "blank");
    const { id: taskId } = await createTask({ actor: t.actors.tenantAdmin, data: { campaignId: id, title: "签订承诺书", description: null, dueDate: "2026-11-20", responsibleName: "王主任", sectionKey: null } });
    const { id: late } = await createTask({ actor: t.actors.tenantAdmin, data: { campaignId: id, title: "已过期的任务", description: null, dueDate: "2026-11-02", responsibleName: null, sectionKey: null } });
    // Cascade from community a1: a1 and the party branch below it.
    expect((await assignTask({ actor: t.actors.tenantAdmin, data: { taskId, nodeIds: [t.nodes.a1.id], cascade: true } })).created).toBe(2);
    await assignTask({ actor: t.actors.tenantAdmin, data: { taskId: late, nodeIds: [t.nodes.a1.id, t.nodes.b1.id], cascade: false } });
    // Only the campaign's manager assigns; a unit cannot hand a task to a node outside the campaign.
    await expect(assignTask({ actor: t.actors.unitAdminA, data: { taskId, nodeIds: [t.nodes.b1.id], cascade: false } })).rejects.toMatchObject({ code: "NOT_FOUND" });

    const now = new Date("2026-11-10T00:00:00Z");
    const mine = await listTasks({ actor: t.actors.reporterA, campaignId: id, now });
    const a1Assignment = mine.tasks.find((x) => x.id === taskId)!.assignments.find((a) => a.node.id === t.nodes.a1.id)!;
    expect(a1Assignment.mine).toBe(true);
    // The reporter of A does not see B's part.
    expect(mine.tasks.find((x) => x.id === late)!.assignments.map((a) => a.node.id)).toEqual([t.nodes.a1.id]);

    const png = await qrPng("evidence", 64);
    const photo = await storeUpload({ actor: t.actors.reporterA, bytes: png, name: "现场.png", kind: "image", nodeId: t.nodes.a1.id });
    await reportProgress({ actor: t.actors.reporterA, data: { assignmentId: a1Assignment.id, text: "已组织 30 人签署", progress: 60, done: false, responsibleName: "李书记", photoIds: [photo.id], fileIds: [] } });
    await reportProgress({ actor: t.actors.reporterA, data: { assignmentId: a1Assignment.id, text: "全部完成", progress: 100, done: true, responsibleName: null, photoIds: [], fileIds: [] } });
    const detail = await getAssignment({ actor: t.actors.tenantAdmin, assignmentId: a1Assignment.id });
    expect(detail.assignment.status).toBe("DONE");
    expect(detail.reports.map((r) => r.text)).toEqual(["全部完成", "已组织 30 人签署"]);
    expect(detail.reports[1].photoIds).toEqual([photo.id]);
    // Somebody else's upload cannot be attached as evidence.
    const foreign = await storeUpload({ actor: t.actors.tenantAdmin, bytes: png, name: "x.png", kind: "image", nodeId: t.nodes.root.id });
    await expect(reportProgress({ actor: t.actors.reporterA, data: { assignmentId: a1Assignment.id, text: "x", progress: 10, done: false, responsibleName: null, photoIds: [foreign.id], fileIds: [] } })).rejects.toMatchObject({ code: "VALIDATION" });
    // Street B cannot report for A, nor see the assignment.
    await expect(reportProgress({ actor: t.actors.unitAdminB, data: { assignmentId: a1Assignment.id, text: "x", progress: 10, done: false, responsibleName: null, photoIds: [], fileIds: [] } })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(getAssignment({ actor: t.actors.unitAdminB, assignmentId: a1Assignment.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    // The leader reads but does not report.
    await expect(reportProgress({ actor: t.actors.leader, data: { assignmentId: a1Assignment.id, text: "x", progress: 10, done: false, responsibleName: null, photoIds: [], fileIds: [] } })).rejects.toMatchObject({ code: "NOT_FOUND" });

    // a1 passes the overdue task down to its branch.
    const lateA1 = (await listTasks({ actor: t.actors.unitAdminA1, campaignId: id, now })).tasks.find((x) => x.id === late)!.assignments[0];
    expect((await passDownTask({ actor: t.actors.unitAdminA1, data: { assignmentId: lateA1.id, nodeIds: [t.nodes.a1b.id] } })).created).toBe(1);
    await expect(passDownTask({ actor: t.actors.unitAdminA1, data: { assignmentId: lateA1.id, nodeIds: [t.nodes.b1.id] } })).rejects.toMatchObject({ code: "NOT_FOUND" });

    const all = await listTasks({ actor: t.actors.tenantAdmin, campaignId: id, now });
    expect(all.totals).toEqual({ assigned: 5, done: 1, overdue: 3 });
    const byUnit = Object.fromEntries(all.units.map((u) => [u.node.id, u]));
    expect(byUnit[t.nodes.a1.id]).toMatchObject({ assigned: 2, done: 1, overdue: 1 });
    expect(byUnit[t.nodes.b1.id]).toMatchObject({ assigned: 1, done: 0, overdue: 1 });
    const overview = await getCampaignOverview({ actor: t.actors.tenantAdmin, campaignId: id, now });
    expect(overview.kpis.tasks).toMatchObject({ assigned: 5, done: 1, overdue: 3, tasks: 2 });
    // A task with reports is kept.
    await expect(deleteTask({ actor: t.actors.tenantAdmin, data: { taskId } })).rejects.toMatchObject({ code: "CONFLICT" });
    // A closed campaign's task list is kept as it was: no task goes, even one nobody reported on (the isolation
    // matrix found deleting allowed where adding, editing and assigning are refused).
    const { id: spare } = await createTask({ actor: t.actors.tenantAdmin, data: { campaignId: id, title: "备用任务", description: null, dueDate: "2026-12-20", responsibleName: null, sectionKey: null } });
    await setCampaignStatus({ actor: t.actors.tenantAdmin, data: { campaignId: id, status: "CLOSED" } });
    await expect(deleteTask({ actor: t.actors.tenantAdmin, data: { taskId: spare } })).rejects.toMatchObject({ code: "CONFLICT", messageKey: "campaignErrors.closed" });
    expect(await withOwner((db) => db.campaignTask.count({ where: { id: spare } }))).toBe(1);
    const audits = await withOwner((db) => db.auditLog.count({ where: { tenantId: t.tenantId, action: "taskReport.create" } }));
    expect(audits).toBe(2);
  });
});

describe("initiative letter", () => {
  it("stores only sanitised HTML, publishes once with notifications, collects receipts per unit", async () => {
    const t = await createTestTenant();
    const id = await runningCampaign(t, "blank");
    await saveLetter({
      actor: t.actors.tenantAdmin,
      data: { campaignId: id, title: "倡议书", html: '<p onclick="x()">各单位：</p><script>alert(1)</script><img src=x onerror=alert(1)><a href="javascript:alert(1)">点此</a><iframe src="https://e.x"></iframe><p><b>行动起来</b></p>' },
    });
    const stored = await withOwner((db) => db.campaign.findUnique({ where: { id }, select: { letterHtml: true } }));
    expect(stored!.letterHtml).toBe("<p>各单位：</p>点此<p><strong>行动起来</strong></p>");
    await expect(saveLetter({ actor: t.actors.tenantAdmin, data: { campaignId: id, title: "空", html: "<script>x</script>" } })).rejects.toMatchObject({ code: "VALIDATION" });
    // Nothing to confirm before it is published; members do not see it yet.
    await expect(confirmReceipt({ actor: t.actors.unitAdminA1, data: { campaignId: id, nodeId: t.nodes.a1.id } })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(getLetterForMember({ actor: t.actors.member, campaignId: id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(publishLetter({ actor: t.actors.unitAdminA, data: { campaignId: id } })).rejects.toMatchObject({ code: "NOT_FOUND" });
    const pub = await publishLetter({ actor: t.actors.tenantAdmin, data: { campaignId: id } });
    expect(pub.units).toBe(3);
    await expect(publishLetter({ actor: t.actors.tenantAdmin, data: { campaignId: id } })).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(saveLetter({ actor: t.actors.tenantAdmin, data: { campaignId: id, title: "改", html: "<p>改</p>" } })).rejects.toMatchObject({ code: "CONFLICT" });
    // The admin of a1 is told.
    const told = await withOwner((db) => db.notification.findMany({ where: { tenantId: t.tenantId, kind: "campaign.letter" }, select: { userId: true } }));
    expect(told.map((n) => n.userId)).toContain(t.userIds.unitAdminA1);

    await confirmReceipt({ actor: t.actors.unitAdminA1, data: { campaignId: id, nodeId: t.nodes.a1.id } });
    expect((await confirmReceipt({ actor: t.actors.unitAdminA1, data: { campaignId: id, nodeId: t.nodes.a1.id } })).already).toBe(true);
    // Not for another unit's receipt, not for a leader.
    await expect(confirmReceipt({ actor: t.actors.unitAdminA1, data: { campaignId: id, nodeId: t.nodes.b1.id } })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(confirmReceipt({ actor: t.actors.leader, data: { campaignId: id, nodeId: t.nodes.a1.id } })).rejects.toMatchObject({ code: "FORBIDDEN" });
    const letter = await getLetter({ actor: t.actors.tenantAdmin, campaignId: id });
    expect(letter.confirmed).toBe(1);
    expect(letter.receipts.filter((r) => !r.receivedAt).map((r) => r.node.id).sort()).toEqual([t.nodes.a1b.id, t.nodes.b1.id].sort());
    expect((await getLetterForMember({ actor: t.actors.member, campaignId: id })).html).toContain("行动起来");
  });
});
