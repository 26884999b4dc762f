// The quarterly notice (季通报) drafted from fixed data, and its workflow. The world is dashboards-fixtures.ts
// (reports filed on time, late and missing; inspections and rectifications; figures computed by hand in
// dashboards-indicators.test.ts), plus red and black lists and good practice written in weekly reports.
import { beforeAll, describe, expect, it } from "vitest";
import { rebuildDashboards } from "@/lib/dashboards/refresh-job";
import { approveNotice, createNotice, getNotice, listNotices, publishNotice, returnNotice, submitNotice, updateNotice } from "@/lib/notices/notices";
import { owner } from "../factories/tenant";
import { bj, buildWorld, NOW, type World } from "./dashboards-fixtures";

let w: World;
const Q = "2027-Q1";

async function notificationsOf(tenantId: string, kind: string) {
  const db = owner();
  try {
    return await db.notification.findMany({ where: { tenantId, kind }, select: { userId: true, title: true, link: true } });
  } finally {
    await db.$disconnect();
  }
}

beforeAll(async () => {
  w = await buildWorld();
  const { tt } = w;
  const t = tt.tenantId;
  const db = owner();
  try {
    // Good practice in the weekly reports: a1's newest (W05, with markup to escape) and older one (W01, not
    // quoted: one quote per unit), a1b's W01, and b1's draft (never quoted: not submitted).
    const practice = async (nodeId: string, periodKey: string, text: string) =>
      db.reportSubmission.updateMany({ where: { tenantId: t, nodeId, periodKey }, data: { data: { progress: "按计划推进", goodPractice: text } } });
    await practice(tt.nodes.a1.id, "2027-W05", "党员带头<桶前值守>，每周三集中宣传。");
    await practice(tt.nodes.a1.id, "2027-W01", "旧的做法。");
    await practice(tt.nodes.a1b.id, "2027-W01", "楼栋党小组包片入户。");
    await practice(tt.nodes.b1.id, "2027-W01", "草稿里的做法。");

    // Red and black lists: two published in the quarter, one draft, one published in December (outside).
    const list = async (nodeId: string, month: string, status: "DRAFT" | "PUBLISHED", entries: { side: "RED" | "BLACK"; label: string; rate: number | null }[]) => {
      const l = await db.redBlackList.create({ data: { tenantId: t, nodeId, month, status, rule: { topN: 3, bottomN: 3, minObserved: 10 }, createdById: tt.userIds.tenantAdmin, publishedAt: status === "PUBLISHED" ? bj(`${month}-28 10:00`) : null }, select: { id: true } });
      await db.redBlackEntry.createMany({ data: entries.map((e, i) => ({ tenantId: t, listId: l.id, side: e.side, label: e.label, rate: e.rate, sortOrder: i })) });
    };
    await list(tt.nodes.a1c.id, "2027-02", "PUBLISHED", [{ side: "RED", label: "1号桶站", rate: 925 }, { side: "BLACK", label: "丙户主", rate: null }]);
    await list(tt.nodes.b1c.id, "2027-01", "PUBLISHED", [{ side: "BLACK", label: "2号桶站", rate: 450 }]);
    await list(tt.nodes.b1c.id, "2027-03", "DRAFT", [{ side: "RED", label: "草稿红榜", rate: 990 }]);
    await list(tt.nodes.a1c.id, "2026-12", "PUBLISHED", [{ side: "RED", label: "去年红榜", rate: 980 }]);
  } finally {
    await db.$disconnect();
  }
  await rebuildDashboards({ tenantId: t, now: NOW });
});

describe("the quarterly notice drafted from the data", () => {
  it("has the quarter's figures, the units' tables, inspections, red and black lists and quoted good practice", async () => {
    const { tt } = w;
    const { id } = await createNotice({ actor: tt.actors.tenantAdmin, data: { nodeId: tt.nodes.root.id, quarter: Q }, now: NOW });
    const n = await getNotice({ actor: tt.actors.tenantAdmin, noticeId: id });
    expect(n).toMatchObject({ status: "DRAFT", quarter: Q, title: `测试区${tt.tag}关于2027年第1季度垃圾分类工作情况的通报` });
    const s = Object.fromEntries(n.sections.map((x) => [x.key, x]));
    expect(n.sections.map((x) => x.title)).toEqual(["一、总体情况", "二、报表报送情况", "三、重点指标完成情况", "四、检查督导情况", "五、红黑榜", "六、经验做法", "七、下步工作要求"]);

    // Reports: 30 unit-weeks due in the quarter, 4 filed, 3 of them on time. Pledges: 2 of the 9 on the roster in
    // March; participation 3 of 9; contests 2 of 3 takers passed; ledgers and inspections 160 of 200 correct; duty
    // 310 minutes, 2 of 28 member-months at the norm; 1 of 3 households linked; two scored checks (80, 90); 1 of 3
    // rectifications due was done in time.
    expect(s.overview.html).toBe(
      `<p>2027年第1季度，测试区${tt.tag}所属各单位应报送各类报表 30 份，实报 4 份，报送率 13.3%，其中按时报送率 75%。</p>` +
        "<p>承诺书签署率 22.2%，群众参与率 33.3%，知晓率 66.7%，正确投放率 80%。</p>" +
        "<p>党员桶前值守累计 5.2 小时，值守达标率 7.1%；党员联户覆盖率 33.3%；本季度开展检查 2 次，平均得分 85 分，按期整改率 33.3%。</p>",
    );
    // Per street, best submission rate first; both below 80 % are named.
    expect(s.reports.html).toContain("<tr><td>甲街道</td><td>20</td><td>4</td><td>20%</td><td>75%</td></tr><tr><td>乙街道</td><td>10</td><td>0</td><td>0%</td><td>—</td></tr>");
    expect(s.reports.html).toContain("<p>报送率低于 80% 的单位：甲街道、乙街道。");
    expect(s.indicators.html).toContain("<tr><td>甲街道</td><td>33.3%</td><td>50%</td><td>66.7%</td><td>80%</td><td>10.5%</td><td>50%</td></tr>");
    expect(s.indicators.html).toContain("<tr><td>乙街道</td><td>0%</td><td>0%</td><td>—</td><td>—</td><td>0%</td><td>0%</td></tr>");
    // A's monthly check (80) with its two problems, one overdue; B's unannounced inspection (90); follow-ups not counted.
    expect(s.inspections.html).toContain("<tr><td>甲街道</td><td>1</td><td>0</td><td>80</td><td>2</td><td>1</td></tr><tr><td>乙街道</td><td>0</td><td>1</td><td>90</td><td>2</td><td>0</td></tr>");
    expect(s.inspections.html).toContain("<p>逾期未整改的单位：甲街道（1项），请立即整改并报告整改情况。</p>");
    // Published lists of the quarter only; rates from per mille.
    expect(s.redblack.html).toBe(
      "<p><strong>红榜</strong></p><ul><li>1号桶站（甲一小区2月，正确投放率 92.5%）</li></ul>" +
        "<p><strong>黑榜</strong></p><ul><li>2号桶站（乙一小区1月，正确投放率 45%）</li><li>丙户主（甲一小区2月）</li></ul>",
    );
    // The newest good practice of each unit, quoted and escaped; drafts and older reports of the same unit left out.
    expect(s.practice.html).toBe(
      "<blockquote><p>党员带头&lt;桶前值守&gt;，每周三集中宣传。</p><p>——甲一社区（2027年第5周（2.1–2.7）周报）</p></blockquote>" +
        "<blockquote><p>楼栋党小组包片入户。</p><p>——甲一小区党支部（2027年第1周（1.4–1.10）周报）</p></blockquote>",
    );
    expect(n.sections.map((x) => x.html).join("")).not.toMatch(/草稿|旧的做法|去年红榜/);

    // One notice per node and quarter.
    await expect(createNotice({ actor: tt.actors.tenantAdmin, data: { nodeId: tt.nodes.root.id, quarter: Q }, now: NOW })).rejects.toMatchObject({ code: "CONFLICT" });
  });

  it("a street's notice covers only its own units", async () => {
    const { tt } = w;
    const { id } = await createNotice({ actor: tt.actors.unitAdminB, data: { nodeId: tt.nodes.b.id, quarter: Q }, now: NOW });
    const n = await getNotice({ actor: tt.actors.unitAdminB, noticeId: id });
    const html = n.sections.map((x) => x.html).join("");
    expect(html).toContain("<tr><td>乙一社区</td><td>10</td><td>0</td><td>0%</td><td>—</td></tr>");
    expect(html).not.toMatch(/甲一|甲街道|1号桶站|党员带头/);
    // A unit admin of a sibling street cannot draft for, or read, B's notices.
    await expect(createNotice({ actor: tt.actors.unitAdminA, data: { nodeId: tt.nodes.b.id, quarter: "2027-Q2" }, now: NOW })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(getNotice({ actor: tt.actors.unitAdminA, noticeId: id })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});

describe("the notice workflow", () => {
  it("draft → edit → submit → approve (a leader, not a unit admin) → publish, each unit's staff notified once", async () => {
    const { tt } = w;
    const { id } = await createNotice({ actor: tt.actors.unitAdminA, data: { nodeId: tt.nodes.a.id, quarter: Q }, now: NOW });
    const draft = await getNotice({ actor: tt.actors.unitAdminA, noticeId: id });
    // Staff edit the draft; script and attributes do not survive.
    await updateNotice({ actor: tt.actors.unitAdminA, data: { noticeId: id, title: "甲街道一季度通报", sections: [...draft.sections.slice(0, 6), { key: "next", title: "七、下步工作要求", html: '<p onclick="x()">按时报送<script>alert(1)</script></p>' }] } });
    expect((await getNotice({ actor: tt.actors.unitAdminA, noticeId: id })).sections.at(-1)!.html).toBe("<p>按时报送</p>");

    // Nobody approves a draft; members and readers below do not see it at all.
    await expect(approveNotice({ actor: tt.actors.leader, noticeId: id, now: NOW })).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(getNotice({ actor: tt.actors.unitAdminA1, noticeId: id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(getNotice({ actor: tt.actors.member, noticeId: id })).rejects.toMatchObject({ code: "FORBIDDEN" });

    await submitNotice({ actor: tt.actors.unitAdminA, noticeId: id, now: NOW });
    await expect(updateNotice({ actor: tt.actors.unitAdminA, data: { noticeId: id, title: "改", sections: draft.sections } })).rejects.toMatchObject({ code: "CONFLICT" });
    // A unit admin cannot approve (not even their own); B's admin does not even find it.
    await expect(approveNotice({ actor: tt.actors.unitAdminA, noticeId: id, now: NOW })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(approveNotice({ actor: tt.actors.unitAdminB, noticeId: id, now: NOW })).rejects.toMatchObject({ code: "FORBIDDEN" });
    // Nor can it be published before approval.
    await expect(publishNotice({ actor: tt.actors.unitAdminA, noticeId: id, now: NOW })).rejects.toMatchObject({ code: "CONFLICT" });
    expect(await notificationsOf(tt.tenantId, "notice.published")).toEqual([]);

    // Returned with a comment, resubmitted, approved by the leader.
    await returnNotice({ actor: tt.actors.leader, noticeId: id, comment: "请补充红黑榜" });
    expect(await getNotice({ actor: tt.actors.unitAdminA, noticeId: id })).toMatchObject({ status: "DRAFT", returnComment: "请补充红黑榜" });
    await submitNotice({ actor: tt.actors.unitAdminA, noticeId: id, now: NOW });
    expect((await getNotice({ actor: tt.actors.leader, noticeId: id })).canApprove).toBe(true);
    await approveNotice({ actor: tt.actors.leader, noticeId: id, now: NOW });
    await expect(approveNotice({ actor: tt.actors.leader, noticeId: id, now: NOW })).rejects.toMatchObject({ code: "CONFLICT" });
    expect(await getNotice({ actor: tt.actors.unitAdminA, noticeId: id })).toMatchObject({ status: "APPROVED", approvedBy: "leader" });

    // Published: the staff of street A and of every unit below it, and the representative following a1, once each.
    const published = await publishNotice({ actor: tt.actors.unitAdminA, noticeId: id, now: NOW });
    expect(published).toMatchObject({ status: "PUBLISHED", notified: 4 });
    const sent = await notificationsOf(tt.tenantId, "notice.published");
    expect(sent.map((x) => x.userId).sort()).toEqual([tt.userIds.unitAdminA, tt.userIds.unitAdminA1, tt.userIds.reporterA, tt.userIds.representative].sort());
    expect(sent.every((x) => x.title === "甲街道一季度通报" && x.link === `/notices/${id}`)).toBe(true);

    // Publishing again changes nothing and notifies nobody twice.
    await expect(publishNotice({ actor: tt.actors.unitAdminA, noticeId: id, now: NOW })).rejects.toMatchObject({ code: "CONFLICT" });
    expect(await notificationsOf(tt.tenantId, "notice.published")).toHaveLength(4);

    // Now readers below see it; B's staff still do not.
    expect((await listNotices({ actor: tt.actors.unitAdminA1 })).map((x) => x.id)).toContain(id);
    expect((await listNotices({ actor: tt.actors.representative })).map((x) => x.id)).toContain(id);
    expect((await listNotices({ actor: tt.actors.unitAdminB })).map((x) => x.id)).not.toContain(id);
  });

  it("four eyes: whoever submitted a notice cannot approve it", async () => {
    const { tt } = w;
    const { id } = await createNotice({ actor: tt.actors.tenantAdmin, data: { nodeId: tt.nodes.a1.id, quarter: Q }, now: NOW });
    await submitNotice({ actor: tt.actors.tenantAdmin, noticeId: id, now: NOW });
    expect((await getNotice({ actor: tt.actors.tenantAdmin, noticeId: id })).canApprove).toBe(false);
    await expect(approveNotice({ actor: tt.actors.tenantAdmin, noticeId: id, now: NOW })).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect((await getNotice({ actor: tt.actors.leader, noticeId: id })).status).toBe("SUBMITTED");
  });
});
