import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { exportAggregatedTable, exportPeriod } from "@/lib/reports/export";
import { writeReport } from "@/lib/reports/write-submissions";
import { createTestTenant, owner } from "../factories/tenant";
import { addUser, at, createBinDutyType, createWeeklyType, minimalWeekly, translator, WEEK } from "./reports-fixtures";

async function read(bytes: Buffer) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as never);
  return wb;
}

const t = translator();

describe("report exports", () => {
  it("writes one period's reports for a subtree, a row per unit, and the table rows on their own sheet", async () => {
    const tt = await createTestTenant();
    await createWeeklyType(tt);
    await writeReport({
      actor: tt.actors.reporterA,
      action: "submit",
      input: {
        type: "weekly_progress",
        period: WEEK,
        nodeId: tt.nodes.a1.id,
        data: { ...minimalWeekly, tips: "旧物改造", activities: [{ name: "入户宣传", date: "2027-03-08", kind: "publicity", participants: 12 }, { name: "桶前值守", date: "2027-03-09", kind: "binDuty", participants: 8 }] },
        baseVersion: 0,
      },
      now: at(-1),
    });
    const { bytes } = await exportPeriod({ actor: tt.actors.leader, t, type: "weekly_progress", period: WEEK, now: at(5) });
    const wb = await read(bytes);
    const ws = wb.worksheets[0];
    expect(ws.name).toBe("报表汇总");
    const header = (ws.getRow(1).values as unknown[]).slice(1);
    expect(header.slice(0, 8)).toEqual(["序号", "单位", "单位编码", "上级单位", "状态", "提交时间", "按时", "审核进度"]);
    expect(header).toContain("职工参与人次（人次）");
    expect(header).toContain("主题活动开展情况（条）");
    expect(header).toContain("主题活动开展情况·参与人数（合计）");
    const col = (name: string) => header.indexOf(name) + 1;
    // Units in tree order: a1, a1b (under a1's compound), b1.
    expect([2, 3, 4].map((r) => ws.getRow(r).getCell(2).value)).toEqual(["甲一社区", "甲一小区党支部", "乙一社区"]);
    const a1 = ws.getRow(2);
    expect(a1.getCell(col("状态")).value).toBe("按时提交");
    expect(a1.getCell(col("提交时间")).value).toBe("2027-03-10 16:59");
    expect(a1.getCell(col("按时")).value).toBe("是");
    expect(a1.getCell(col("审核进度")).value).toBe("0/1");
    expect(a1.getCell(col("工作推进情况")).value).toBe(minimalWeekly.progress);
    expect(a1.getCell(col("小妙招小建议")).value).toBe("旧物改造");
    expect(a1.getCell(col("职工参与人次（人次）")).value).toBe(12);
    expect(a1.getCell(col("主题活动开展情况（条）")).value).toBe(2);
    expect(a1.getCell(col("主题活动开展情况·参与人数（合计）")).value).toBe(20);
    expect(ws.getRow(3).getCell(col("状态")).value).toBe("缺报");
    expect(ws.getRow(3).getCell(col("工作推进情况")).value).toBeNull();
    const rows = wb.getWorksheet("主题活动开展情况")!;
    expect((rows.getRow(1).values as unknown[]).slice(1)).toEqual(["单位", "活动名称", "日期", "类型", "参与人数（人）"]);
    expect((rows.getRow(2).values as unknown[]).slice(1)).toEqual(["甲一社区", "入户宣传", "2027-03-08", "宣传动员", 12]);
    expect((rows.getRow(3).values as unknown[]).slice(1)).toEqual(["甲一社区", "桶前值守", "2027-03-09", "桶前值守", 8]);
    expect(rows.rowCount).toBe(3);

    // A unit admin's export covers their subtree only.
    const b = await exportPeriod({ actor: tt.actors.unitAdminB, t, type: "weekly_progress", period: WEEK, now: at(5) });
    const wbB = await read(b.bytes);
    expect(wbB.worksheets[0].rowCount).toBe(2);
    expect(wbB.worksheets[0].getRow(2).getCell(2).value).toBe("乙一社区");
    // Reading needs export.run: a representative may not export.
    await expect(exportPeriod({ actor: tt.actors.representative, t, type: "weekly_progress", period: WEEK })).rejects.toMatchObject({ code: "FORBIDDEN" });
    const db = owner();
    const audits = await db.auditLog.count({ where: { tenantId: tt.tenantId, action: "report.export" } });
    await db.$disconnect();
    expect(audits).toBe(2);
  });

  it("writes the monthly bin-duty table in the layout of attachment 2, with totals and the units that did not file", async () => {
    const tt = await createTestTenant();
    await createBinDutyType(tt);
    const b1Reporter = await addUser(tt, tt.nodes.b1.id, "REPORTER");
    // November's table is due on 18 December 17:00.
    const now = new Date("2026-12-10T02:00:00Z");
    await writeReport({ actor: tt.actors.reporterA, action: "submit", input: { type: "bin_duty_monthly", period: "2026-11", nodeId: tt.nodes.a1.id, data: { dutyPeople: 18, totalHours: 45.5, reachedNorm: 15, partyMembers: 9, remarks: "含志愿者" }, baseVersion: 0 }, now });
    await writeReport({ actor: b1Reporter, action: "submit", input: { type: "bin_duty_monthly", period: "2026-11", nodeId: tt.nodes.b1.id, data: { dutyPeople: 6, totalHours: 10, reachedNorm: 4 }, baseVersion: 0 }, now });
    const { bytes, title } = await exportAggregatedTable({ actor: tt.actors.tenantAdmin, t, type: "bin_duty_monthly", period: "2026-11" });
    expect(title).toBe("全区工会系统参与“桶前值守”情况统计表（2026年11月）");
    const ws = (await read(bytes)).worksheets[0];
    expect(ws.getCell("A1").value).toBe(title);
    expect(ws.getCell("A1").isMerged).toBe(true);
    expect(ws.getCell("G1").isMerged).toBe(true);
    expect(ws.getCell("A2").value).toBe(`填报单位：${tt.nodes.root.name}`);
    expect((ws.getRow(3).values as unknown[]).slice(1)).toEqual(["序号", "单位", "参与值守人数（人）", "值守总时长（小时）", "达到2小时人数（人）", "其中党员人数（人）", "备注"]);
    expect((ws.getRow(4).values as unknown[]).slice(1)).toEqual([1, "甲一社区", 18, 45.5, 15, 9, "含志愿者"]);
    expect((ws.getRow(5).values as unknown[]).slice(1)).toEqual([2, "乙一社区", 6, 10, 4]);
    expect(ws.getRow(6).getCell(1).value).toBeNull();
    expect(ws.getRow(6).getCell(2).value).toBe("合计");
    expect([3, 4, 5, 6].map((c) => ws.getRow(6).getCell(c).value)).toEqual([24, 55.5, 19, 9]);
    expect(ws.getRow(8).getCell(2).value).toBe("已报 2 个单位，应报 2 个单位。");
    expect(ws.getCell("C4").border?.top?.style).toBe("thin");
  });
});
