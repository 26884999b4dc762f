import ExcelJS from "exceljs";
import { createTranslator } from "next-intl";
import { afterAll, describe, expect, it } from "vitest";
import zhErrors from "@/lib/i18n/messages/zh-CN/errors.json";
import zhImports from "@/lib/i18n/messages/zh-CN/imports.json";
import { buildErrorReport } from "@/lib/imports/error-report";
import { getImportJob, listMyImports, startImport } from "@/lib/imports/run-import";
import { exportRoster } from "@/lib/people/export-roster";
import { createTestTenant, owner, type TestTenant } from "../factories/tenant";

const t = createTranslator({ locale: "zh-CN", messages: { imports: zhImports, errors: zhErrors } }) as unknown as (
  k: string,
  p?: Record<string, string | number>,
) => string;

const ORG_HEADER = ["上级单位编码", "单位编码", "单位名称", "单位类型", "排序"];
const ROSTER_HEADER = ["单位编码", "姓名", "手机号", "党员", "工会会员", "劳模", "志愿者", "干部", "入职日期", "备注"];

async function xlsx(header: string[], rows: unknown[][]): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Sheet1");
  ws.addRow(header);
  for (const r of rows) ws.addRow(r);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

const db = owner();
afterAll(() => db.$disconnect());

/** Everything an import could have written for a tenant, counted with the owner connection. */
async function counts(tenantId: string) {
  const [nodes, people, audits] = await Promise.all([
    db.orgNode.count({ where: { tenantId } }),
    db.person.count({ where: { tenantId } }),
    db.auditLog.count({ where: { tenantId } }),
  ]);
  return { nodes, people, audits };
}

let phoneSeq = 0;
const uniquePhone = () => `1${String(7_000_000_000 + Math.floor(Math.random() * 900_000_000) + ++phoneSeq * 1_000).padStart(10, "0")}`;

function orgFile(tt: TestTenant) {
  const a = tt.nodes.a.code!;
  return xlsx(ORG_HEADER, [
    // The compound comes before its community: the parent may be any row of the file.
    [`SQ-${tt.tag}`, `XQ-${tt.tag}`, "新一小区", "小区", null],
    [a, `SQ-${tt.tag}`, "新一社区", "社区", 3],
    [`XQ-${tt.tag}`, `ZB-${tt.tag}`, "新一小区党支部", "party_branch", null],
    [a, `CUN-${tt.tag}`, "新村", "村", null],
  ]);
}

describe("Excel import of an org tree and a roster", () => {
  it("imports a valid tree and then a roster: paths, depths, flags and an audit row per created row", async () => {
    const tt = await createTestTenant();
    const actor = tt.actors.tenantAdmin;
    const before = await counts(tt.tenantId);

    const tree = await startImport({ actor, kind: "ORG_TREE", nodeId: tt.nodes.a.id, fileName: "架构.xlsx", bytes: await orgFile(tt) });
    expect(tree).toMatchObject({ status: "DONE", phase: "done", total: 4, processed: 4, created: 4, errorCount: 0 });
    const nodes = await db.orgNode.findMany({ where: { tenantId: tt.tenantId, code: { endsWith: tt.tag }, createdAt: { gte: tree.createdAt } }, include: { kind: true } });
    const byCode = Object.fromEntries(nodes.map((n) => [n.code!.split("-")[0], n]));
    expect(byCode.SQ).toMatchObject({ parentId: tt.nodes.a.id, depth: tt.nodes.a.depth + 1, path: `${tt.nodes.a.path}${byCode.SQ.id}/`, sortOrder: 3 });
    expect(byCode.XQ).toMatchObject({ parentId: byCode.SQ.id, depth: tt.nodes.a.depth + 2, path: `${byCode.SQ.path}${byCode.XQ.id}/` });
    expect(byCode.ZB).toMatchObject({ parentId: byCode.XQ.id, depth: tt.nodes.a.depth + 3, path: `${byCode.XQ.path}${byCode.ZB.id}/` });
    expect(byCode.ZB.kind.code).toBe("party_branch");
    expect(byCode.CUN.kind.code).toBe("village");
    const treeAudits = await db.auditLog.findMany({ where: { tenantId: tt.tenantId, createdAt: { gte: tree.createdAt } } });
    expect(treeAudits.filter((a) => a.action === "org.create").map((a) => a.entityId).sort()).toEqual(nodes.map((n) => n.id).sort());
    expect(treeAudits.filter((a) => a.action === "import.done")).toMatchObject([{ entityId: tree.id, nodeId: tt.nodes.a.id, actorUserId: tt.userIds.tenantAdmin }]);

    const phones = [uniquePhone(), uniquePhone()];
    const roster = await startImport({
      actor,
      kind: "ROSTER",
      nodeId: tt.nodes.a.id,
      fileName: "花名册.xlsx",
      bytes: await xlsx(ROSTER_HEADER, [
        [`ZB-${tt.tag}`, "王党员", phones[0], "是", null, null, "是", "否", new Date(Date.UTC(2019, 5, 1)), "楼长"],
        [tt.nodes.a1.code, "赵职工", Number(phones[1]), null, "是", null, null, null, "2022-07-08", null],
        [`CUN-${tt.tag}`, "钱村民", null, null, null, null, null, null, null, null],
      ]),
    });
    expect(roster).toMatchObject({ status: "DONE", created: 3 });
    const people = await db.person.findMany({ where: { tenantId: tt.tenantId, name: { in: ["王党员", "赵职工", "钱村民"] } } });
    const wang = people.find((p) => p.name === "王党员")!;
    expect(wang).toMatchObject({ nodeId: byCode.ZB.id, phone: phones[0], isPartyMember: true, isVolunteer: true, isCadre: false, note: "楼长" });
    expect(wang.joinedAt?.toISOString()).toBe("2019-06-01T00:00:00.000Z");
    expect(people.find((p) => p.name === "赵职工")).toMatchObject({ nodeId: tt.nodes.a1.id, phone: phones[1], isUnionMember: true, isPartyMember: false });
    const personAudits = await db.auditLog.findMany({ where: { tenantId: tt.tenantId, action: "person.create", createdAt: { gte: roster.createdAt } } });
    expect(personAudits).toHaveLength(3);
    // Audit payloads keep phone numbers masked.
    const wangAudit = personAudits.find((a) => a.entityId === wang.id)!;
    expect((wangAudit.after as { phone: string }).phone).toBe(`${phones[0].slice(0, 3)}****${phones[0].slice(-4)}`);

    const after = await counts(tt.tenantId);
    expect(after).toEqual({ nodes: before.nodes + 4, people: before.people + 3, audits: before.audits + 4 + 1 + 3 + 1 });
    expect((await listMyImports({ actor })).map((j) => j.id)).toEqual([roster.id, tree.id]);
  });

  it("rejects a file with bad rows: every error with its row number, and nothing written", async () => {
    const tt = await createTestTenant();
    const actor = tt.actors.tenantAdmin;
    const taken = tt.people.a1Person.phone!;
    const file = await xlsx(ROSTER_HEADER, [
      /* 2 */ [tt.nodes.a1.code, "好人", uniquePhone(), "是", null, null, null, null, null, null],
      /* 3 */ [tt.nodes.a1.code, "号码重复", taken, null, null, null, null, null, null, null],
      /* 4 */ ["NO-SUCH-UNIT", "找不到单位", null, null, null, null, null, null, null, null],
      /* 5 */ [tt.nodes.a1.code, null, "123", "也许", null, null, null, null, "2023-02-30", null],
      /* 6 */ [tt.nodes.a1.code, "好人二", uniquePhone(), null, null, null, null, null, null, null],
    ]);
    const before = await counts(tt.tenantId);
    const job = await startImport({ actor, kind: "ROSTER", nodeId: tt.nodes.root.id, fileName: "坏文件.xlsx", bytes: file });
    expect(job.status).toBe("REJECTED");
    expect(job.created).toBe(0);
    expect(job.errors.map((e) => [e.row, e.column, e.message])).toEqual([
      [3, "phone", "imports.errors.phoneTaken"],
      [4, "unitCode", "imports.errors.unitNotFound"],
      [5, "name", "imports.errors.required"],
      [5, "phone", "imports.errors.phone"],
      [5, "isPartyMember", "imports.errors.flag"],
      [5, "joinedAt", "imports.errors.date"],
    ]);
    expect(await counts(tt.tenantId)).toEqual(before);

    // The poller and the report see the same errors; the report is a workbook of 行号 / 列 / 原因.
    const seen = await getImportJob({ actor, jobId: job.id, errorLimit: null });
    expect(seen).toMatchObject({ status: "REJECTED", errorCount: 6 });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await buildErrorReport(seen, t)) as never);
    expect(wb.worksheets[0].getRow(2).values).toEqual([undefined, 3, "手机号", "该手机号已在花名册中", taken]);

    const tree = await startImport({
      actor,
      kind: "ORG_TREE",
      nodeId: tt.nodes.a.id,
      fileName: "坏架构.xlsx",
      bytes: await xlsx(ORG_HEADER, [
        /* 2 */ [tt.nodes.a.code, `OK-${tt.tag}`, "好社区", "社区", null],
        /* 3 */ [tt.nodes.a.code, tt.nodes.b1.code, "编码已被使用", "社区", null],
        /* 4 */ [tt.nodes.b.code, `OUT-${tt.tag}`, "挂到范围外", "社区", null],
        /* 5 */ [tt.nodes.a.code, `XQ-${tt.tag}`, "小区不能挂街道", "小区", null],
      ]),
    });
    expect(tree.status).toBe("REJECTED");
    expect(tree.errors.map((e) => [e.row, e.message])).toEqual([
      [3, "imports.errors.codeTaken"],
      [4, "imports.errors.parentNotFound"],
      [5, "imports.errors.kindNotAllowed"],
    ]);
    expect(await counts(tt.tenantId)).toEqual(before);
  });

  it("refuses files that are not xlsx and files without the required columns, writing nothing", async () => {
    const tt = await createTestTenant();
    const actor = tt.actors.tenantAdmin;
    const before = await counts(tt.tenantId);
    await expect(
      startImport({ actor, kind: "ROSTER", nodeId: tt.nodes.a.id, fileName: "roster.xlsx", bytes: new TextEncoder().encode("单位编码,姓名\nA,张三") }),
    ).rejects.toMatchObject({ code: "UNSUPPORTED_MEDIA" });
    await expect(
      startImport({ actor, kind: "ROSTER", nodeId: tt.nodes.a.id, fileName: "roster.xlsx", bytes: await xlsx(["姓名"], [["张三"]]) }),
    ).rejects.toMatchObject({ code: "VALIDATION", messageKey: "imports.errors.missingColumns" });
    const failed = await db.importJob.findMany({ where: { tenantId: tt.tenantId } });
    expect(failed).toMatchObject([{ status: "FAILED", errors: [{ row: 0, message: "imports.errors.missingColumns" }] }]);
    expect(await counts(tt.tenantId)).toEqual(before);
  });

  it("keeps imports inside the actor's scope: other subtrees and tenants answer 404 and nothing is written", async () => {
    const tt = await createTestTenant();
    const other = await createTestTenant();
    const before = await counts(tt.tenantId);
    const tree = await orgFile(tt);
    // A unit admin of b cannot import under a, nor under the root above b, nor into another tenant.
    for (const nodeId of [tt.nodes.a.id, tt.nodes.root.id, other.nodes.a.id]) {
      await expect(startImport({ actor: tt.actors.unitAdminB, kind: "ORG_TREE", nodeId, fileName: "x.xlsx", bytes: tree })).rejects.toMatchObject({ code: "NOT_FOUND" });
    }
    // Under b itself, rows that name a's units are refused row by row.
    const job = await startImport({ actor: tt.actors.unitAdminB, kind: "ORG_TREE", nodeId: tt.nodes.b.id, fileName: "x.xlsx", bytes: tree });
    expect(job.status).toBe("REJECTED");
    expect(job.errors.filter((e) => e.message === "imports.errors.parentNotFound").map((e) => e.row)).toEqual([3, 5]);
    const roster = await startImport({
      actor: tt.actors.unitAdminB,
      kind: "ROSTER",
      nodeId: tt.nodes.b.id,
      fileName: "r.xlsx",
      bytes: await xlsx(ROSTER_HEADER, [[tt.nodes.a1.code, "越界", null]]),
    });
    expect(roster.errors.map((e) => [e.row, e.message])).toEqual([[2, "imports.errors.unitNotFound"]]);
    // Reporters hold no import.run; leaders neither.
    for (const actor of [tt.actors.reporterA, tt.actors.leader]) {
      await expect(startImport({ actor, kind: "ROSTER", nodeId: tt.nodes.a.id, fileName: "x.xlsx", bytes: tree })).rejects.toMatchObject({ code: "FORBIDDEN" });
    }
    expect((await counts(tt.tenantId)).nodes).toBe(before.nodes);
    expect((await counts(tt.tenantId)).people).toBe(before.people);

    // Jobs: their starter sees them; a sibling unit admin does not; a leader with audit.read over the root does.
    await expect(getImportJob({ actor: tt.actors.unitAdminA, jobId: job.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(getImportJob({ actor: other.actors.tenantAdmin, jobId: job.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await getImportJob({ actor: tt.actors.leader, jobId: job.id })).id).toBe(job.id);
    expect((await getImportJob({ actor: tt.actors.unitAdminB, jobId: job.id })).status).toBe("REJECTED");
  });

  it("imports 10,000 roster rows in one go, with progress a poller can see", { timeout: 240_000 }, async () => {
    const tt = await createTestTenant();
    const actor = tt.actors.tenantAdmin;
    const codes = [tt.nodes.a1.code, tt.nodes.a1c.code, tt.nodes.a1b.code, tt.nodes.b1.code, tt.nodes.b1c.code];
    const rows = Array.from({ length: 10_000 }, (_, i) => [
      codes[i % codes.length],
      `人员${i}`,
      `15${String(i).padStart(9, "0")}`,
      i % 3 === 0 ? "是" : "否",
      i % 2 === 0 ? "是" : null,
      null,
      i % 5 === 0 ? "是" : null,
      null,
      new Date(Date.UTC(2000 + (i % 20), i % 12, 1 + (i % 28))),
      i % 7 === 0 ? "备注" : null,
    ]);
    const bytes = await xlsx(ROSTER_HEADER, rows);
    const before = await counts(tt.tenantId);

    const jobId = `bulk${tt.tag}`;
    const phases = new Set<string>();
    let polling = true;
    const poll = (async () => {
      while (polling) {
        const job = await getImportJob({ actor, jobId }).catch(() => null);
        if (job && job.processed > 0) phases.add(job.phase);
        await new Promise((r) => setTimeout(r, 100));
      }
    })();
    const started = performance.now();
    const job = await startImport({ actor, kind: "ROSTER", nodeId: tt.nodes.root.id, fileName: "一万人.xlsx", bytes, jobId });
    const ms = performance.now() - started;
    polling = false;
    await poll;
    console.log(`10,000-row roster import: ${(ms / 1000).toFixed(2)} s (file ${(bytes.length / 1024).toFixed(0)} KB)`);

    expect(job).toMatchObject({ id: jobId, status: "DONE", total: 10_000, created: 10_000 });
    const after = await counts(tt.tenantId);
    expect(after.people - before.people).toBe(10_000);
    expect(after.audits - before.audits).toBe(10_001);
    expect(await db.person.count({ where: { tenantId: tt.tenantId, isPartyMember: true, name: { startsWith: "人员" } } })).toBe(3334);
    expect([...phases].some((p) => p === "validating" || p === "writing")).toBe(true);

    // The same file again: every phone is now taken, so all 10,000 rows are reported and nothing is written.
    const again = await startImport({ actor, kind: "ROSTER", nodeId: tt.nodes.root.id, fileName: "一万人.xlsx", bytes });
    expect(again).toMatchObject({ status: "REJECTED", errorCount: 10_000 });
    expect(again.errors).toHaveLength(200);
    expect(again.errors[199].row).toBe(201);
    expect((await counts(tt.tenantId)).people).toBe(after.people);
  });

  it("imports a 2,000-node tree", { timeout: 240_000 }, async () => {
    const tt = await createTestTenant();
    const rows: unknown[][] = [];
    for (let c = 0; c < 100; c++) {
      rows.push([tt.nodes.a.code, `C${c}-${tt.tag}`, `社区${c}`, "社区", null]);
      for (let x = 0; x < 9; x++) {
        rows.push([`C${c}-${tt.tag}`, `X${c}_${x}-${tt.tag}`, `小区${c}-${x}`, "小区", null]);
        rows.push([`X${c}_${x}-${tt.tag}`, `Z${c}_${x}-${tt.tag}`, `党支部${c}-${x}`, "党支部", null]);
      }
      rows.push([`C${c}-${tt.tag}`, `E${c}-${tt.tag}`, `企业${c}`, "企业/合作社", null]);
    }
    expect(rows).toHaveLength(2_000);
    const started = performance.now();
    const job = await startImport({ actor: tt.actors.unitAdminA, kind: "ORG_TREE", nodeId: tt.nodes.a.id, fileName: "大树.xlsx", bytes: await xlsx(ORG_HEADER, rows) });
    console.log(`2,000-node tree import: ${((performance.now() - started) / 1000).toFixed(2)} s`);
    expect(job).toMatchObject({ status: "DONE", created: 2_000 });
    const deepest = await db.orgNode.findFirst({ where: { tenantId: tt.tenantId, code: `Z99_8-${tt.tag}` }, include: { parent: true } });
    expect(deepest!.path).toBe(`${deepest!.parent!.path}${deepest!.id}/`);
    expect(deepest!.depth).toBe(tt.nodes.a.depth + 3);
    expect(await db.orgNode.count({ where: { tenantId: tt.tenantId, path: { startsWith: tt.nodes.a.path } } })).toBe(2_000 + 4);
  });
});

describe("roster export", () => {
  async function read(bytes: Buffer) {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes as never);
    const out: string[][] = [];
    wb.worksheets[0].eachRow((r) => out.push((r.values as unknown[]).slice(1).map((v) => String(v ?? ""))));
    return out;
  }

  it("exports the people in scope with masked phones and an audit row", async () => {
    const tt = await createTestTenant();
    const all = await exportRoster({ actor: tt.actors.tenantAdmin, t });
    const rows = await read(all.bytes);
    expect(rows[0]).toEqual(["姓名", "手机号", "单位", "单位编码", "党员", "工会会员", "劳模", "志愿者", "干部", "入职日期", "状态"]);
    expect(rows.slice(1).map((r) => r[0]).sort()).toEqual(Object.values(tt.people).map((p) => p.name).sort());
    for (const r of rows.slice(1)) expect(r[1]).toMatch(/^1\d{2}\*{4}\d{4}$/);
    const a1 = rows.find((r) => r[0] === "甲一居民")!;
    expect(a1.slice(2, 5)).toEqual(["甲一社区", tt.nodes.a1.code, "是"]);
    expect(a1[10]).toBe("在册");
    expect(await db.auditLog.count({ where: { tenantId: tt.tenantId, action: "person.export", actorUserId: tt.userIds.tenantAdmin } })).toBe(1);

    // A unit admin of b sees only b's people; a node outside the scope answers 404; filters apply.
    const b = await read((await exportRoster({ actor: tt.actors.unitAdminB, t })).bytes);
    expect(b.slice(1).map((r) => r[0]).sort()).toEqual(["乙一居民", "乙街道干部"]);
    await expect(exportRoster({ actor: tt.actors.unitAdminB, t, nodeId: tt.nodes.a.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    const searched = await read((await exportRoster({ actor: tt.actors.tenantAdmin, t, nodeId: tt.nodes.a.id, q: "党员" })).bytes);
    expect(searched.slice(1).map((r) => r[0])).toEqual(["甲一党员"]);
    // Representatives read people but hold no export.run.
    await expect(exportRoster({ actor: tt.actors.representative, t })).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});
