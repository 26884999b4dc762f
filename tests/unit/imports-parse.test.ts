import ExcelJS from "exceljs";
import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import zh from "@/lib/i18n/messages/zh-CN/imports.json";
import type { RowError } from "@/lib/imports/cells";
import { describeErrors, buildErrorReport } from "@/lib/imports/error-report";
import { declaredUnzippedSize, parseXlsx } from "@/lib/imports/parse-xlsx";
import { buildTemplate, ORG_COLUMNS, ROSTER_COLUMNS } from "@/lib/imports/templates";

const t = createTranslator({ locale: "zh-CN", messages: { imports: zh } }) as unknown as (k: string, p?: Record<string, string | number>) => string;

async function xlsx(rows: unknown[][], sheetName = "Sheet1"): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(sheetName);
  for (const r of rows) ws.addRow(r);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

const KINDS = [
  { code: "street", name: "街道", parentCodes: [], allowRoot: true },
  { code: "community", name: "社区", parentCodes: ["street"], allowRoot: false },
];

describe("parseXlsx", () => {
  it("reads the template it hands out: headers, example row, notes sheet ignored", async () => {
    const bytes = await buildTemplate("ROSTER", { kinds: KINDS, t, parentCode: "A-1" });
    const rows = await parseXlsx(bytes, ROSTER_COLUMNS);
    expect(rows).toHaveLength(1);
    expect(rows[0].row).toBe(2);
    expect(rows[0].values).toMatchObject({ unitCode: "A-1", name: "张三", phone: "13800000000", isPartyMember: "是" });
    expect(rows[0].values.joinedAt).toEqual(new Date(Date.UTC(2024, 2, 1)));

    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await buildTemplate("ORG_TREE", { kinds: KINDS, t })) as never);
    expect(wb.worksheets.map((w) => w.name)).toEqual(["组织架构", "说明"]);
    expect(wb.worksheets[0].getRow(1).values).toEqual([undefined, ...ORG_COLUMNS.map((c) => c.header)]);
    expect(wb.worksheets[0].views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    const notes: string[] = [];
    wb.worksheets[1].eachRow((r) => notes.push(String(r.getCell(1).value ?? "")));
    expect(notes).toEqual(expect.arrayContaining(["单位编码", "街道", "社区"]));
  });

  it("maps headers with spaces, marks and English aliases; handles rich text, formulas, dates; skips empty rows", async () => {
    const bytes = await xlsx([
      ["2024 年花名册"],
      [" 姓名 ", "Unit Code", "手机号*", "党员（是/否）", "入职日期"],
      [{ richText: [{ text: "张" }, { text: "三" }] }, "SQ1", 13800000001, { formula: "IF(1,\"是\",\"否\")", result: "是" }, new Date(Date.UTC(2020, 4, 6))],
      [],
      [null, null, null, null, null],
      ["李四", { text: "SQ2", hyperlink: "http://example.com" }, "13800000002", "否", "2021-01-02"],
    ]);
    const rows = await parseXlsx(bytes, ROSTER_COLUMNS);
    expect(rows).toEqual([
      { row: 3, values: expect.objectContaining({ name: "张三", unitCode: "SQ1", phone: 13800000001, isPartyMember: "是", joinedAt: new Date(Date.UTC(2020, 4, 6)) }) },
      { row: 6, values: expect.objectContaining({ name: "李四", unitCode: "SQ2", phone: "13800000002", isPartyMember: "否", joinedAt: "2021-01-02" }) },
    ]);
    expect(rows[0].values.note).toBeUndefined();
  });

  it("keeps Chinese text intact across a large sheet (exceljs's streaming reader garbles it at chunk edges)", async () => {
    const body = Array.from({ length: 5_000 }, (_, i) => ["甲一社区编码", `人员${i}号`, null, null, null, null, null, null, null, `备注：第${i}行，党建引领垃圾分类`]);
    const rows = await parseXlsx(await xlsx([ROSTER_COLUMNS.map((c) => c.header), ...body]), ROSTER_COLUMNS);
    expect(rows).toHaveLength(5_000);
    expect(rows.filter((r, i) => r.values.name !== `人员${i}号` || r.values.note !== `备注：第${i}行，党建引领垃圾分类`)).toEqual([]);
  });

  it("refuses what is not an xlsx by its content, not its name", async () => {
    await expect(parseXlsx(Buffer.from("姓名,手机号\n张三,13800000000\n"), ROSTER_COLUMNS)).rejects.toMatchObject({ code: "UNSUPPORTED_MEDIA", messageKey: "errors.fileType" });
    const zipButNotXlsx = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(200)]);
    await expect(parseXlsx(zipButNotXlsx, ROSTER_COLUMNS)).rejects.toMatchObject({ code: "UNSUPPORTED_MEDIA" });
  });

  it("says which required columns are missing, and when there are no data rows", async () => {
    await expect(parseXlsx(await xlsx([["姓名", "手机号"], ["张三", "13800000000"]]), ROSTER_COLUMNS)).rejects.toMatchObject({
      messageKey: "imports.errors.missingColumns",
      params: { columns: "单位编码" },
    });
    await expect(parseXlsx(await xlsx([["单位编码", "姓名"]]), ROSTER_COLUMNS)).rejects.toMatchObject({ messageKey: "errors.fileEmpty" });
  });

  it("refuses more than 20,000 data rows", async () => {
    const body = Array.from({ length: 20_001 }, (_, i) => ["SQ1", `人${i}`]);
    const bytes = await xlsx([["单位编码", "姓名"], ...body]);
    await expect(parseXlsx(bytes, ROSTER_COLUMNS)).rejects.toMatchObject({ messageKey: "errors.fileTooManyRows", params: { max: 20_000 } });
    expect(declaredUnzippedSize(bytes)).toBeGreaterThan(bytes.length);
  });
});

describe("error report", () => {
  it("translates errors and writes 行号 / 列 / 原因 / 原始内容", async () => {
    const errors: RowError[] = [
      { row: 3, column: "phone", message: "imports.errors.phoneDuplicateInFile", params: { first: 2 }, value: "13800000001" },
      { row: 4, column: "kind", message: "imports.errors.kindNotAllowed", params: { kind: "小区", parent: "街道" } },
    ];
    expect(describeErrors(errors.slice(0, 1), "ROSTER", t)).toEqual([{ row: 3, column: "手机号", message: "与第 2 行的手机号重复", value: "13800000001" }]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await buildErrorReport({ kind: "ORG_TREE", fileName: "a.xlsx", errors }, t)) as never);
    const ws = wb.worksheets[0];
    expect(ws.getRow(1).values).toEqual([undefined, "行号", "列", "原因", "原始内容"]);
    expect(ws.getRow(3).values).toEqual([undefined, 4, "单位类型", "“小区”不能放在“街道”下"]);
  });
});
