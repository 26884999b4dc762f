import type { Browser, Page } from "@playwright/test";
import { expect, randomIp, signIn, tablesScrollingSideways, test } from "./fixtures";

const PHONE = { width: 390, height: 844 };

/** A second signed-in person in their own browser context (a phone or a desk). */
async function as(browser: Browser, username: string, viewport = { width: 1366, height: 900 }): Promise<Page> {
  const context = await browser.newContext({ viewport, locale: "zh-CN", timezoneId: "Asia/Shanghai", extraHTTPHeaders: { "x-forwarded-for": randomIp() } });
  const res = await signIn(context.request, username);
  expect(res.status(), `sign-in of ${username}`).toBeLessThan(400);
  return context.newPage();
}

const num = async (page: Page, testId: string) => Number((await page.getByTestId(testId).textContent())!.trim());

test.describe("participation", () => {
  test("the duty desk and the points queue fit a phone: nothing wider than the screen, no column out of sight", async ({ browser }) => {
    for (const [username, path] of [["lc-supervisor", "/duty"], ["jh-operator", "/points"]]) {
      const page = await as(browser, username, PHONE);
      await page.goto(path);
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      expect(await page.evaluate(() => document.documentElement.scrollWidth), path).toBeLessThanOrEqual(PHONE.width);
      expect(await tablesScrollingSideways(page), path).toEqual([]);
      await page.context().close();
    }
  });

  test("a member signs up, checks in and out on the phone; the branch verifies; the monthly table shows the hours", async ({ browser }) => {
    test.setTimeout(180_000);
    const desk = await as(browser, "lc-branch");
    await desk.goto("/duty");
    const summaryHours = () => desk.getByTestId("duty-summary").locator("tr").first().locator("td").nth(2);
    const before = Number(await summaryHours().textContent());
    await desk.getByTestId("bin-points").getByRole("link").first().click();
    const checkinUrl = (await desk.getByTestId("checkin-url").getAttribute("href"))!;
    expect(checkinUrl).toMatch(/^\/m\/duty\/checkin\//);

    const phone = await as(browser, "lc-member", PHONE);
    await phone.goto("/m");
    const name = (await phone.getByTestId("member-name").textContent())!.trim();
    await phone.getByTestId("tile-duty").click();
    await phone.getByRole("tab").nth(2).click();
    const signup = phone.locator('[data-testid^="signup-"]').first();
    const slotId = (await signup.getAttribute("data-testid"))!.replace("signup-", "");
    await signup.click();
    await expect(phone.getByTestId(`cancel-${slotId}`)).toBeVisible();

    await phone.goto(checkinUrl);
    await expect(phone.getByTestId("checkin-point")).toBeVisible();
    await phone.getByTestId("checkin-button").click();
    await expect(phone.getByTestId("checkin-done")).toBeVisible();
    await expect(phone.getByTestId("checkout-button")).toBeVisible();
    // A shift shorter than a minute cannot be checked out: wait past it.
    await phone.waitForTimeout(61_000);
    await phone.getByTestId("checkout-button").click();
    await expect(phone.getByTestId("checkin-done")).toContainText("签退成功");
    await phone.goto("/m/duty");
    await expect(phone.getByTestId("my-records").locator("li").first()).toContainText("待审核");

    await desk.goto("/duty");
    const row = desk.getByTestId("pending-records").locator("tr").filter({ hasText: name }).filter({ has: desk.locator("td", { hasText: /^1$/ }) });
    await row.locator('[data-testid^="verify-"]').first().click();
    await expect(row).toHaveCount(0);
    await desk.reload();
    expect(Number(await summaryHours().textContent())).toBeGreaterThan(before);
    await expect(desk.getByTestId("summary-people")).toContainText(name);
    await phone.goto("/m/duty");
    await expect(phone.getByTestId("my-records").locator("li").first()).toContainText("已核实");
  });

  test("a supervisor records the day's ledger on the phone", async ({ browser }) => {
    const phone = await as(browser, "jh-supervisor", PHONE);
    await phone.goto("/m");
    await phone.getByTestId("tile-ledger").click();
    await phone.getByTestId("ledger-observed").fill("40");
    await phone.getByTestId("ledger-correct").fill("34");
    await phone.getByTestId("ledger-corrected").fill("3");
    await phone.getByTestId("ledger-form").getByRole("button", { name: "保存台账" }).click();
    await expect(phone.getByText("台账已保存。")).toBeVisible();
    await expect(phone.getByTestId("my-ledgers").locator("li").first()).toContainText("85%");
    // Bad counts are refused with a reason.
    await phone.getByTestId("ledger-correct").fill("50");
    await phone.getByTestId("ledger-form").getByRole("button", { name: "保存台账" }).click();
    await expect(phone.getByTestId("ledger-form-error")).toBeVisible();
  });

  test("a resident's points are awarded by card, verified, confirmed and exchanged at the station, and the stock drops", async ({ browser }) => {
    test.setTimeout(120_000);
    const operator = await as(browser, "jh-operator");
    await operator.goto("/points?tab=cards&q=JH-000001");
    await operator.getByTestId("cards-table").getByRole("link", { name: "打印" }).first().click();
    const cardUrl = (await operator.getByTestId("card-link").getAttribute("href"))!;

    const supervisor = await as(browser, "jh-wcs-supervisor", PHONE);
    await supervisor.goto(cardUrl);
    await expect(supervisor.getByTestId("card-number")).toHaveText("JH-000001");
    const before = await num(supervisor, "card-balance");
    await supervisor.getByTestId("claim-rule").selectOption({ label: "垃圾分类 · 垃圾分类正确投放（+2）" });
    await supervisor.getByTestId("award-form").getByRole("button", { name: "奖励" }).click();
    await expect(supervisor.getByText("已记录，审核通过后入账。")).toBeVisible();

    // 乐翔社工 verifies, then the party organisation confirms.
    await operator.goto("/points?tab=claims");
    const claim = operator.getByTestId("claims-table").locator("tr").filter({ hasText: "JH-000001" });
    await claim.locator('[data-testid^="verify-claim-"]').click();
    await expect(claim.locator('[data-testid^="verify-claim-"]')).toHaveCount(0);
    const admin = await as(browser, "jh-admin");
    await admin.goto("/points?tab=claims");
    const toConfirm = admin.getByTestId("claims-table").locator("tr").filter({ hasText: "JH-000001" });
    await toConfirm.locator('[data-testid^="confirm-claim-"]').click();
    await expect(toConfirm).toHaveCount(0);

    // The exchange: the balance includes the award; 食盐 goes out and its stock drops by one.
    await operator.goto("/stations");
    await operator.getByRole("link", { name: "新大超市积分兑换站" }).click();
    const stock = await num(operator, "stock-食盐");
    await operator.getByTestId("console-card").fill("JH-000001");
    await operator.getByTestId("console-find").click();
    await expect(operator.getByTestId("console-balance")).toHaveText(String(before + 2));
    await operator.getByTestId("plus-食盐").click();
    await operator.getByTestId("console-exchange").click();
    await expect(operator.getByTestId("receipt")).toContainText("食盐 ×1");
    await expect(operator.getByTestId("console-balance")).toHaveText(String(before + 2 - 3));
    await expect(operator.getByTestId("stock-食盐")).toHaveText(String(stock - 1));
    // An unknown card is refused with a clear reason.
    await operator.getByTestId("console-card").fill("JH-999999");
    await operator.getByTestId("console-find").click();
    await expect(operator.getByTestId("console-error")).toBeVisible();
  });

  test("the coverage page shows a household without a member, and the gap closes after a link is assigned", async ({ loginAs }) => {
    const page = await loginAs("lc-admin");
    await page.goto("/links");
    const option = page.getByTestId("coverage-node").locator("option", { hasText: "燕山花园（小区）" });
    await page.getByTestId("coverage-node").selectOption((await option.getAttribute("value"))!);
    await page.getByRole("button", { name: "搜索" }).click();
    await expect(page.getByTestId("coverage-gaps")).toContainText("3单元 601");
    expect(await num(page, "coverage-stat-gaps")).toBe(1);
    const member = (await page.getByTestId("coverage-members").locator("li a").first().textContent())!.trim();
    await page.getByTestId("coverage-gaps").locator('[data-testid^="assign-"]').first().click();
    await page.getByTestId("link-search").fill(member);
    await page.getByRole("button", { name: new RegExp(member) }).first().click();
    await expect(page.getByTestId("coverage-stat-gaps")).toHaveText("0");
    await expect(page.getByText("全部住户都有党员联系。")).toBeVisible();
  });
});
