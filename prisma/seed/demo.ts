// Demo data drawn from the seeds: 房山区总工会 (seed 000), 溧城街道 (seed 001), 江海区 (seed 004).
// Every demo login has the password demo12345 and no forced change. Nothing here runs outside `npm run demo`
// or `npm run db:seed`: a real install has no default accounts.
import type { PrismaClient } from "../../lib/generated/prisma/client";
import { hashPassword } from "../../lib/auth/password";
import { newId } from "../../lib/ids";
import { TenantBuilder, type BNode, type BPerson } from "./builder";
import { chineseName, PhoneBook, Rng } from "./random";
import { DEMO_EXTENSIONS } from "./extensions";

export const DEMO_PASSWORD = "demo12345";

export const DEMO_LOGINS = [
  { username: "fs-admin", who: "房山区总工会 区级管理员" },
  { username: "fs-leader", who: "房山区总工会 领导（只读为主）" },
  { username: "fs-unit", who: "窦店镇总工会 填报员" },
  { username: "fs-rep", who: "工会代表，联系 3 个单位" },
  { username: "fs-inspector", who: "房山区总工会 巡查员（手机记录检查、暗访）" },
  { username: "lc-admin", who: "溧城街道 区级管理员" },
  { username: "lc-branch", who: "燕山花园党支部 单位管理员" },
  { username: "lc-member", who: "溧城街道 党员（手机页面）" },
  { username: "lc-supervisor", who: "燕山社区 督导员（手机督导台账）" },
  { username: "jh-admin", who: "江海区 区级管理员" },
  { username: "jh-supervisor", who: "墟镇社区 督导员 陈华佩（督导台账、扫卡奖励积分）" },
  { username: "jh-operator", who: "乐翔社工 文昌沙社区积分兑换站操作员（核实积分、兑换）" },
  { username: "jh-wcs-supervisor", who: "文昌沙社区 督导员（扫积分卡奖励积分）" },
  { username: "jh-inspector", who: "江海区 巡查员（手机记录暗访、回访抽查）" },
  { username: "root", who: "平台管理员" },
] as const;

type Ctx = { rng: Rng; phones: PhoneBook; hash: string };

function workers(b: TenantBuilder, ctx: Ctx, node: BNode, count: number, opts: { partyShare?: number } = {}) {
  const out: BPerson[] = [];
  for (let i = 0; i < count; i++) {
    const party = ctx.rng.chance(opts.partyShare ?? 0.3);
    out.push(
      b.person(node, {
        name: chineseName(ctx.rng),
        phone: ctx.phones.next(),
        isPartyMember: party,
        isUnionMember: true,
        isModelWorker: ctx.rng.chance(0.04),
        isVolunteer: ctx.rng.chance(0.35),
        isCadre: party && ctx.rng.chance(0.2),
        joinedAt: new Date(Date.UTC(ctx.rng.int(1995, 2024), ctx.rng.int(0, 11), ctx.rng.int(1, 28))),
      }),
    );
  }
  return out;
}

function fangshan(ctx: Ctx): TenantBuilder {
  const b = new TenantBuilder("fangshan", "房山区总工会", "union");
  const root = b.node("district_union", "房山区总工会", null, "FS");
  const group = b.node("leading_group", "党建引领生活垃圾分类推进工作领导小组", root, "FS-LG");
  const leaders: [string, string][] = [
    ["李建坡", "组长 区总工会党组书记 常务副主席"],
    ["隗合红", "副组长 区总工会党组成员 副主席"],
    ["彭菲", "副组长 区总工会党组成员 副主席"],
    ["吴占平", "副组长 区总工会党组成员 办公室主任"],
    ["蔡雅瑞", "成员 区总工会组宣部部长"],
    ["赵江萍", "成员 区总工会权益保护部部长"],
    ["周立宾", "成员 区总工会财务部部长"],
    ["靳震侠", "成员 区总工会职工服务（帮扶）中心主任"],
    ["孟庆国", "成员 区总工会职工文化体育活动中心主任"],
    ["吴向东", "成员 区总工会基层组织建设部部长"],
    ["张振水", "成员 区总工会职工发展联络部部长"],
  ];
  const leaderPeople = leaders.map(([name, note]) =>
    b.person(group, { name, phone: ctx.phones.next(), isPartyMember: true, isUnionMember: true, isCadre: true, note }),
  );

  const unions: Record<string, BNode> = {
    doudian: b.node("grassroots_union", "窦店镇总工会", root, "FS-DD"),
    zhoukoudian: b.node("grassroots_union", "周口店镇总工会", root, "FS-ZKD"),
    organs: b.node("grassroots_union", "区直机关工会", root, "FS-JG"),
    nonpublic: b.node("grassroots_union", "非公企业联合工会", root, "FS-FG"),
    finance: b.node("grassroots_union", "金融系统工会", root, "FS-JR"),
    chengguan: b.node("grassroots_union", "城关街道总工会", root, "FS-CG"),
  };
  const pilots: [string, keyof typeof unions, string][] = [
    ["窦店镇窦店村", "doudian", "FS-P01"],
    ["周口店黄山店村", "zhoukoudian", "FS-P02"],
    ["北京功德福餐饮有限公司", "nonpublic", "FS-P03"],
    ["金融安全产业园", "finance", "FS-P04"],
    ["首诚农业", "nonpublic", "FS-P05"],
    ["长安汽车公司", "nonpublic", "FS-P06"],
    ["今日东方", "nonpublic", "FS-P07"],
    ["碧圣水务", "nonpublic", "FS-P08"],
    ["区法院", "organs", "FS-P09"],
    ["职工文化体育活动中心", "organs", "FS-P10"],
  ];
  const pilotNodes = pilots.map(([name, union, code]) => b.node("pilot_unit", name, unions[union], code));
  for (const p of pilotNodes) workers(b, ctx, p, ctx.rng.int(18, 26));
  const others: [string, keyof typeof unions][] = [
    ["窦店镇中心小学", "doudian"],
    ["周口店镇卫生院", "zhoukoudian"],
    ["城关街道办事处", "chengguan"],
    ["房山区供电公司", "chengguan"],
  ];
  for (const [name, union] of others) workers(b, ctx, b.node("workplace", name, unions[union]), ctx.rng.int(10, 16));
  for (const u of Object.values(unions)) workers(b, ctx, u, 4, { partyShare: 0.8 });

  const h = ctx.hash;
  const office = workers(b, ctx, root, 6, { partyShare: 0.9 });
  b.user({ username: "fs-admin", displayName: "蔡雅瑞（组宣部）", passwordHash: h, person: leaderPeople[4], roles: [[root, "TENANT_ADMIN"]] });
  b.user({ username: "fs-leader", displayName: "李建坡", passwordHash: h, person: leaderPeople[0], roles: [[root, "LEADER"]] });
  const unitReporter = b.people.find((p) => p.nodeId === unions.doudian.id)!;
  b.user({ username: "fs-unit", displayName: `${unitReporter.name}（窦店镇总工会）`, passwordHash: h, person: unitReporter, roles: [[unions.doudian, "REPORTER"]] });
  b.user({
    username: "fs-rep",
    displayName: `${office[0].name}（工会代表）`,
    passwordHash: h,
    person: office[0],
    roles: [[root, "REPRESENTATIVE"]],
    follows: [pilotNodes[2], pilotNodes[5], pilotNodes[8]],
  });
  return b;
}

function licheng(ctx: Ctx): { b: TenantBuilder } {
  const b = new TenantBuilder("licheng", "溧城街道", "street");
  const root = b.node("street", "溧城街道", null, "LC");
  b.node("leading_group", "街道垃圾分类工作领导小组", root, "LC-LG");
  const plan: [string, string, string[]][] = [
    ["燕山社区", "LC-YS", ["燕山花园", "阳光城"]],
    ["罗湾社区", "LC-LW", ["罗湾新村", "金港花园"]],
    ["东门社区", "LC-DM", ["东门小区", "锦绣江南"]],
    ["平陵社区", "LC-PL", ["平陵新苑"]],
  ];
  let lcBranch: BNode | null = null;
  let lcMember: BPerson | null = null;
  for (const [communityName, code, compounds] of plan) {
    const community = b.node("community", communityName, root, code);
    workers(b, ctx, community, 12, { partyShare: 0.6 });
    compounds.forEach((compoundName, ci) => {
      const compound = b.node("compound", compoundName, community, `${code}-C${ci + 1}`);
      const branch = b.node("party_branch", `${compoundName}党支部`, compound, `${code}-B${ci + 1}`);
      if (!lcBranch) lcBranch = branch;
      b.person(branch, { name: chineseName(ctx.rng), phone: ctx.phones.next(), isPartyMember: true, isCadre: true, note: "支部书记" });
      workers(b, ctx, compound, 6, { partyShare: 0 });
      const buildings = ctx.rng.int(3, 4);
      for (let bi = 1; bi <= buildings; bi++) {
        const group = b.node("party_group", `${bi}号楼党小组`, branch, `${code}-B${ci + 1}-G${bi}`);
        const members = ctx.rng.int(3, 5);
        let room = 100;
        for (let m = 0; m < members; m++) {
          const member = b.person(group, {
            name: chineseName(ctx.rng),
            phone: ctx.phones.next(),
            isPartyMember: true,
            isVolunteer: ctx.rng.chance(0.6),
            joinedAt: new Date(Date.UTC(ctx.rng.int(1980, 2022), ctx.rng.int(0, 11), 1)),
          });
          if (!lcMember) lcMember = member;
          const count = ctx.rng.int(3, 5);
          for (let k = 0; k < count; k++) {
            room += ctx.rng.int(1, 3);
            const hh = b.household(group, {
              building: `${bi}号楼`,
              unit: `${(k % 2) + 1}单元`,
              room: String(room),
              headName: chineseName(ctx.rng),
              phone: ctx.rng.chance(0.8) ? ctx.phones.next() : null,
            });
            b.link(member, hh);
          }
        }
        // Households not yet linked to a member: the coverage page shows them as gaps.
        if (bi === 1) b.household(group, { building: `${bi}号楼`, unit: "3单元", room: "601", headName: chineseName(ctx.rng), phone: null });
      }
    });
  }
  const village = b.node("village", "八字桥村", root, "LC-BZQ");
  const vb = b.node("party_branch", "八字桥村党支部", village, "LC-BZQ-B1");
  b.node("enterprise", "八字桥农业合作社", village, "LC-BZQ-E1");
  workers(b, ctx, vb, 8, { partyShare: 1 });
  const office = workers(b, ctx, root, 5, { partyShare: 0.9 });

  b.user({ username: "lc-admin", displayName: `${office[0].name}（街道组织科）`, passwordHash: ctx.hash, person: office[0], roles: [[root, "TENANT_ADMIN"]] });
  const branchSecretary = b.people.find((p) => p.nodeId === lcBranch!.id)!;
  b.user({ username: "lc-branch", displayName: `${branchSecretary.name}（燕山花园党支部）`, passwordHash: ctx.hash, person: branchSecretary, roles: [[lcBranch!, "UNIT_ADMIN"]] });
  const memberNode = b.nodes.find((n) => n.id === lcMember!.nodeId)!;
  b.user({ username: "lc-member", displayName: lcMember!.name, passwordHash: ctx.hash, person: lcMember!, roles: [[memberNode, "MEMBER"]] });
  return { b };
}

function jianghai(ctx: Ctx): TenantBuilder {
  const b = new TenantBuilder("jianghai", "江海区", "district");
  const root = b.node("district", "江海区", null, "JH");
  b.node("leading_group", "区垃圾分类工作领导小组", root, "JH-LG");
  const plan: [string, string, [string, "community" | "village", string[]][]][] = [
    ["礼乐街道", "JH-LL", [["文昌沙社区", "community", ["朗晴新天地"]], ["英南村", "village", []], ["中福社区", "community", []]]],
    ["外海街道", "JH-WH", [["墟镇社区", "community", []]]],
    ["江南街道", "JH-JN", [["文苑社区", "community", ["惠泽园", "名门壹号"]]]],
  ];
  for (const [streetName, code, units] of plan) {
    const street = b.node("street", streetName, root, code);
    units.forEach(([name, kind, compounds], i) => {
      const unit = b.node(kind, name, street, `${code}-${i + 1}`);
      const branch = b.node("party_branch", kind === "village" ? `${name}党总支部` : `${name}党委`, unit, `${code}-${i + 1}-B`);
      workers(b, ctx, branch, ctx.rng.int(8, 14), { partyShare: 0.9 });
      workers(b, ctx, unit, ctx.rng.int(16, 26), { partyShare: 0.2 });
      compounds.forEach((c, ci) => {
        const compound = b.node("compound", c, unit, `${code}-${i + 1}-C${ci + 1}`);
        for (let k = 0; k < 12; k++) {
          b.household(compound, { building: `${(k % 3) + 1}栋`, unit: null, room: String(101 + k * 3), headName: chineseName(ctx.rng), phone: ctx.phones.next() });
        }
      });
    });
  }
  const agency = b.node("social_agency", "乐翔社工", root, "JH-LX");
  b.node("party_branch", "乐翔社工党支部", agency, "JH-LX-B");
  workers(b, ctx, agency, 8, { partyShare: 0.4 });
  const xuzhen = b.nodes.find((n) => n.name === "墟镇社区")!;
  b.person(xuzhen, { name: "陈华佩", phone: ctx.phones.next(), isPartyMember: true, isVolunteer: true, note: "垃圾分类投放督导员，党员退休干部" });
  const office = workers(b, ctx, root, 5, { partyShare: 0.9 });
  b.user({ username: "jh-admin", displayName: `${office[0].name}（区城管局）`, passwordHash: ctx.hash, person: office[0], roles: [[root, "TENANT_ADMIN"]] });
  return b;
}

/** Writes the three demo tenants and the platform admin. Returns false when data already exists. */
export async function seedDemo(db: PrismaClient, log: (m: string) => void = () => {}): Promise<boolean> {
  if ((await db.tenant.count()) > 0) return false;
  const hash = await hashPassword(DEMO_PASSWORD);
  const rng = new Rng(20_261_126);
  const ctx: Ctx = { rng, phones: new PhoneBook(rng), hash };
  const tenants = { fangshan: fangshan(ctx), licheng: licheng(ctx).b, jianghai: jianghai(ctx) };
  for (const b of Object.values(tenants)) {
    await b.write(db);
    log(`  ${b.name}: ${b.nodes.length} units, ${b.people.length} people, ${b.households.length} households, ${b.users.length} logins\n`);
  }
  await db.user.create({ data: { id: newId(), username: "root", displayName: "平台管理员", passwordHash: hash, platformAdmin: true } });
  for (const ext of DEMO_EXTENSIONS) {
    const t0 = Date.now();
    await ext.run({ db, tenants, rng, passwordHash: hash, now: new Date(), log });
    log(`  ${ext.name}: ${Date.now() - t0} ms\n`);
  }
  return true;
}
