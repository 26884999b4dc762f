// Demo data of recurring reports: the shipped report types for each demo tenant and about two months of history
// laid out relative to "now": most units on time, some late, some missing, a few returned, approvals in progress.
// Written with the owner connection in a few createMany calls.
import type { Prisma } from "../../lib/generated/prisma/client";
import { newId } from "../../lib/ids";
import { BIN_DUTY_MONTHLY, LEDGER_MONTHLY, WEEKLY_PROGRESS, filerKindsFor, type TypeTemplate } from "../../lib/reports/builtin-types";
import { currentPeriodKey, periodOf, shiftPeriodKey, type Period, type ScheduleRule } from "../../lib/reports/calendar";
import { idsOnPath } from "../../lib/org/tree-rules";
import type { BNode, TenantBuilder } from "./builder";
import type { DemoContext, DemoExtension } from "./extensions";
import type { Rng } from "./random";

const TZ = "Asia/Shanghai";
const MIN = 60_000;
const HOUR = 60 * MIN;

type Sub = Prisma.ReportSubmissionCreateManyInput;
type Rev = Prisma.ReportRevisionCreateManyInput;

const PROGRESS = [
  "本周组织职工学习《北京市生活垃圾管理条例》，在食堂和办公区增设分类指引牌，党员带头开展桶前值守。",
  "结合“我为垃圾分类献一策”活动收集职工建议，对楼层垃圾桶点位进行了调整，厨余垃圾分出率明显提高。",
  "召开垃圾分类专题推进会，明确各部门责任人；志愿者在早晚高峰时段开展桶前指导。",
  "开展“垃圾分类进家庭”宣传，发放倡议书和宣传单页，职工家属参与积极。",
  "组织垃圾分类知识竞赛答题，职工参与热情高；对上周发现的混投问题进行了回访整改。",
];
const TIPS = ["用旧报纸折成厨余垃圾袋，省钱又环保。", "快递纸箱拆平后集中交投，可回收物回收量提高。", "在茶水间设置茶叶渣专用收集桶。", "", ""];
const PRACTICE = ["党员责任区包片，每日巡查桶站并记录台账。", "“小手拉大手”，由职工子女带动家庭分类。", "设立流动监督岗，对混投行为现场劝导。", ""];
const PROBLEMS = ["部分外包服务人员分类意识不强，混投现象仍有发生。", "厨余垃圾桶清运不够及时，夏季有异味。", "", "", ""];
const PROPOSALS = ["建议统一印制分类指引海报。", "建议增加有害垃圾收集点。", "", ""];
const ACTIVITIES: [string, string][] = [
  ["垃圾分类知识宣讲", "training"],
  ["桶前值守志愿服务", "binDuty"],
  ["入户宣传倡议书发放", "publicity"],
  ["垃圾分类知识竞赛", "contest"],
  ["“联学联做”主题党日", "partyDay"],
  ["“最美职工”评选推荐", "selection"],
];

const pick = <T,>(rng: Rng, list: readonly T[]) => rng.pick(list);
const civilDate = (d: Date) => new Intl.DateTimeFormat("en-CA", { timeZone: TZ }).format(d);

function weeklyData(rng: Rng, period: Period) {
  const n = rng.int(1, 3);
  const activities = Array.from({ length: n }, () => {
    const [name, kind] = pick(rng, ACTIVITIES);
    return { name, date: civilDate(new Date(period.start.getTime() + rng.int(0, 2) * 24 * HOUR + 10 * HOUR)), kind, participants: rng.int(8, 60) };
  });
  const data: Record<string, unknown> = {
    progress: pick(rng, PROGRESS),
    activities,
    participation: activities.reduce((s, a) => s + a.participants, 0) + rng.int(0, 40),
    results: "职工分类知晓率和参与率进一步提高，混投现象减少。",
  };
  for (const [k, list] of [["tips", TIPS], ["goodPractice", PRACTICE], ["problems", PROBLEMS], ["proposals", PROPOSALS]] as const) {
    const v = pick(rng, list);
    if (v) data[k] = v;
  }
  return data;
}

function binDutyData(rng: Rng, roster: number) {
  const people = Math.max(3, Math.round(roster * (0.35 + rng.next() * 0.4)));
  const reached = Math.round(people * (0.55 + rng.next() * 0.4));
  const hours = Math.round((reached * 2.4 + (people - reached) * 1.1 + rng.next() * 10) * 10) / 10;
  return { dutyPeople: people, totalHours: hours, reachedNorm: reached, partyMembers: Math.round(people * (0.3 + rng.next() * 0.3)), ...(rng.chance(0.2) ? { remarks: "含职工志愿者回社区报到值守" } : {}) };
}

function ledgerData(rng: Rng) {
  const r1 = (a: number, b: number) => Math.round((a + rng.next() * (b - a)) * 10) / 10;
  return { kitchenKg: r1(300, 1800), recyclableKg: r1(120, 600), hazardousKg: r1(0.5, 6), otherKg: r1(400, 2000), containers: rng.int(6, 30), containersCompliant: rng.chance(0.85) ? "yes" : "no" };
}

type Plan = { template: TypeTemplate; filers: string[]; reviewKindCodes: string[]; periods: number; data: (rng: Rng, period: Period, unit: BNode) => Record<string, unknown> };

function chainOf(b: TenantBuilder, unit: BNode, reviewKinds: string[], hasReviewer: (id: string) => boolean): string[] {
  const byId = new Map(b.nodes.map((n) => [n.id, n]));
  const kindOf = new Map(b.kinds.map((k) => [k.code, k]));
  return idsOnPath(unit.path)
    .slice(0, -1)
    .map((id) => byId.get(id)!)
    .filter((n) => n.depth === 0 || ((reviewKinds.length ? reviewKinds.includes(n.kindCode) : !!kindOf.get(n.kindCode)?.isUnit) && hasReviewer(n.id)))
    .sort((a, c) => c.depth - a.depth)
    .map((n) => n.id);
}

async function seedTenant(ctx: DemoContext, b: TenantBuilder, plans: Plan[], extraUsers: { username: string; displayName: string; node: BNode; role: "REPORTER" | "UNIT_ADMIN" }[]) {
  const { db, rng, now } = ctx;
  const admin = b.roles.find((r) => r.role === "TENANT_ADMIN")!.userId;
  // A reporter on every filing unit that has none: the unit's own account files, and gets the reminders.
  const users: { id: string; tenantId: string; username: string; displayName: string; passwordHash: string }[] = [];
  const roles: { id: string; tenantId: string; userId: string; nodeId: string; role: "REPORTER" | "UNIT_ADMIN" }[] = [];
  const reporterOf = new Map<string, string>();
  for (const r of b.roles) if (r.role === "REPORTER" || r.role === "UNIT_ADMIN") reporterOf.set(r.nodeId, r.userId);
  const addUser = (username: string, displayName: string, node: BNode, role: "REPORTER" | "UNIT_ADMIN") => {
    const id = newId();
    users.push({ id, tenantId: b.tenantId, username, displayName, passwordHash: ctx.passwordHash });
    roles.push({ id: newId(), tenantId: b.tenantId, userId: id, nodeId: node.id, role });
    if (!reporterOf.has(node.id)) reporterOf.set(node.id, id);
    return id;
  };
  for (const u of extraUsers) addUser(u.username, u.displayName, u.node, u.role);
  const reviewerOf = new Map<string, string>([[b.nodes.find((n) => n.depth === 0)!.id, admin]]);
  for (const r of [...b.roles, ...roles]) if (r.role === "UNIT_ADMIN") reviewerOf.set(r.nodeId, r.userId);

  const types: Prisma.ReportTypeCreateManyInput[] = [];
  const subs: Sub[] = [];
  const revs: Rev[] = [];
  plans.forEach((plan, i) => {
    const t = plan.template;
    const typeId = newId();
    const rule: ScheduleRule = { cadence: t.cadence, weekday: t.weekday, dayOfMonth: t.dayOfMonth, dueTime: t.dueTime, periodOffset: t.periodOffset, lockAfterDays: t.lockAfterDays };
    const current = currentPeriodKey(rule, now, TZ);
    const periods = Array.from({ length: plan.periods }, (_, k) => periodOf(rule, shiftPeriodKey(t.cadence, current, -k), TZ));
    const activeFrom = new Date(periods.at(-1)!.deadline.getTime() - 24 * HOUR);
    types.push({
      id: typeId, tenantId: b.tenantId, code: t.code, name: t.name, nameEn: t.nameEn, description: t.description, cadence: t.cadence, weekday: t.weekday, dayOfMonth: t.dayOfMonth,
      dueTime: t.dueTime, periodOffset: t.periodOffset, lockAfterDays: t.lockAfterDays, reminders: t.reminders, fields: t.fields as never, filerKindCodes: plan.filers,
      reviewKindCodes: plan.reviewKindCodes, exportTitle: t.exportTitle, activeFrom, sortOrder: i, createdAt: activeFrom, updatedAt: activeFrom,
    });
    const units = b.nodes.filter((n) => plan.filers.includes(n.kindCode));
    for (const [age, period] of periods.entries()) {
      const due = period.deadline.getTime() <= now.getTime();
      for (const unit of units) {
        if (!reporterOf.has(unit.id)) addUser(`r-${(unit.code ?? unit.id).toLowerCase()}`, `${unit.name}填报员`, unit, "REPORTER");
        const filer = reporterOf.get(unit.id)!;
        const roll = rng.next();
        // The current period before its deadline: some filed early, some drafting, the rest not started.
        const outcome = !due ? (roll < 0.35 ? "early" : roll < 0.55 ? "draft" : "none") : roll < 0.74 ? "onTime" : roll < 0.87 ? "late" : roll < 0.93 ? "draft" : "none";
        if (outcome === "none" || period.opensAt.getTime() > now.getTime()) continue;
        const id = newId();
        const data = plan.data(rng, period, unit);
        const chain = chainOf(b, unit, plan.reviewKindCodes, (nodeId) => reviewerOf.has(nodeId));
        const saveAt = new Date(Math.min(now.getTime() - 10 * MIN, period.deadline.getTime() - rng.int(2, 30) * HOUR));
        let version = 0;
        const rev = (action: string, status: Sub["status"], at: Date, extra: Partial<Rev> = {}) =>
          revs.push({ id: newId(), tenantId: b.tenantId, submissionId: id, version: ++version, action, status: status!, actorUserId: filer, createdAt: at, ...extra });
        if (outcome === "draft") {
          rev("save", "DRAFT", saveAt, { data: data as never });
          subs.push({ id, tenantId: b.tenantId, reportTypeId: typeId, nodeId: unit.id, periodKey: period.key, status: "DRAFT", data: data as never, version, updatedById: filer, createdAt: saveAt, updatedAt: saveAt });
          continue;
        }
        const submittedAt =
          outcome === "late"
            ? new Date(Math.min(now.getTime() - MIN, period.deadline.getTime() + rng.int(10, 48 * 60) * MIN))
            : new Date(Math.min(now.getTime() - MIN, period.deadline.getTime() - rng.int(5, 48 * 60) * MIN));
        if (rng.chance(0.5)) rev("save", "DRAFT", new Date(submittedAt.getTime() - rng.int(10, 120) * MIN), { data: data as never });
        rev("submit", "SUBMITTED", submittedAt, { data: data as never });
        let status: Sub["status"] = "SUBMITTED";
        let approved = 0;
        let returnComment: string | null = null;
        let last = submittedAt;
        // Review: older periods are through, the newest due one is in progress; a few reports were returned.
        const reviewAt = () => (last = new Date(Math.min(now.getTime() - MIN, last.getTime() + rng.int(2, 30) * HOUR)));
        const reviewer = (level: number) => reviewerOf.get(chain[level - 1]) ?? admin;
        if (due && rng.chance(0.08)) {
          returnComment = pick(rng, ["请补充主题活动的参与人数和照片。", "数据与上月差异较大，请核实后重新提交。", "请写明存在问题及下一步工作打算。"]);
          rev("return", "RETURNED", reviewAt(), { level: 1, comment: returnComment, actorUserId: reviewer(1) });
          status = "RETURNED";
          if (age >= 2) {
            const fixed = new Date(Math.min(now.getTime() - MIN, last.getTime() + rng.int(1, 24) * HOUR));
            last = fixed;
            rev("submit", "SUBMITTED", fixed, { data: data as never });
            status = "SUBMITTED";
            returnComment = null;
          }
        }
        if (status === "SUBMITTED" && due) {
          const target = age >= 2 ? chain.length : age === 1 ? rng.int(0, chain.length) : 0;
          for (let level = 1; level <= target; level++) {
            approved = level;
            status = level === chain.length ? "APPROVED" : "SUBMITTED";
            rev("approve", status, reviewAt(), { level, actorUserId: reviewer(level) });
          }
        }
        subs.push({
          id, tenantId: b.tenantId, reportTypeId: typeId, nodeId: unit.id, periodKey: period.key, status, data: data as never, version,
          submittedAt, submittedById: filer, firstSubmittedAt: submittedAt, onTime: submittedAt.getTime() <= period.deadline.getTime(),
          reviewChain: chain, approvedLevel: status === "APPROVED" ? chain.length : approved, returnComment, updatedById: filer, createdAt: submittedAt, updatedAt: last,
        });
      }
    }
  });
  await db.user.createMany({ data: users });
  await db.roleAssignment.createMany({ data: roles });
  await db.reportType.createMany({ data: types });
  await db.reportSubmission.createMany({ data: subs });
  await db.reportRevision.createMany({ data: revs });
  ctx.log(`    ${b.name}: ${types.length} report types, ${subs.length} reports, ${users.length} unit accounts\n`);
}

function plansFor(b: TenantBuilder, roster: Map<string, number>, overrides: Partial<Record<string, Partial<Plan>>> = {}): Plan[] {
  const kinds = b.kinds.map((k) => k.code);
  const out: Plan[] = [];
  const add = (template: TypeTemplate, periods: number, data: Plan["data"]) => {
    const filers = filerKindsFor(template, kinds).filter((k) => b.nodes.some((n) => n.kindCode === k));
    if (filers.length) out.push({ template, filers, reviewKindCodes: [], periods, data, ...overrides[template.code] });
  };
  add(WEEKLY_PROGRESS, 8, (rng, p) => weeklyData(rng, p));
  add(BIN_DUTY_MONTHLY, 3, (rng, _p, unit) => binDutyData(rng, roster.get(unit.id) ?? 20));
  add(LEDGER_MONTHLY, 3, (rng) => ledgerData(rng));
  return out;
}

/** People per unit, counting everybody below it (the bin-duty figures scale with it). */
function rosterSizes(b: TenantBuilder) {
  const byNode = new Map<string, number>();
  const pathOf = new Map(b.nodes.map((n) => [n.id, n.path]));
  for (const p of b.people) for (const id of idsOnPath(pathOf.get(p.nodeId) ?? "")) byNode.set(id, (byNode.get(id) ?? 0) + 1);
  return byNode;
}

export const reportsDemo: DemoExtension = {
  name: "reports",
  run: async (ctx) => {
    const { fangshan, licheng, jianghai } = ctx.tenants;
    // Seed 002: public institutions keep a monthly ledger. 江海区 gets a few departments that file it.
    const jhRoot = jianghai.nodes.find((n) => n.depth === 0)!;
    const departments = ["区城市管理和综合执法局", "区机关事务管理局", "区教育局", "区卫生健康局", "区住房和城乡建设局"].map((name, i) => jianghai.node("department", name, jhRoot, `JH-D${i + 1}`));
    await ctx.db.orgNode.createMany({ data: departments.map(({ kindCode: _k, ...n }) => n) });

    await seedTenant(ctx, fangshan, plansFor(fangshan, rosterSizes(fangshan)), []);
    await seedTenant(ctx, licheng, plansFor(licheng, rosterSizes(licheng)), []);
    // 江海区: streets approve their communities' weekly reports before the district does.
    const liyue = jianghai.nodes.find((n) => n.name === "礼乐街道")!;
    await seedTenant(ctx, jianghai, plansFor(jianghai, rosterSizes(jianghai), { weekly_progress: { reviewKindCodes: ["street"] } }), [
      { username: "jh-street", displayName: "礼乐街道 审核员", node: liyue, role: "UNIT_ADMIN" },
    ]);
  },
};
