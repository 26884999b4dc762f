// Demo campaigns: 房山区总工会 runs seed 000's framework (running for a month: tasks down to the grassroots unions and
// pilot units, the letter published and partly confirmed, pledges partly signed, activities with participants, a
// quiz with results, suggestions, a 最美职工 selection in its voting week); 溧城街道 runs seed 001's with less.
// Written with the owner connection in a few createMany calls.
import crypto from "node:crypto";
import type { Prisma, PrismaClient } from "../../lib/generated/prisma/client";
import { newId } from "../../lib/ids";
import { drawQuestions, gradeAttempt } from "../../lib/campaigns/contests/grading";
import { STARTER_BANK } from "../../lib/campaigns/contests/starter-bank";
import { sanitizeLetterHtml } from "../../lib/campaigns/letters/sanitize";
import { builtInTemplate, type CampaignStructure } from "../../lib/campaigns/templates";
import { addDays, dateValue, deadlineOn, shanghaiDay, shanghaiInstant } from "../../lib/campaigns/time";
import type { DemoContext, DemoExtension } from "./extensions";
import type { TenantBuilder } from "./builder";
import type { Rng } from "./random";

const DAY = 86_400_000;
const token = () => crypto.randomBytes(24).toString("base64url");

type Plan = {
  b: TenantBuilder;
  template: "seed000" | "seed001";
  title: string;
  description: string;
  admin: string;
  /** Share of the roster that signed, of the units that confirmed, of the tasks' units that are done. */
  signed: number;
  confirmed: number;
  activities: { kind: string; title: string; unit: (names: string[]) => string; dayOffset: number; hours: [number, number]; place: string; results?: string; attendance: number }[];
  suggestions: [kind: "SUGGESTION" | "TIP", text: string, status?: "ADOPTED" | "ANSWERED", answer?: string][];
  selection?: { kind: "MODEL_WORKER" | "MODEL_HOUSEHOLD"; title: string; reasons: string[] };
  quizTakers: number;
  /** People who must not have signed (so the demo shows the call to sign). */
  keepUnsigned: string[];
};

async function writeCampaign(db: PrismaClient, rng: Rng, now: Date, p: Plan) {
  const { b } = p;
  const tenantId = b.tenantId;
  const structure: CampaignStructure = builtInTemplate(p.template)!.structure;
  const adminUser = b.users.find((u) => u.username === p.admin)!;
  const root = b.nodes.find((n) => n.parentId === null)!;
  const unitKinds = new Set(b.kinds.filter((k) => k.isUnit).map((k) => k.id));
  const units = b.nodes.filter((n) => unitKinds.has(n.kindId) && n.id !== root.id);
  const start = addDays(shanghaiDay(now), -30);
  const end = addDays(start, 120);
  const campaignId = newId();
  const publishedAt = new Date(shanghaiInstant(start, "10:00").getTime() + DAY);
  await db.campaign.create({
    data: {
      id: campaignId,
      tenantId,
      nodeId: root.id,
      title: p.title,
      description: p.description,
      startsOn: dateValue(start),
      endsOn: dateValue(end),
      status: "RUNNING",
      scopeKind: "SUBTREE",
      templateKey: p.template,
      sections: structure.sections,
      suggestedActivities: structure.activities,
      letterTitle: structure.letter!.title,
      letterHtml: sanitizeLetterHtml(structure.letter!.html),
      letterPublishedAt: publishedAt,
      letterPublishedById: adminUser.id,
      pledgeTitle: structure.pledge!.title,
      pledgeText: structure.pledge!.text,
      createdById: adminUser.id,
      startedAt: shanghaiInstant(start, "09:00"),
    },
  });

  // Units, with the letter confirmed by most of them in the days after it went out.
  const unitRows = units.map((n) => ({
    id: newId(),
    tenantId,
    campaignId,
    nodeId: n.id,
    chosen: false,
    pledgeToken: token(),
    letterReceivedAt: rng.chance(p.confirmed) ? new Date(publishedAt.getTime() + rng.int(1, 96) * 3_600_000) : null,
    letterReceivedById: adminUser.id,
  }));
  await db.campaignUnit.createMany({ data: unitRows.map((u) => ({ ...u, letterReceivedById: u.letterReceivedAt ? u.letterReceivedById : null })) });

  // Tasks to every unit; those past their deadline mostly done, a few overdue; the rest under way.
  const tasks = structure.tasks.map((t, i) => ({ id: newId(), tenantId, campaignId, sectionKey: t.sectionKey, title: t.title, description: t.description ?? null, dueAt: deadlineOn(addDays(start, t.dueInDays)), responsibleName: t.responsibleName ?? null, sortOrder: i + 1, createdById: adminUser.id }));
  await db.campaignTask.createMany({ data: tasks });
  const assignments: Prisma.TaskAssignmentCreateManyInput[] = [];
  const reports: { id: string; tenantId: string; assignmentId: string; text: string; progress: number; done: boolean; photoIds: string[]; fileIds: string[]; reportedById: string; createdAt: Date }[] = [];
  for (const task of tasks) {
    const past = task.dueAt.getTime() < now.getTime();
    for (const u of units) {
      const id = newId();
      const roll = rng.next();
      const done = past ? roll < 0.8 : roll < 0.25;
      const started = done || roll < (past ? 0.92 : 0.6);
      const reportedAt = new Date(Math.min(now.getTime() - DAY, task.dueAt.getTime() - rng.int(1, 72) * 3_600_000));
      assignments.push({ id, tenantId, taskId: task.id, nodeId: u.id, assignedById: adminUser.id, status: done ? "DONE" : started ? "IN_PROGRESS" : "PENDING", progress: done ? 100 : started ? rng.int(2, 8) * 10 : 0, lastReportAt: started ? reportedAt : null, doneAt: done ? reportedAt : null, createdAt: publishedAt });
      if (started) {
        reports.push({
          id: newId(),
          tenantId,
          assignmentId: id,
          text: done ? `${u.name}已完成：${task.title}。` : `${u.name}正在推进：已召开专题会议部署，完成约一半。`,
          progress: done ? 100 : 50,
          done,
          photoIds: [],
          fileIds: [],
          reportedById: adminUser.id,
          createdAt: reportedAt,
        });
      }
    }
  }
  await db.taskAssignment.createMany({ data: assignments });
  await db.taskReport.createMany({ data: reports });

  // Pledges: members with an account signed in the app, the rest on paper (entered by their unit).
  const inArea = b.people;
  const userOf = new Map(b.users.filter((u) => u.personId).map((u) => [u.personId!, u.id]));
  const keep = new Set(p.keepUnsigned.map((name) => b.users.find((u) => u.username === name)?.personId).filter(Boolean));
  const signatures: Prisma.PledgeSignatureCreateManyInput[] = inArea
    .filter((person) => !keep.has(person.id) && rng.chance(p.signed))
    .map((person) => ({
      id: newId(),
      tenantId,
      campaignId,
      personId: person.id,
      nodeId: person.nodeId,
      channel: userOf.has(person.id) ? ("APP" as const) : ("PAPER" as const),
      recordedById: userOf.get(person.id) ?? adminUser.id,
      signedAt: new Date(publishedAt.getTime() + rng.int(2, 28 * 24) * 3_600_000),
    }));
  const someUnit = unitRows[0];
  for (const name of ["过路的热心职工", "家属代表"]) {
    signatures.push({ id: newId(), tenantId, campaignId, personId: null, nodeId: someUnit.nodeId, channel: "PUBLIC", signerName: name, phoneKey: `139${String(rng.int(10_000_000, 99_999_999))}`, campaignUnitId: someUnit.id, signedAt: new Date(now.getTime() - rng.int(1, 10) * DAY) });
  }
  await db.pledgeSignature.createMany({ data: signatures });

  // Activities with participants from the holding unit's subtree.
  const activityRows = [];
  const participants = [];
  for (const a of p.activities) {
    const unitName = a.unit(units.map((u) => u.name).concat(root.name));
    const node = b.nodes.find((n) => n.name === unitName) ?? root;
    const day = addDays(shanghaiDay(now), a.dayOffset);
    const id = newId();
    const held = a.dayOffset < 0;
    activityRows.push({
      id,
      tenantId,
      campaignId,
      nodeId: node.id,
      kind: a.kind as never,
      title: a.title,
      startsAt: shanghaiInstant(day, `${String(a.hours[0]).padStart(2, "0")}:00`),
      endsAt: shanghaiInstant(day, `${String(a.hours[1]).padStart(2, "0")}:00`),
      place: a.place,
      description: null,
      status: held ? ("HELD" as const) : ("PLANNED" as const),
      checkinToken: token(),
      resultText: held ? (a.results ?? null) : null,
      photoIds: [],
      createdById: adminUser.id,
    });
    const pool = b.people.filter((x) => b.nodes.find((n) => n.id === x.nodeId)!.path.startsWith(node.path));
    for (const person of pool) {
      if (!rng.chance(a.attendance)) continue;
      participants.push({ id: newId(), tenantId, activityId: id, personId: person.id, source: "ROSTER" as const, registeredById: adminUser.id, registeredAt: new Date(shanghaiInstant(day).getTime() - 3 * DAY), checkedInAt: held && rng.chance(0.85) ? shanghaiInstant(day, `${String(a.hours[0]).padStart(2, "0")}:10`) : null });
    }
  }
  await db.activity.createMany({ data: activityRows });
  await db.activityParticipant.createMany({ data: participants });

  // The quiz: the starter bank copied in, attempts by members who answered most questions right.
  const questions = STARTER_BANK.map((q) => ({ id: newId(), tenantId, kind: q.kind, category: q.category, text: q.text, options: q.options, answer: q.answer, explanation: q.explanation, starterKey: q.key, createdById: adminUser.id }));
  await db.question.createMany({ data: questions });
  const quizId = newId();
  await db.quiz.create({ data: { id: quizId, tenantId, campaignId, title: "垃圾分类知识竞赛答题", questionCount: 10, timeLimitSec: 300, passPercent: 80, attemptsPerMember: 1, categories: [], createdById: adminUser.id } });
  const takers = [...b.people].filter((x) => !keep.has(x.id)).sort(() => rng.next() - 0.5).slice(0, p.quizTakers);
  const attempts = takers.map((person) => {
    const drawn = drawQuestions(questions, 10, () => rng.next());
    const skill = 0.55 + rng.next() * 0.45;
    const answers = Object.fromEntries(drawn.map((q) => [q.id, rng.chance(skill) ? q.answer : [(q.answer[0] + 1) % q.options.length]]));
    const graded = gradeAttempt(drawn, answers);
    const startedAt = new Date(now.getTime() - rng.int(1, 20) * DAY - rng.int(0, 600) * 60_000);
    return { id: newId(), tenantId, quizId, personId: person.id, nodeId: person.nodeId, attemptNo: 1, questionIds: drawn.map((q) => q.id), startedAt, deadlineAt: new Date(startedAt.getTime() + 300_000), submittedAt: new Date(startedAt.getTime() + rng.int(90, 280) * 1000), answers, correct: graded.correct, total: graded.total, percent: graded.percent, late: false };
  });
  await db.quizAttempt.createMany({ data: attempts });

  // Suggestions and tips, with supports from colleagues.
  const authors = [...b.people].sort(() => rng.next() - 0.5);
  const suggestions = p.suggestions.map(([kind, text, status, answer], i) => ({
    id: newId(),
    tenantId,
    campaignId,
    nodeId: authors[i].nodeId,
    authorPersonId: authors[i].id,
    kind,
    text,
    status: status ?? ("OPEN" as const),
    answer: answer ?? null,
    answeredById: answer ? adminUser.id : null,
    answeredAt: answer ? new Date(now.getTime() - rng.int(1, 5) * DAY) : null,
    createdAt: new Date(now.getTime() - rng.int(6, 25) * DAY),
  }));
  await db.suggestion.createMany({ data: suggestions });
  const supports = suggestions.flatMap((s, i) =>
    authors.slice(20, 20 + rng.int(0, 12) + (s.status === "ADOPTED" ? 8 : 0)).filter((x) => x.id !== s.authorPersonId).map((x) => ({ id: newId(), tenantId, suggestionId: s.id, personId: x.id, createdAt: new Date(s.createdAt.getTime() + (i + 1) * 3_600_000) })),
  );
  await db.suggestionSupport.createMany({ data: supports });

  if (p.selection) {
    const selectionId = newId();
    await db.selection.create({
      data: {
        id: selectionId,
        tenantId,
        campaignId,
        kind: p.selection.kind,
        title: p.selection.title,
        description: "各单位推荐在垃圾分类工作中表现突出的个人，经审核后由全体成员投票。",
        nominationEndsAt: deadlineOn(addDays(shanghaiDay(now), -3)),
        votingStartsAt: shanghaiInstant(addDays(shanghaiDay(now), -2)),
        votingEndsAt: deadlineOn(addDays(shanghaiDay(now), 10)),
        votesPerMember: 1,
        createdById: adminUser.id,
      },
    });
    const nominating = units.slice(0, p.selection.reasons.length);
    const nominations = nominating.map((u, i) => {
      const person = b.people.find((x) => x.nodeId === u.id) ?? b.people[i];
      return { id: newId(), tenantId, selectionId, nodeId: u.id, nomineePersonId: person.id, nomineeName: person.name, reason: p.selection!.reasons[i], status: i === nominating.length - 1 ? ("PENDING" as const) : ("ACCEPTED" as const), createdById: adminUser.id, reviewedById: i === nominating.length - 1 ? null : adminUser.id, reviewedAt: i === nominating.length - 1 ? null : new Date(now.getTime() - 2 * DAY) };
    });
    await db.nomination.createMany({ data: nominations });
    const accepted = nominations.filter((n) => n.status === "ACCEPTED");
    const voters = [...b.people].filter((x) => !keep.has(x.id)).sort(() => rng.next() - 0.5).slice(0, 40);
    await db.vote.createMany({ data: voters.map((v) => ({ id: newId(), tenantId, selectionId, nominationId: rng.pick(accepted).id, voterPersonId: v.id, createdAt: new Date(now.getTime() - rng.int(1, 40) * 3_600_000) })) });
  }
}

export const campaignsDemo: DemoExtension = {
  name: "campaigns",
  async run(ctx: DemoContext) {
    const { db, rng, now, tenants } = ctx;
    await writeCampaign(db, rng, now, {
      b: tenants.fangshan,
      template: "seed000",
      title: "党建引领生活垃圾分类社会动员专项工作",
      description: "以“一阵地”“两个书”“三带头”“四举措”“五进”为工作重点，动员全区工会系统职工广泛参与，提高职工知晓率、参与率和正确投放率。",
      admin: "fs-admin",
      signed: 0.56,
      confirmed: 0.7,
      activities: [
        { kind: "LAUNCH", title: "“垃圾分类我们一起行动”启动仪式", unit: () => "房山区总工会", dayOffset: -27, hours: [9, 11], place: "区职工文化体育活动中心", results: "各基层工会代表和劳模代言人参加，现场签订承诺书，发放宣传册。", attendance: 0.35 },
        { kind: "LECTURE", title: "劳模代言人垃圾分类知识讲座", unit: () => "窦店镇总工会", dayOffset: -12, hours: [14, 16], place: "窦店镇职工之家", results: "讲解条例和四分类，现场答疑。", attendance: 0.6 },
        { kind: "INTO_ENTERPRISE", title: "垃圾分类进企业：为企业分类献计献策", unit: () => "长安汽车公司", dayOffset: -6, hours: [10, 12], place: "长安汽车公司职工食堂", results: "职工提出厨余垃圾就地处理等建议 6 条。", attendance: 0.7 },
        { kind: "TRAINING", title: "垃圾分类难点专题培训", unit: () => "区直机关工会", dayOffset: 5, hours: [9, 11], place: "区直机关会议室", attendance: 0.3 },
      ],
      suggestions: [
        ["TIP", "用旧报纸折成纸袋装厨余垃圾，投放时连纸袋一起倒入，既不漏水又省塑料袋。", "ADOPTED", "已在职工之家展示并推广到各基层工会。"],
        ["SUGGESTION", "建议在各单位食堂出口设置厨余垃圾沥水篮，减少湿垃圾的水分。", "ANSWERED", "已转请各单位结合实际设置。"],
        ["TIP", "快递纸箱拆掉胶带压平后攒够一捆再交给回收员，能换钱也整洁。"],
        ["SUGGESTION", "希望每月的桶前值守可以在手机上登记，方便统计时长。"],
        ["SUGGESTION", "试点单位可以设立“垃圾分类监督岗”，由党员职工轮流值岗。"],
        ["TIP", "过期药品单独装一个小盒子，攒到社区回收日统一投放有害垃圾桶。"],
      ],
      selection: {
        kind: "MODEL_WORKER",
        title: "垃圾分类“最美职工”评选",
        reasons: [
          "坚持每月桶前值守 6 小时以上，带动本村 20 多户村民做到分类投放。",
          "在单位食堂推行光盘行动和厨余垃圾沥水投放，食堂厨余量下降三成。",
          "组织职工志愿服务队走进社区宣传垃圾分类，累计服务 300 余人次。",
          "作为劳模代言人开展垃圾分类宣讲 12 场。",
        ],
      },
      quizTakers: 60,
      keepUnsigned: [],
    });
    await writeCampaign(db, rng, now, {
      b: tenants.licheng,
      template: "seed001",
      title: "党建引领垃圾分类“红色引领、绿色生活”行动",
      description: "坚持一个引领、完善两项机制、落实三联措施、争当四员、用好五个载体，推动全街道生活垃圾分类常态化。",
      admin: "lc-admin",
      signed: 0.4,
      confirmed: 0.6,
      activities: [
        { kind: "LAUNCH", title: "“垃圾分类齐参与、幸福生活共缔造”启动仪式", unit: () => "燕山社区", dayOffset: -20, hours: [9, 11], place: "燕山社区广场", results: "有奖知识竞答、积分兑换，发放宣传册 300 份。", attendance: 0.5 },
        { kind: "DOOR_TO_DOOR", title: "进门入户垃圾分类宣传走访", unit: () => "燕山花园党支部", dayOffset: -8, hours: [15, 17], place: "燕山花园", results: "党员面对面宣讲、手把手指导。", attendance: 0.8 },
        { kind: "PARTY_DAY", title: "“联学联做”专题党日", unit: () => "罗湾社区", dayOffset: 6, hours: [14, 16], place: "罗湾社区党群服务中心", attendance: 0.4 },
      ],
      suggestions: [
        ["TIP", "楼道里贴一张四分类的小图，老人下楼扔垃圾时一看就懂。", "ADOPTED", "已请各党小组在楼道张贴。"],
        ["SUGGESTION", "建议党员责任垃圾桶挂上党员的名字和电话，方便居民咨询。"],
      ],
      quizTakers: 25,
      keepUnsigned: ["lc-member"],
    });
  },
};
