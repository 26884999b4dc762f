import ExcelJS from "exceljs";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect, test } from "./fixtures";

async function workbook(rows: (string | number | null)[][], headers: string[]) {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("人员");
  ws.addRow(headers);
  for (const r of rows) ws.addRow(r);
  const file = path.join(os.tmpdir(), `roster-${Date.now()}-${Math.random().toString(36).slice(2)}.xlsx`);
  await wb.xlsx.writeFile(file);
  return file;
}

const HEADERS = ["单位编码", "姓名", "手机号", "党员", "工会会员", "劳模", "志愿者", "干部", "入职日期", "备注"];

test("roster import round trip: template, a rejected file with its row errors, the fixed file, and the export", async ({ loginAs, page }) => {
  await loginAs("fs-admin");
  await page.goto("/import");
  await page.getByTestId("import-kind-roster").click();
  // The template downloads with Chinese headers.
  const [tpl] = await Promise.all([page.waitForEvent("download"), page.getByTestId("import-template").click()]);
  const tplFile = path.join(os.tmpdir(), `tpl-${Date.now()}.xlsx`);
  await tpl.saveAs(tplFile);
  const tplBook = new ExcelJS.Workbook();
  await tplBook.xlsx.readFile(tplFile);
  expect(tplBook.worksheets[0].getRow(1).values).toEqual(expect.arrayContaining(["姓名", "手机号"]));

  const stamp = String(Date.now()).slice(-6);
  const good = (i: number) => ["FS-P01", `导入测试${stamp}-${i}`, `139${stamp}${String(i).padStart(2, "0")}`, "是", "是", "否", "否", "否", "2020-05-01", null];
  const bad = await workbook([good(1), ["NO-SUCH-UNIT", "无单位", "13900000000", "是", "", "", "", "", "", null], good(3), ["FS-P01", "", "123", "也许", "", "", "", "", "", null]], HEADERS);
  await page.getByTestId("import-file").setInputFiles(bad);
  await page.getByTestId("import-submit").click();
  const result = page.getByTestId("import-result");
  await expect(result).toHaveAttribute("data-status", "REJECTED");
  await expect(page.getByTestId("import-error-row").first()).toBeVisible();
  const rows = await page.getByTestId("import-error-row").evaluateAll((els) => els.map((e) => e.getAttribute("data-row")));
  expect(new Set(rows)).toEqual(new Set(["3", "5"]));
  const [report] = await Promise.all([page.waitForEvent("download"), page.getByTestId("import-error-report").click()]);
  expect(report.suggestedFilename()).toMatch(/\.xlsx$/);

  // Nothing was written: the good rows of the rejected file are not on the roster.
  await page.goto(`/people?q=${encodeURIComponent(`导入测试${stamp}`)}`);
  await expect(page.getByText("没有符合条件的人员")).toBeVisible();

  await page.goto("/import");
  await page.getByTestId("import-kind-roster").click();
  const fixed = await workbook([good(1), good(2), good(3)], HEADERS);
  await page.getByTestId("import-file").setInputFiles(fixed);
  await page.getByTestId("import-submit").click();
  await expect(page.getByTestId("import-result")).toHaveAttribute("data-status", "DONE");

  await page.goto(`/people?q=${encodeURIComponent(`导入测试${stamp}`)}`);
  await expect(page.getByTestId("people-table").locator("tr")).toHaveCount(3);
  const [exported] = await Promise.all([page.waitForEvent("download"), page.getByTestId("people-export").click()]);
  const out = path.join(os.tmpdir(), `export-${Date.now()}.xlsx`);
  await exported.saveAs(out);
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(out);
  const sheet = book.worksheets[0];
  const values = sheet.getSheetValues().flat().map((v) => String(v ?? ""));
  expect(values).toContain(`导入测试${stamp}-1`);
  // Phones leave masked.
  expect(values.some((v) => /^139\*{4}\d{4}$/.test(v))).toBe(true);
  expect(values.some((v) => new RegExp(`^139${stamp}\\d{2}$`).test(v))).toBe(false);
  for (const f of [bad, fixed, out, tplFile]) fs.rmSync(f, { force: true });
});
