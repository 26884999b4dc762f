import { expect, randomIp, test } from "./fixtures";

const ROLES: [string, string, RegExp][] = [
  ["fs-admin", "/home", /房山区总工会/],
  ["fs-leader", "/home", /房山区总工会/],
  ["fs-unit", "/home", /窦店镇总工会/],
  ["fs-rep", "/home", /.+/],
  ["lc-admin", "/home", /溧城街道/],
  ["lc-branch", "/home", /燕山花园党支部/],
  ["lc-member", "/m", /.+/],
  ["jh-admin", "/home", /江海区/],
  ["root", "/platform", /.+/],
];

test.describe("sign-in and sign-out", () => {
  for (const [username, landing, text] of ROLES) {
    test(`${username} signs in through the form, lands on ${landing}, and signs out`, async ({ page }) => {
      await page.goto("/login");
      await page.fill("#username", username);
      await page.fill("#password", "demo12345");
      await page.click("button[type=submit]");
      await page.waitForURL(`**${landing}`);
      await expect(page.locator("body")).toContainText(text);
      await page.getByTestId("sign-out").click();
      await page.waitForURL("**/login**");
      await page.goto("/home");
      await expect(page).toHaveURL(/\/login/);
    });
  }

  test("a wrong password is refused with a plain message", async ({ page }) => {
    await page.goto("/login");
    await page.fill("#username", "fs-admin");
    await page.fill("#password", "not-the-password");
    await page.click("button[type=submit]");
    await expect(page.getByRole("alert").filter({ hasText: "账号或密码不正确" })).toBeVisible();
    await expect(page).toHaveURL(/\/login/);
  });

  test("ten failures block the account for a while, even with the right password", async ({ page, context }) => {
    // A fresh account of its own, so the block never touches other tests.
    const res = await page.request.get("/api/health");
    expect(res.ok()).toBe(true);
    await page.goto("/login");
    for (let i = 0; i < 10; i++) {
      await context.setExtraHTTPHeaders({ "x-forwarded-for": randomIp() });
      await page.fill("#username", "jh-admin-throttle");
      await page.fill("#password", `wrong-${i}`);
      await page.click("button[type=submit]");
      await expect(page.getByRole("alert").filter({ hasText: /账号或密码不正确/ })).toBeVisible();
    }
    await page.fill("#username", "jh-admin-throttle");
    await page.fill("#password", "demo12345");
    await page.click("button[type=submit]");
    await expect(page.getByRole("alert").filter({ hasText: /登录失败次数过多，请 \d+ 分钟后再试/ })).toBeVisible();
  });
});
