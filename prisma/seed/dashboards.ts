// Demo data of dashboards, inspections, notices and rankings: a checklist and inspectors per tenant, three months of
// monthly checks and unannounced inspections with their rectifications (most closed by follow-ups, some overdue),
// targets, ranking schemes; then the full roll-up of each tenant, a published half-year ranking of 房山's grassroots
// unions and a draft of 溧城's communities, and 房山's quarterly notices (last quarter published, this one drafted).
import type { Prisma } from "../../lib/generated/prisma/client";
import { newId } from "../../lib/ids";
import { rebuildTenant } from "../../lib/dashboards/engine/refresh";
import { periodAt, periodLabel, shiftPeriod } from "../../lib/dashboards/periods";
import { DEFAULT_CHECKLIST } from "../../lib/inspections/rules";
import { draftNotice } from "../../lib/notices/generator";
import { gatherNoticeData } from "../../lib/notices/gather";
import { rankChildren } from "../../lib/rankings/compute-rows";
import type { BNode, TenantBuilder } from "./builder";
import type { DemoContext, DemoExtension } from "./extensions";

const DAY = 86_400_000;
const PROBLEMS: Record<string, string[]> = {
  facilities: ["厨余垃圾桶盖破损", "可回收物桶标识脱落", "缺少有害垃圾收集容器"],
  sorting: ["其他垃圾桶内混有厨余垃圾", "可回收物桶内有大量塑料袋", "厨余垃圾未破袋投放"],
  duty: ["晚高峰时段无人值守", "值守人员未佩戴标识"],
  ledger: ["台账记录不完整", "本月台账未按时报送"],
  publicity: ["分类指引海报缺失", "宣传栏内容未更新"],
  environment: ["投放点周边有散落垃圾", "桶站有异味，清洗不及时"],
};

const SCHEME = [
  { indicator: "report_submission", weight: 25 },
  { indicator: "report_ontime", weight: 15 },
  { indicator: "participation_rate", weight: 15 },
  { indicator: "pledge_rate", weight: 15 },
  { indicator: "duty_norm_share", weight: 15 },
  { indicator: "inspection_score", weight: 15 },
];

function userId(b: TenantBuilder, username: string): string {
  const u = b.users.find((x) => x.username === username);
  if (!u) throw new Error(`demo user ${username} missing`);
  return u.id;
}

async function inspections(ctx: DemoContext, b: TenantBuilder, units: BNode[], inspector: string, admin: string) {
  const { rng, now, db } = ctx;
  const checklistId = newId();
  await db.checklist.create({ data: { id: checklistId, tenantId: b.tenantId, name: DEFAULT_CHECKLIST.name, items: DEFAULT_CHECKLIST.items, createdById: admin } });
  const rows: Prisma.InspectionCreateManyInput[] = [];
  const rects: Prisma.RectificationCreateManyInput[] = [];
  let overdueLeft = 3;
  for (const unit of units) {
    for (let m = 0; m < 3; m++) {
      for (const kind of ["MONTHLY", ...(rng.chance(0.45) ? ["UNANNOUNCED"] : [])] as ("MONTHLY" | "UNANNOUNCED")[]) {
        const occurredAt = new Date(now.getTime() - (m * 30 + rng.int(2, 26)) * DAY - rng.int(0, 8) * 3600_000);
        if (occurredAt > now) continue;
        const id = newId();
        const scores = DEFAULT_CHECKLIST.items.map((it) => {
          const lost = rng.chance(kind === "UNANNOUNCED" ? 0.35 : 0.22) ? rng.int(2, Math.max(2, Math.floor(it.maxScore / 2))) : 0;
          const problem = lost ? rng.pick(PROBLEMS[it.key] ?? ["存在问题"]) : null;
          return { key: it.key, score: it.maxScore - lost, note: problem, photoIds: [] as string[] };
        });
        const total = scores.reduce((a, s) => a + s.score, 0);
        const observed = kind === "UNANNOUNCED" ? rng.int(20, 60) : null;
        rows.push({
          id,
          tenantId: b.tenantId,
          kind,
          checklistId,
          nodeId: unit.id,
          inspectorId: inspector,
          occurredAt,
          scores,
          total,
          maxTotal: 100,
          observed,
          correct: observed === null ? null : Math.round(observed * (0.7 + rng.next() * 0.25)),
          notes: kind === "UNANNOUNCED" ? "暗访：早高峰时段实地查看投放点与值守情况。" : "月度检查：对照检查表逐项检查。",
        });
        for (const s of scores.filter((x) => x.note)) {
          const deadline = new Date(occurredAt.getTime() + 7 * DAY);
          const item = DEFAULT_CHECKLIST.items.find((i) => i.key === s.key)!;
          let status: "OPEN" | "DONE" | "VERIFIED" = "OPEN";
          let doneAt: Date | null = null;
          let verifiedAt: Date | null = null;
          if (deadline.getTime() < now.getTime() - 3 * DAY) {
            if (overdueLeft > 0 && rng.chance(0.25)) overdueLeft--;
            else {
              doneAt = new Date(deadline.getTime() - rng.int(1, 5) * DAY);
              if (rng.chance(0.8)) {
                status = "VERIFIED";
                verifiedAt = new Date(deadline.getTime() + rng.int(1, 3) * DAY);
              } else status = "DONE";
            }
          } else if (rng.chance(0.3)) {
            status = "DONE";
            doneAt = new Date(Math.min(now.getTime() - DAY, occurredAt.getTime() + rng.int(1, 4) * DAY));
          }
          rects.push({
            tenantId: b.tenantId,
            inspectionId: id,
            itemKey: s.key,
            description: `${s.note}（${item.text.slice(0, 12)}）`,
            nodeId: unit.id,
            deadline,
            status,
            doneAt,
            doneNote: doneAt ? "已安排专人整改，并加强日常巡查。" : null,
            verifiedAt,
            verifiedById: verifiedAt ? inspector : null,
          });
        }
      }
    }
  }
  await db.inspection.createMany({ data: rows });
  await db.rectification.createMany({ data: rects });
  return { inspections: rows.length, rectifications: rects.length };
}

async function addUser(ctx: DemoContext, b: TenantBuilder, username: string, displayName: string, node: BNode, role: "INSPECTOR") {
  const id = newId();
  await ctx.db.user.create({ data: { id, tenantId: b.tenantId, username, displayName, passwordHash: ctx.passwordHash } });
  await ctx.db.roleAssignment.create({ data: { tenantId: b.tenantId, userId: id, nodeId: node.id, role } });
  b.users.push({ id, tenantId: b.tenantId, username, displayName, phone: null, personId: null, passwordHash: ctx.passwordHash });
  return id;
}

async function rebuild(ctx: DemoContext, tenantId: string) {
  await ctx.db.$transaction((tx) => rebuildTenant(tx, tenantId, ctx.now), { timeout: 120_000, maxWait: 10_000 });
}

async function ranking(ctx: DemoContext, b: TenantBuilder, schemeId: string, node: BNode, publish: { approver: string; creator: string } | null) {
  const period = periodAt("half", ctx.now);
  const rows = await rankChildren(ctx.db, b.tenantId, node.id, period, SCHEME);
  if (rows.length < 2) return;
  await ctx.db.ranking.create({
    data: {
      tenantId: b.tenantId,
      schemeId,
      nodeId: node.id,
      period,
      status: publish ? "PUBLISHED" : "DRAFT",
      weights: SCHEME,
      rows: rows as unknown as Prisma.InputJsonValue,
      computedAt: ctx.now,
      createdById: publish?.creator ?? userId(b, "lc-admin"),
      approvedById: publish?.approver ?? null,
      approvedAt: publish ? ctx.now : null,
      publishedById: publish?.creator ?? null,
      publishedAt: publish ? ctx.now : null,
    },
  });
}

async function notice(ctx: DemoContext, b: TenantBuilder, node: BNode, quarter: string, state: { creator: string; approver?: string; published: boolean }) {
  const data = await gatherNoticeData(ctx.db, b.tenantId, node, quarter, ctx.now);
  const draft = draftNotice(data);
  await ctx.db.quarterlyNotice.create({
    data: {
      tenantId: b.tenantId,
      nodeId: node.id,
      quarter,
      title: draft.title,
      status: state.published ? "PUBLISHED" : "DRAFT",
      sections: draft.sections,
      generatedFrom: { ...data, generatedAt: ctx.now.toISOString() } as unknown as Prisma.InputJsonValue,
      createdById: state.creator,
      submittedById: state.published ? state.creator : null,
      submittedAt: state.published ? ctx.now : null,
      approvedById: state.published ? (state.approver ?? null) : null,
      approvedAt: state.published ? ctx.now : null,
      publishedById: state.published ? state.creator : null,
      publishedAt: state.published ? ctx.now : null,
    },
  });
}

export const dashboardsDemo: DemoExtension = {
  name: "dashboards, inspections, notices, rankings",
  run: async (ctx) => {
    const { fangshan, licheng, jianghai } = ctx.tenants;
    const root = (b: TenantBuilder) => b.nodes.find((n) => n.depth === 0)!;
    const fsInspector = await addUser(ctx, fangshan, "fs-inspector", "区总工会巡查员", root(fangshan), "INSPECTOR");
    const jhInspector = await addUser(ctx, jianghai, "jh-inspector", "区城管局巡查员", root(jianghai), "INSPECTOR");
    const lcInspector = userId(licheng, "lc-admin");
    const f = await inspections(ctx, fangshan, fangshan.nodes.filter((n) => n.kindCode === "pilot_unit").slice(0, 10), fsInspector, userId(fangshan, "fs-admin"));
    const l = await inspections(ctx, licheng, licheng.nodes.filter((n) => n.kindCode === "compound").slice(0, 8), lcInspector, userId(licheng, "lc-admin"));
    const j = await inspections(ctx, jianghai, jianghai.nodes.filter((n) => n.depth === 2 && ["community", "village"].includes(n.kindCode)).slice(0, 8), jhInspector, userId(jianghai, "jh-admin"));
    ctx.log(`    inspections ${f.inspections + l.inspections + j.inspections}, rectifications ${f.rectifications + l.rectifications + j.rectifications}\n`);

    await ctx.db.indicatorTarget.createMany({
      data: [
        { tenantId: fangshan.tenantId, indicator: "participation_rate", target: 65, updatedById: userId(fangshan, "fs-admin") },
        { tenantId: fangshan.tenantId, indicator: "pledge_rate", target: 85, updatedById: userId(fangshan, "fs-admin") },
      ],
    });
    const schemes: Record<string, string> = {};
    for (const [b, admin] of [[fangshan, "fs-admin"], [licheng, "lc-admin"], [jianghai, "jh-admin"]] as const) {
      schemes[b.tenantId] = newId();
      await ctx.db.rankingScheme.create({ data: { id: schemes[b.tenantId], tenantId: b.tenantId, name: "半年考核排名方案", weights: SCHEME, createdById: userId(b, admin) } });
    }

    for (const b of [fangshan, licheng, jianghai]) await rebuild(ctx, b.tenantId);

    await ranking(ctx, fangshan, schemes[fangshan.tenantId], root(fangshan), { creator: userId(fangshan, "fs-admin"), approver: userId(fangshan, "fs-leader") });
    await ranking(ctx, licheng, schemes[licheng.tenantId], root(licheng), null);
    const quarter = periodAt("quarter", ctx.now);
    await notice(ctx, fangshan, root(fangshan), shiftPeriod(quarter, -1), { creator: userId(fangshan, "fs-admin"), approver: userId(fangshan, "fs-leader"), published: true });
    await notice(ctx, fangshan, root(fangshan), quarter, { creator: userId(fangshan, "fs-admin"), published: false });
    ctx.log(`    ranking ${periodLabel(periodAt("half", ctx.now))}, notices ${periodLabel(shiftPeriod(quarter, -1))} (published) and ${periodLabel(quarter)} (draft)\n`);
  },
};
