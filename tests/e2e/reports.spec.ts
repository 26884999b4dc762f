import type { Browser, Page } from "@playwright/test";
import { expect, randomIp, signIn, tablesScrollingSideways, test } from "./fixtures";

// A fixed clock: the server honours x-test-now (ALLOW_TEST_CLOCK=1 in the Playwright web server only).
// 2031-W02 runs Monday 6 to Sunday 12 January 2031; the weekly report is due Wednesday 8 January 17:00 Beijing time.
const WEEK = "2031-W02";
const at = (hhmm: string) => `2031-01-08T${hhmm}:00+08:00`;

/** A signed-in page whose every request (pages, server actions) runs at `now`. */
async function pageAs(browser: Browser, username: string, now: string, viewport?: { width: number; height: number }): Promise<Page> {
  const context = await browser.newContext({ extraHTTPHeaders: { "x-forwarded-for": randomIp(), "x-test-now": now }, ...(viewport ? { viewport } : {}) });
  const page = await context.newPage();
  const res = await signIn(page.request, username);
  expect(res.status(), `sign-in of ${username}`).toBeLessThan(400);
  return page;
}

async function setClock(page: Page, now: string) {
  await page.context().setExtraHTTPHeaders({ "x-forwarded-for": randomIp(), "x-test-now": now });
}

async function fileWeekly(page: Page, participation: string) {
  await page.goto("/reports");
  await page.getByTestId(`period-weekly_progress-${WEEK}`).getByRole("link", { name: "填写" }).click();
  await expect(page.getByTestId("report-form")).toBeVisible();
  await page.locator("#f-progress").fill("组织职工开展垃圾分类知识宣讲，党员带头桶前值守。");
  await page.locator("#f-participation").fill(participation);
  await page.getByTestId("add-row-activities").click();
  await page.locator('[id="f-activities.0.name"]').fill("桶前值守志愿服务");
  await page.locator('[id="f-activities.0.date"]').fill("2031-01-07");
  await page.locator('[id="f-activities.0.kind"]').selectOption({ label: "桶前值守" });
  await page.locator('[id="f-activities.0.participants"]').fill("24");
  await page.locator("#f-results").click();
  await expect(page.getByTestId("autosave")).toContainText("已自动保存");
  await page.getByTestId("submit-report").click();
  await page.getByTestId("confirm-submit").click();
}

test.describe("weekly report", () => {
  test("16:59 is on time and 17:01 late; the leader sees 50% on time; a return is corrected and approved", async ({ browser }) => {
    // 窦店镇总工会 submits at 16:59.
    const doudian = await pageAs(browser, "fs-unit", at("16:59"));
    await fileWeekly(doudian, "86");
    await expect(doudian.getByTestId("report-status")).toHaveAttribute("data-status", "SUBMITTED_ON_TIME");
    await expect(doudian.getByTestId("report-values")).toContainText("桶前值守志愿服务");
    await expect(doudian.getByTestId("autosave")).toHaveCount(0);

    // 周口店镇总工会 submits at 17:01.
    const zhoukoudian = await pageAs(browser, "r-fs-zkd", at("17:01"));
    await fileWeekly(zhoukoudian, "40");
    await expect(zhoukoudian.getByTestId("report-status")).toHaveAttribute("data-status", "SUBMITTED_LATE");

    // The leader: one on time, one late, 50% of the filed ones on time.
    const leader = await pageAs(browser, "fs-leader", at("17:05"));
    await leader.goto(`/reports/completeness?type=weekly_progress&from=${WEEK}&to=${WEEK}`);
    const rows = leader.getByTestId("completeness-rows");
    const row = (name: string) => rows.locator(`tr[data-unit="${name}"]`);
    await expect(row("窦店镇总工会").locator("td").nth(2)).toHaveText("1"); // filed
    await expect(row("窦店镇总工会").locator("td").nth(3)).toHaveText("1"); // on time
    await expect(row("周口店镇总工会").locator("td").nth(3)).toHaveText("0");
    await expect(row("周口店镇总工会").locator("td").nth(4)).toHaveText("1"); // late
    await expect(leader.getByTestId("total-submitted")).toHaveText("2");
    await expect(leader.getByTestId("total-onTime")).toHaveText("1");
    await expect(leader.getByTestId("total-onTimeRate")).toHaveText("50%");
    await expect(leader.getByTestId("missing-list")).toContainText("区直机关工会");

    // The district returns 窦店's report with a comment.
    const admin = await pageAs(browser, "fs-admin", at("18:00"));
    await admin.goto("/reports/review");
    await admin.getByTestId("review-queue").locator("tr", { hasText: "窦店镇总工会" }).filter({ hasText: "2031年第2周" }).getByRole("link", { name: "审核" }).click();
    await admin.locator("#review-comment").fill("请补充参与人数的统计口径。");
    await admin.getByTestId("return-report").click();
    await expect(admin.getByTestId("report-status")).toHaveAttribute("data-status", "RETURNED");

    // The unit sees the comment, corrects and submits again: still on time (judged on the first submission).
    await setClock(doudian, at("19:30"));
    await doudian.reload();
    await expect(doudian.getByTestId("return-comment")).toContainText("请补充参与人数的统计口径。");
    await doudian.locator("#f-participation").fill("92");
    await doudian.getByTestId("submit-report").click();
    await doudian.getByTestId("confirm-submit").click();
    await expect(doudian.getByTestId("report-status")).toHaveAttribute("data-status", "SUBMITTED_ON_TIME");
    await expect(doudian.getByTestId("report-values").locator('[data-field="participation"]')).toContainText("92");

    // Approved; the history keeps every version with the diff of the correction.
    await setClock(admin, at("20:00"));
    await admin.reload();
    await admin.getByTestId("approve-report").click();
    await expect(admin.getByTestId("report-status")).toHaveAttribute("data-status", "APPROVED");
    const history = admin.getByTestId("revision-history");
    await expect(history).toContainText("第 1 级退回");
    await history.locator("li", { hasText: "提交" }).first().getByRole("button").click();
    await expect(admin.getByTestId("revision-diff")).toContainText("92");
    await expect(admin.getByTestId("revision-diff")).toContainText("86");
  });

  test("the review queue and the completeness page fit a phone: no column pushed out of sight", async ({ browser }) => {
    const admin = await pageAs(browser, "fs-admin", "2031-01-15T10:00:00+08:00", { width: 390, height: 844 });
    await admin.goto("/reports/review");
    await expect(admin.getByRole("heading", { name: "待我审核" })).toBeVisible();
    expect(await tablesScrollingSideways(admin)).toEqual([]);
    const leader = await pageAs(browser, "fs-leader", "2031-01-15T10:00:00+08:00", { width: 390, height: 844 });
    await leader.goto("/reports/completeness?type=weekly_progress&from=2031-W01&to=2031-W03");
    await expect(leader.getByTestId("missing-list")).toBeVisible();
    expect(await tablesScrollingSideways(leader)).toEqual([]);
  });

  test("a reporter files from a phone at 390 px", async ({ browser }) => {
    const page = await pageAs(browser, "r-fs-jr", "2031-01-15T10:00:00+08:00", { width: 390, height: 844 });
    await page.goto("/reports");
    expect(await tablesScrollingSideways(page)).toEqual([]);
    await page.getByTestId("period-weekly_progress-2031-W03").getByRole("link", { name: "填写" }).click();
    await expect(page.getByTestId("report-form")).toBeVisible();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.locator("#f-progress").fill("手机填报：开展入户宣传。");
    await page.locator("#f-participation").fill("15");
    await page.getByTestId("submit-report").click();
    await page.getByTestId("confirm-submit").click();
    await expect(page.getByTestId("report-status")).toHaveAttribute("data-status", "SUBMITTED_ON_TIME");
  });
});
