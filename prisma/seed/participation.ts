// Demo data for participation (seeds 001, 003, 004): bin points and a month of duty, supervisors' ledgers and a
// published red/black list in 溧城; the 文昌沙社区 points project with 乐翔社工 verifying, the 新大超市 station,
// cards, claims at each step and the time bank in 江海; volunteers reporting back to communities in 房山.
// Ledger balances are computed here from the entries written with them, so every balance is the sum of its entries.
import crypto from "node:crypto";
import type { PrismaClient, Role } from "../../lib/generated/prisma/client";
import { newId } from "../../lib/ids";
import { childPath } from "../../lib/org/tree-rules";
import { addDays, atChinaTime, dateColumn, dayKeyOf, monthKeyOf, previousMonth, quarterKeyOf, quarterRange } from "../../lib/duty/time";
import { draftRedBlack } from "../../lib/redlist/draft-rule";
import type { TenantBuilder, BNode, BPerson } from "./builder";
import type { DemoContext, DemoExtension } from "./extensions";
import type { Rng } from "./random";

const token = () => crypto.randomBytes(18).toString("base64url");
const SLOTS = [
  { start: 390, end: 510 },
  { start: 1080, end: 1200 },
];

/** Everything one tenant gets, collected and written with a few createMany calls. */
class Batch {
  binPoints: Record<string, unknown>[] = [];
  slots: { id: string; tenantId: string; binPointId: string; startMinute: number; endMinute: number }[] = [];
  records: Record<string, unknown>[] = [];
  signups: Record<string, unknown>[] = [];
  ledgers: Record<string, unknown>[] = [];
  visits: Record<string, unknown>[] = [];
  rules: Record<string, unknown>[] = [];
  cards: Record<string, unknown>[] = [];
  claims: Record<string, unknown>[] = [];
  entries: Record<string, unknown>[] = [];
  stations: Record<string, unknown>[] = [];
  goods: { id: string; stock: number; [k: string]: unknown }[] = [];
  exchanges: Record<string, unknown>[] = [];
  lines: Record<string, unknown>[] = [];
  accounts = new Map<string, { id: string; tenantId: string; personId: string | null; cardId: string | null; points: number; minutes: number }>();
  users: Record<string, unknown>[] = [];
  roles: Record<string, unknown>[] = [];
  memberRoles: Record<string, unknown>[] = [];
  posts: Record<string, unknown>[] = [];
  holders: Record<string, unknown>[] = [];
  registrations: Record<string, unknown>[] = [];
  ratings: Record<string, unknown>[] = [];
  lists: Record<string, unknown>[] = [];
  listEntries: Record<string, unknown>[] = [];
  models: Record<string, unknown>[] = [];
  kinds: Record<string, unknown>[] = [];
  nodes: Record<string, unknown>[] = [];

  constructor(readonly tenantId: string) {}

  account(owner: { personId?: string; cardId?: string }) {
    const key = owner.personId ?? owner.cardId!;
    let a = this.accounts.get(key);
    if (!a) {
      a = { id: newId(), tenantId: this.tenantId, personId: owner.personId ?? null, cardId: owner.cardId ?? null, points: 0, minutes: 0 };
      this.accounts.set(key, a);
    }
    return a;
  }

  /** An entry and its balance together, as the data layer books them. */
  private booked = new Set<string>();

  book(owner: { personId?: string; cardId?: string }, e: { currency: "POINTS" | "MINUTES"; amount: number; kind: string; sourceType: string; sourceId: string; ruleId?: string; memo?: string; at: Date; by?: string }) {
    // One entry per source, as the ledger's unique key demands (the random picks may repeat a volunteer on a day).
    const sourceKey = `${e.sourceType}:${e.sourceId}:${e.kind}`;
    if (this.booked.has(sourceKey)) return;
    this.booked.add(sourceKey);
    const a = this.account(owner);
    if (e.currency === "POINTS") a.points += e.amount;
    else a.minutes += e.amount;
    this.entries.push({ id: newId(), tenantId: this.tenantId, accountId: a.id, currency: e.currency, amount: e.amount, kind: e.kind, sourceType: e.sourceType, sourceId: e.sourceId, ruleId: e.ruleId ?? null, memo: e.memo ?? null, createdById: e.by ?? null, createdAt: e.at });
  }

  binPoint(node: BNode, name: string, location: string, opts: { chief?: BPerson; chiefArea?: string; responsible?: BPerson } = {}) {
    const id = newId();
    this.binPoints.push({
      id,
      tenantId: this.tenantId,
      nodeId: node.id,
      name,
      location,
      bins: [{ type: "kitchen", count: 2 }, { type: "recyclable", count: 1 }, { type: "hazardous", count: 1 }, { type: "other", count: 1 }],
      chiefId: opts.chief?.id ?? null,
      chiefArea: opts.chiefArea ?? null,
      responsibleMemberId: opts.responsible?.id ?? null,
      qrToken: token(),
    });
    const slots = SLOTS.map((s) => ({ id: newId(), tenantId: this.tenantId, binPointId: id, startMinute: s.start, endMinute: s.end }));
    this.slots.push(...slots);
    return { id, name, node, slots };
  }

  /** A duty record inside a slot of a day; verified ones go into the time bank. */
  duty(person: BPerson, point: { id: string; slots: { id: string; startMinute: number }[] }, day: string, slot: number, minutes: number, status: "VERIFIED" | "PENDING" | "REJECTED", by: string) {
    const s = point.slots[slot];
    const startAt = atChinaTime(day, s.startMinute + 5);
    const endAt = new Date(startAt.getTime() + minutes * 60_000);
    const id = newId();
    this.records.push({
      id,
      tenantId: this.tenantId,
      personId: person.id,
      binPointId: point.id,
      slotId: s.id,
      startAt,
      endAt,
      minutes,
      source: "CHECKIN",
      status,
      rejectReason: status === "REJECTED" ? "当天未见到岗，请核实后重新登记" : null,
      recordedById: by,
      verifiedById: status === "PENDING" ? null : by,
      verifiedAt: status === "PENDING" ? null : endAt,
    });
    if (status === "VERIFIED") this.book({ personId: person.id }, { currency: "MINUTES", amount: minutes, kind: "DEPOSIT", sourceType: "DutyRecord", sourceId: id, memo: "桶前值守", at: endAt, by });
  }

  user(username: string, displayName: string, passwordHash: string, person: BPerson | null, roles: [BNode, Role][]) {
    const id = newId();
    this.users.push({ id, tenantId: this.tenantId, username, displayName, passwordHash, personId: person?.id ?? null });
    for (const [node, role] of roles) this.roles.push({ id: newId(), tenantId: this.tenantId, userId: id, nodeId: node.id, role });
    return id;
  }

  async write(db: PrismaClient) {
    const accounts = [...this.accounts.values()];
    const goods = this.goods;
    await db.$transaction(
      async (tx) => {
        if (this.kinds.length) await tx.orgKind.createMany({ data: this.kinds as never });
        if (this.nodes.length) await tx.orgNode.createMany({ data: this.nodes as never });
        await tx.user.createMany({ data: this.users as never });
        await tx.roleAssignment.createMany({ data: this.roles as never });
        await tx.binPoint.createMany({ data: this.binPoints as never });
        await tx.dutySlot.createMany({ data: this.slots });
        await tx.dutySignup.createMany({ data: this.signups as never });
        await tx.dutyRecord.createMany({ data: this.records as never });
        await tx.supervisionLedger.createMany({ data: this.ledgers as never });
        await tx.householdVisit.createMany({ data: this.visits as never });
        await tx.memberRole.createMany({ data: this.memberRoles as never });
        await tx.dutyPost.createMany({ data: this.posts as never });
        await tx.dutyPostHolder.createMany({ data: this.holders as never });
        await tx.pointsRule.createMany({ data: this.rules as never });
        await tx.pointsCard.createMany({ data: this.cards as never });
        await tx.pointsAccount.createMany({ data: accounts });
        await tx.pointsClaim.createMany({ data: this.claims as never });
        await tx.exchangeStation.createMany({ data: this.stations as never });
        await tx.exchangeGoods.createMany({ data: goods as never });
        await tx.exchange.createMany({ data: this.exchanges as never });
        await tx.exchangeLine.createMany({ data: this.lines as never });
        await tx.ledgerEntry.createMany({ data: this.entries as never });
        await tx.doubleRegistration.createMany({ data: this.registrations as never });
        await tx.doubleRating.createMany({ data: this.ratings as never });
        await tx.redBlackList.createMany({ data: this.lists as never });
        await tx.redBlackEntry.createMany({ data: this.listEntries as never });
        await tx.modelHousehold.createMany({ data: this.models as never });
      },
      { timeout: 120_000 },
    );
  }
}

const nodeNamed = (b: TenantBuilder, name: string) => b.nodes.find((n) => n.name === name)!;
const under = (b: TenantBuilder, node: BNode) => b.nodes.filter((n) => n.path.startsWith(node.path));
const peopleUnder = (b: TenantBuilder, node: BNode) => {
  const ids = new Set(under(b, node).map((n) => n.id));
  return b.people.filter((p) => ids.has(p.nodeId));
};
/** Past days of this month and last month up to yesterday, newest first. */
function pastDays(now: Date, count: number) {
  const today = dayKeyOf(now);
  return Array.from({ length: count }, (_, i) => addDays(today, -(i + 1)));
}

function ledgerDays(x: Batch, rng: Rng, point: { id: string; slots: { id: string }[] }, supervisorId: string, days: string[], quality: number, rater?: string) {
  for (const day of days) {
    for (const slot of point.slots) {
      const observed = rng.int(25, 70);
      const correct = Math.min(observed, Math.round(observed * Math.min(0.98, quality + (rng.next() - 0.5) * 0.12)));
      x.ledgers.push({
        id: newId(),
        tenantId: x.tenantId,
        binPointId: point.id,
        slotId: slot.id,
        date: dateColumn(day),
        supervisorId,
        observed,
        correct,
        corrected: Math.min(observed - correct, rng.int(0, 5)),
        remarks: rng.chance(0.2) ? rng.pick(["个别住户厨余垃圾带袋投放，已现场指导", "桶边有散落垃圾，已清理", "外卖餐盒未沥干，已提醒"]) : null,
        ...(rater && rng.chance(0.7)
          ? { score: rng.int(82, 98), ratingComment: rng.pick(["台账完整", "照片清楚，督导到位", null]), ratedById: rater, ratedAt: atChinaTime(day, 1260) }
          : {}),
      });
    }
  }
}

// ───── 溧城街道 (seed 001, 003) ─────
function licheng(ctx: DemoContext, x: Batch) {
  const b = ctx.tenants.licheng;
  const { rng, now } = ctx;
  const root = b.nodes.find((n) => n.parentId === null)!;
  const admin = b.users.find((u) => u.username === "lc-admin")!.id;
  const compounds = b.nodes.filter((n) => n.kindCode === "compound");
  const points: ReturnType<Batch["binPoint"]>[] = [];
  compounds.forEach((c, i) => {
    const residents = b.people.filter((p) => p.nodeId === c.id);
    const members = peopleUnder(b, c).filter((p) => p.isPartyMember && b.nodes.find((n) => n.id === p.nodeId)?.kindCode === "party_group");
    points.push(x.binPoint(c, "1号投放点", "1号楼东侧", { chief: residents[0], chiefArea: "1–2号楼", responsible: members[0] }));
    if (i < 2) points.push(x.binPoint(c, "2号投放点", "3号楼北侧", { chief: residents[1], chiefArea: "3–4号楼", responsible: members[1] }));
  });
  // A supervisor for 燕山社区 (督导员), and a month of ledgers at its bin points.
  const yanshan = nodeNamed(b, "燕山社区");
  const supPerson = b.people.find((p) => p.nodeId === yanshan.id)!;
  const supervisor = x.user("lc-supervisor", `${supPerson.name}（燕山社区督导员）`, ctx.passwordHash, supPerson, [[yanshan, "SUPERVISOR"]]);
  const days = pastDays(now, 30);
  points.filter((p) => p.node.path.startsWith(yanshan.path)).forEach((p, i) => ledgerDays(x, rng, p, supervisor, days.slice(1), [0.93, 0.84, 0.76, 0.68][i] ?? 0.8, admin));

  // A month of duty: most party members of the first compounds, mostly verified.
  const lcMember = b.people.find((p) => p.id === b.users.find((u) => u.username === "lc-member")!.personId)!;
  for (const [ci, c] of compounds.slice(0, 4).entries()) {
    const cPoints = points.filter((p) => p.node.id === c.id);
    const members = peopleUnder(b, c).filter((p) => p.isPartyMember);
    for (const m of members) {
      if (m.id === lcMember.id) {
        // The demo member: one verified and one pending shift this month (earlier days when the month has just begun).
        const thisMonth = days.filter((d) => d.slice(0, 7) === monthKeyOf(now));
        const [d1, d2] = thisMonth.length >= 4 ? [thisMonth[3], thisMonth[1]] : [days[3], days[1]];
        x.duty(m, cPoints[0], d1, 0, 90, "VERIFIED", admin);
        x.duty(m, cPoints[0], d2, 1, 60, "PENDING", admin);
        continue;
      }
      if (rng.chance(0.25)) continue;
      const shifts = rng.int(1, 3);
      const used = new Set<string>();
      for (let s = 0; s < shifts; s++) {
        const day = days[rng.int(1, 27)];
        if (used.has(day)) continue;
        used.add(day);
        const status = rng.chance(0.85) ? "VERIFIED" : rng.chance(0.7) ? "PENDING" : "REJECTED";
        x.duty(m, rng.pick(cPoints), day, rng.int(0, 1), rng.pick([60, 75, 90, 120, 120]), status, admin);
      }
    }
    if (ci === 0) {
      // The demo member's upcoming sign-ups.
      const today = dayKeyOf(now);
      for (const d of [1, 3]) x.signups.push({ id: newId(), tenantId: x.tenantId, slotId: cPoints[0].slots[0].id, personId: lcMember.id, date: dateColumn(addDays(today, d)) });
    }
  }

  // Door-to-door visits to linked households.
  for (const link of b.links.filter(() => rng.chance(0.35))) {
    const visitedOn = days[rng.int(0, 29)];
    const id = newId();
    const minutes = rng.pick([20, 30, 40]);
    x.visits.push({
      id,
      tenantId: x.tenantId,
      householdId: link.householdId,
      visitorId: link.personId,
      visitedOn: dateColumn(visitedOn),
      minutes,
      explained: rng.pick(["讲解四分类标准，发放分类指南", "指导厨余垃圾沥水后投放", "宣传定时定点投放时间", "讲解有害垃圾单独投放"]),
      problems: rng.chance(0.3) ? rng.pick(["老人记不住分类，需要多次上门", "楼道堆放纸箱", "希望增加可回收物回收次数"]) : null,
      createdById: admin,
      createdAt: atChinaTime(visitedOn, 600),
    });
    x.book({ personId: link.personId }, { currency: "MINUTES", amount: minutes, kind: "DEPOSIT", sourceType: "HouseholdVisit", sourceId: id, memo: "入户走访", at: atChinaTime(visitedOn, 640), by: admin });
  }

  // 四员 and duty posts; the party-member points rulebook with deductions (seed 003).
  const branchMembers = b.people.filter((p) => p.isPartyMember).slice(0, 40);
  const roles = ["PIONEER", "PUBLICIST", "DEMONSTRATOR", "SUPERVISOR"];
  branchMembers.forEach((p, i) => i % 3 === 0 && x.memberRoles.push({ id: newId(), tenantId: x.tenantId, personId: p.id, role: roles[i % 4] }));
  const posts = ["文明风尚岗", "生态环保岗", "政策宣传岗"].map((name, i) => ({ id: newId(), tenantId: x.tenantId, name, sortOrder: i }));
  x.posts.push(...posts);
  branchMembers.slice(0, 12).forEach((p, i) => x.holders.push({ id: newId(), tenantId: x.tenantId, postId: posts[i % 3].id, personId: p.id }));
  const rule = (category: string, name: string, points: number, audience = "MEMBER", cap?: [number, string]) => {
    const id = newId();
    x.rules.push({ id, tenantId: x.tenantId, category, name, points, audience, cap: cap?.[0] ?? null, capPeriod: cap?.[1] ?? null, sortOrder: x.rules.length });
    return { id, name, points };
  };
  const visitRule = rule("MEMBER_DUTY", "按时完成联户入户走访", 5, "MEMBER", [10, "MONTH"]);
  const dutyRule = rule("MEMBER_DUTY", "当月桶前值守满 2 小时", 10, "MEMBER", [10, "MONTH"]);
  rule("SORTING", "带动联系户正确分类", 5, "MEMBER", [20, "MONTH"]);
  rule("VOLUNTEERING", "参加垃圾分类志愿活动", 3, "ANY", [15, "MONTH"]);
  rule("MEMBER_DUTY", "联系户分类不到位且未上门指导", -5);
  rule("MEMBER_DUTY", "未经请假缺席桶前值守", -3);
  // A few confirmed member points.
  for (const p of branchMembers.slice(0, 10)) {
    const r = rng.chance(0.5) ? visitRule : dutyRule;
    const id = newId();
    const day = days[rng.int(2, 25)];
    x.claims.push({ id, tenantId: x.tenantId, accountId: x.account({ personId: p.id }).id, ruleId: r.id, origin: "CLAIM", points: r.points, occurredOn: dateColumn(day), status: "CONFIRMED", submittedById: admin, confirmedById: admin, confirmedAt: atChinaTime(day, 900) });
    x.book({ personId: p.id }, { currency: "POINTS", amount: r.points, kind: "CLAIM", sourceType: "PointsClaim", sourceId: id, ruleId: r.id, at: atChinaTime(day, 900), by: admin });
  }

  // Claims waiting for confirmation.
  for (const p of branchMembers.slice(10, 13)) {
    const day = days[rng.int(1, 5)];
    x.claims.push({ id: newId(), tenantId: x.tenantId, accountId: x.account({ personId: p.id }).id, ruleId: visitRule.id, origin: "CLAIM", points: visitRule.points, occurredOn: dateColumn(day), status: "SUBMITTED", note: "走访联系户 4 户，讲解分类", submittedById: admin });
  }

  // Last month's red/black list for 燕山花园, drafted from the ledgers and published; two model households.
  const yshy = nodeNamed(b, "燕山花园");
  const month = previousMonth(monthKeyOf(now));
  const yPoints = points.filter((p) => p.node.path.startsWith(yanshan.path));
  const byPoint = new Map<string, { observed: number; correct: number }>();
  for (const l of x.ledgers as { binPointId: string; observed: number; correct: number; date: Date }[]) {
    if (monthKeyOf(new Date(l.date.getTime() + 12 * 3600_000)) !== month) continue;
    const s = byPoint.get(l.binPointId) ?? { observed: 0, correct: 0 };
    s.observed += l.observed;
    s.correct += l.correct;
    byPoint.set(l.binPointId, s);
  }
  const drafted = draftRedBlack(
    yPoints.filter((p) => byPoint.has(p.id)).map((p) => ({ key: p.id, label: `${p.node.name} · ${p.name}`, ...byPoint.get(p.id)! })),
    { topN: 1, bottomN: 1, minObserved: 20 },
  );
  const listId = newId();
  x.lists.push({ id: listId, tenantId: x.tenantId, nodeId: yshy.id, month, status: "PUBLISHED", rule: { topN: 1, bottomN: 1, minObserved: 20 }, createdById: admin, publishedById: admin, publishedAt: now });
  drafted.forEach((d) => x.listEntries.push({ id: newId(), tenantId: x.tenantId, listId, side: d.side, binPointId: d.key, label: d.label, rate: Math.round(d.rate * 1000), observed: d.observed, sortOrder: d.rank }));
  const yHouseholds = b.households.filter((h) => under(b, yshy).some((n) => n.id === h.nodeId));
  for (const h of yHouseholds.slice(0, 2)) {
    x.models.push({ id: newId(), tenantId: x.tenantId, householdId: h.id, note: "分类准确、带动邻里", markedById: admin });
    x.listEntries.push({ id: newId(), tenantId: x.tenantId, listId, side: "RED", householdId: h.id, label: `${h.building}${h.unit}${h.room} ${h.headName}`, reason: "示范户", sortOrder: 100 });
  }
  void root;
}

// ───── 江海区 (seed 004) ─────
async function jianghai(ctx: DemoContext, x: Batch) {
  const b = ctx.tenants.jianghai;
  const { rng, now, db } = ctx;
  const tenant = await db.tenant.findUniqueOrThrow({ where: { id: b.tenantId }, select: { settings: true } });
  await db.tenant.update({ where: { id: b.tenantId }, data: { settings: { ...(tenant.settings as object), pointsReviewSteps: ["VERIFY", "CONFIRM"], cardPrefix: "JH" } } });
  const admin = b.users.find((u) => u.username === "jh-admin")!.id;
  const wcs = nodeNamed(b, "文昌沙社区");
  const xuzhen = nodeNamed(b, "墟镇社区");
  const agency = nodeNamed(b, "乐翔社工");
  const chen = b.people.find((p) => p.name === "陈华佩")!;
  const supervisor = x.user("jh-supervisor", "陈华佩（墟镇社区督导员）", ctx.passwordHash, chen, [[xuzhen, "SUPERVISOR"]]);
  const operatorPerson = b.people.find((p) => p.nodeId === agency.id)!;
  const operator = x.user("jh-operator", `${operatorPerson.name}（乐翔社工·文昌沙兑换站）`, ctx.passwordHash, operatorPerson, [[wcs, "STATION_OPERATOR"]]);

  // The 文昌沙社区 points project's supervisor, who awards points by scanning residents' cards.
  const wcsSupPerson = b.people.find((p) => p.nodeId === wcs.id && !p.isPartyMember) ?? b.people.find((p) => p.nodeId === wcs.id)!;
  x.user("jh-wcs-supervisor", `${wcsSupPerson.name}（文昌沙社区督导员）`, ctx.passwordHash, wcsSupPerson, [[wcs, "SUPERVISOR"]]);

  // Bin points: the market point at 墟镇 (陈华佩's), and one per compound.
  const market = x.binPoint(xuzhen, "墟镇市场投放点", "墟镇市场南门", { responsible: chen });
  ledgerDays(x, rng, { id: market.id, slots: [market.slots[0]] }, supervisor, pastDays(now, 14).slice(1), 0.86, admin);
  const compounds = b.nodes.filter((n) => n.kindCode === "compound");
  for (const c of compounds) x.binPoint(c, `${c.name}分类亭`, "小区主入口旁");
  for (const day of pastDays(now, 20).filter((_, i) => i % 2 === 0)) x.duty(chen, market, day, 0, 120, "VERIFIED", supervisor);

  // The 文明先锋积分 rulebook (environment, 门前三包, safety, volunteering, mutual help, sorting).
  const rule = (category: string, name: string, points: number, cap?: [number, string], audience = "ANY") => {
    const id = newId();
    x.rules.push({ id, tenantId: x.tenantId, category, name, points, audience, cap: cap?.[0] ?? null, capPeriod: cap?.[1] ?? null, sortOrder: x.rules.length });
    return { id, name, points };
  };
  const rules = [
    rule("SORTING", "垃圾分类正确投放", 2, [30, "MONTH"], "RESIDENT"),
    rule("SORTING", "参与二次分拣", 5, [20, "MONTH"]),
    rule("ENVIRONMENT", "清理楼道堆放杂物", 5, [10, "MONTH"]),
    rule("FRONTAGE", "门前三包责任区整洁", 3, [12, "MONTH"], "RESIDENT"),
    rule("SAFETY", "劝导消除安全隐患", 5),
    rule("VOLUNTEERING", "参加志愿服务（每次）", 10, [40, "MONTH"]),
    rule("MUTUAL_HELP", "帮扶邻里、照顾孤寡老人", 8),
  ];
  const deduct = rule("SORTING", "垃圾混投、乱扔", -5, undefined, "RESIDENT");

  // Cards for the households of 朗晴新天地 (文昌沙社区).
  const lq = nodeNamed(b, "朗晴新天地");
  const households = b.households.filter((h) => h.nodeId === lq.id);
  const cards = households.map((h, i) => {
    const id = newId();
    x.cards.push({ id, tenantId: x.tenantId, number: `JH-${String(i + 1).padStart(6, "0")}`, householdId: h.id, nodeId: h.nodeId, holderName: h.headName, qrToken: token(), issuedById: operator });
    x.account({ cardId: id });
    return { id, h };
  });
  // Claims and awards at each step; confirmed ones booked.
  const days = pastDays(now, 28);
  cards.forEach((c, i) => {
    const n = i < 3 ? 6 : rng.int(1, 4);
    for (let k = 0; k < n; k++) {
      const r = rules[(i + k) % rules.length];
      const day = days[rng.int(1, 26)];
      const status = k < n - 1 || i < 4 ? "CONFIRMED" : rng.pick(["SUBMITTED", "VERIFIED", "REJECTED"]);
      const id = newId();
      x.claims.push({
        id,
        tenantId: x.tenantId,
        accountId: x.account({ cardId: c.id }).id,
        ruleId: r.id,
        origin: "AWARD",
        points: r.points,
        occurredOn: dateColumn(day),
        status,
        note: null,
        submittedById: supervisor,
        verifiedById: status === "SUBMITTED" ? null : operator,
        verifiedAt: status === "SUBMITTED" ? null : atChinaTime(day, 1000),
        confirmedById: status === "CONFIRMED" ? admin : null,
        confirmedAt: status === "CONFIRMED" ? atChinaTime(day, 1100) : null,
        rejectReason: status === "REJECTED" ? "核实时未见现场照片" : null,
        rejectedById: status === "REJECTED" ? operator : null,
        rejectedAt: status === "REJECTED" ? atChinaTime(day, 1000) : null,
      });
      if (status === "CONFIRMED") x.book({ cardId: c.id }, { currency: "POINTS", amount: r.points, kind: "AWARD", sourceType: "PointsClaim", sourceId: id, ruleId: r.id, at: atChinaTime(day, 1100), by: admin });
    }
  });
  // One confirmed deduction.
  {
    const id = newId();
    const day = days[5];
    x.claims.push({ id, tenantId: x.tenantId, accountId: x.account({ cardId: cards[5].id }).id, ruleId: deduct.id, origin: "AWARD", points: -5, occurredOn: dateColumn(day), status: "CONFIRMED", note: "厨余与其他垃圾混投", submittedById: supervisor, verifiedById: operator, verifiedAt: atChinaTime(day, 1000), confirmedById: admin, confirmedAt: atChinaTime(day, 1100) });
    x.book({ cardId: cards[5].id }, { currency: "POINTS", amount: -5, kind: "AWARD", sourceType: "PointsClaim", sourceId: id, ruleId: deduct.id, at: atChinaTime(day, 1100), by: admin });
  }

  // 新大超市 积分兑换站 with 米、面、盐、醋、洗衣液; a few exchanges already made.
  const stationId = newId();
  x.stations.push({ id: stationId, tenantId: x.tenantId, nodeId: wcs.id, name: "新大超市积分兑换站", address: "文昌沙社区 新大超市", openDays: [6], openingNote: "每周六 9:00–11:30 兑换" });
  const goods = [
    ["大米", "5kg", 30, 40],
    ["面条", "包", 8, 60],
    ["食盐", "包", 3, 80],
    ["米醋", "瓶", 5, 50],
    ["洗衣液", "瓶", 15, 30],
  ].map(([name, unit, price, stock], i) => {
    const g = { id: newId(), tenantId: x.tenantId, stationId, nodeId: wcs.id, kind: "GOODS", currency: "POINTS", name, unit, price, stock: stock as number, sortOrder: i };
    x.goods.push(g);
    return g;
  });
  cards.slice(0, 3).forEach((c, i) => {
    const acc = x.account({ cardId: c.id });
    const g = goods[i + 2];
    if (acc.points < (g.price as number)) return;
    const id = newId();
    const day = days[rng.int(0, 3)];
    const at = atChinaTime(day, 600);
    x.exchanges.push({ id, tenantId: x.tenantId, stationId, nodeId: wcs.id, accountId: acc.id, currency: "POINTS", total: g.price, receiptNo: `DH${day.replaceAll("-", "")}-${crypto.randomBytes(3).toString("hex").toUpperCase()}`, operatorId: operator, createdAt: at });
    x.lines.push({ id: newId(), tenantId: x.tenantId, exchangeId: id, goodsId: g.id, quantity: 1, price: g.price });
    g.stock -= 1;
    x.book({ cardId: c.id }, { currency: "POINTS", amount: -(g.price as number), kind: "EXCHANGE", sourceType: "Exchange", sourceId: id, at, by: operator });
  });

  // 志愿服务银行 (with 中福社区 and 乐翔社工): offers, and hours deposited for the agency's volunteers.
  const zhongfu = nodeNamed(b, "中福社区");
  [
    ["GIFT", "环保购物袋", 60, 50],
    ["VOUCHER", "社区超市 20 元代金券", 240, 20],
    ["TRAINING", "垃圾分类宣讲员培训名额", 480, 10],
  ].forEach(([kind, name, price, stock]) => x.goods.push({ id: newId(), tenantId: x.tenantId, stationId: null, nodeId: zhongfu.id, kind, currency: "MINUTES", name, unit: null, price, stock: stock as number, sortOrder: 0 }));
  for (const v of peopleUnder(b, agency).concat(peopleUnder(b, zhongfu).filter((p) => p.isVolunteer)).slice(0, 12)) {
    const booked = new Set<string>();
    for (let k = 0; k < rng.int(1, 3); k++) {
      const day = days[rng.int(0, 27)];
      // One deposit per volunteer and day: the ledger's (source, kind) key is unique.
      if (booked.has(day)) continue;
      booked.add(day);
      x.book({ personId: v.id }, { currency: "MINUTES", amount: rng.pick([60, 90, 120, 180]), kind: "DEPOSIT", sourceType: "Activity", sourceId: `demo-activity-${day}:${v.id}`, memo: "垃圾分类 志愿先行", at: atChinaTime(day, 700), by: admin });
    }
  }
}

// ───── 房山区总工会 (seed 000): volunteers report back to their communities ─────
function fangshan(ctx: DemoContext, x: Batch) {
  const b = ctx.tenants.fangshan;
  const { rng, now } = ctx;
  const root = b.nodes.find((n) => n.parentId === null)!;
  const admin = b.users.find((u) => u.username === "fs-admin")!.id;
  // Residential communities, where workers live, join the union's tree for double reporting.
  const kindId = newId();
  x.kinds.push({ id: kindId, tenantId: x.tenantId, code: "community", name: "社区", nameEn: "Community", parentCodes: ["district_union"], allowRoot: false, holdsHouseholds: false, isUnit: true, sortOrder: 20 });
  const communities = ["城关街道东城社区", "西潞街道苏庄社区", "拱辰街道海光社区"].map((name, i) => {
    const id = newId();
    const node: BNode = { id, tenantId: x.tenantId, kindId, kindCode: "community", name, code: `FS-SQ${i + 1}`, parentId: root.id, path: childPath(root.path, id), depth: 1, sortOrder: 100 + i };
    x.nodes.push({ id, tenantId: x.tenantId, kindId, name, code: node.code, parentId: root.id, path: node.path, depth: 1, sortOrder: node.sortOrder });
    return node;
  });
  const points = communities.map((c) => x.binPoint(c, "社区垃圾分类驿站", "社区服务站东侧"));
  const pilots = b.nodes.filter((n) => n.kindCode === "pilot_unit");
  const quarter = quarterKeyOf(now);
  const lastQuarter = quarterKeyOf(new Date(quarterRange(quarter).start.getTime() - 1));
  const days = pastDays(now, 40);
  pilots.slice(0, 6).forEach((unit, i) => {
    const community = communities[i % 3];
    const point = points[i % 3];
    const unitReg = newId();
    x.registrations.push({ id: unitReg, tenantId: x.tenantId, kind: "UNIT", unitNodeId: unit.id, communityNodeId: community.id, status: "ACCEPTED", registeredById: admin, decidedById: admin, decidedAt: now });
    x.ratings.push({ id: newId(), tenantId: x.tenantId, registrationId: unitReg, quarter: lastQuarter, grade: rng.pick(["EXCELLENT", "GOOD", "GOOD"]), comment: "组织职工志愿者定期到社区值守", ratedById: admin });
    const volunteers = b.people.filter((p) => p.nodeId === unit.id && (p.isPartyMember || p.isVolunteer)).slice(0, 4);
    volunteers.forEach((v, k) => {
      const reg = newId();
      const pending = k === 3 && i < 2;
      x.registrations.push({ id: reg, tenantId: x.tenantId, kind: "MEMBER", unitNodeId: unit.id, personId: v.id, communityNodeId: community.id, status: pending ? "PENDING" : "ACCEPTED", registeredById: admin, decidedById: pending ? null : admin, decidedAt: pending ? null : now });
      if (pending) return;
      const used = new Set<string>();
      for (let s = 0; s < rng.int(1, 3); s++) {
        const day = days[rng.int(0, 38)];
        if (used.has(day)) continue;
        used.add(day);
        x.duty(v, point, day, rng.int(0, 1), rng.pick([90, 120, 120]), rng.chance(0.9) ? "VERIFIED" : "PENDING", admin);
      }
      x.ratings.push({ id: newId(), tenantId: x.tenantId, registrationId: reg, quarter: lastQuarter, grade: rng.pick(["EXCELLENT", "GOOD", "GOOD", "FAIR"]), comment: rng.pick(["按时到岗值守", "主动宣传分类知识", "参加社区活动积极"]), ratedById: admin });
      if (rng.chance(0.5)) x.ratings.push({ id: newId(), tenantId: x.tenantId, registrationId: reg, quarter, grade: rng.pick(["EXCELLENT", "GOOD"]), comment: null, ratedById: admin });
    });
  });
}

export const participationDemo: DemoExtension = {
  name: "participation (links, duty, ledgers, points, stations, time bank, double reporting)",
  async run(ctx) {
    const batches = [new Batch(ctx.tenants.licheng.tenantId), new Batch(ctx.tenants.jianghai.tenantId), new Batch(ctx.tenants.fangshan.tenantId)];
    licheng(ctx, batches[0]);
    await jianghai(ctx, batches[1]);
    fangshan(ctx, batches[2]);
    for (const x of batches) await x.write(ctx.db);
  },
};
