import { createAccountViaUi as createAccount, expect, randomIp, test } from "./fixtures";

test.describe("accounts", () => {
  test("an account made by an admin must change its password at first sign-in", async ({ loginAs, browser }) => {
    const admin = await loginAs("jh-admin");
    const username = `e2e-first-${Date.now() % 1000000}`;
    const temp = await createAccount(admin, username);

    const context = await browser.newContext({ extraHTTPHeaders: { "x-forwarded-for": randomIp() } });
    const page = await context.newPage();
    await page.goto("/login");
    await page.fill("#username", username);
    await page.fill("#password", temp);
    await page.click("button[type=submit]");
    await page.waitForURL("**/change-password");
    // Nothing else opens until the password is changed.
    await page.goto("/home");
    await expect(page).toHaveURL(/change-password/);
    await page.fill("#currentPassword", temp);
    await page.fill("#newPassword", "password1");
    await page.fill("#confirmPassword", "password1");
    await page.getByRole("button", { name: "保存新密码" }).click();
    await expect(page.getByText(/密码太常见|至少三类/).first()).toBeVisible();
    await page.fill("#newPassword", "Lv7-tQ9#pw2026");
    await page.fill("#confirmPassword", "Lv7-tQ9#pw2026");
    await page.getByRole("button", { name: "保存新密码" }).click();
    await page.waitForURL("**/home");
    await expect(page.getByTestId("tenant-name")).toHaveText("江海区");
    await context.close();
  });

  test("ten failures block a real account for a while, even with the right password", async ({ loginAs, browser }) => {
    const admin = await loginAs("jh-admin");
    const username = `e2e-lock-${Date.now() % 1000000}`;
    const temp = await createAccount(admin, username);
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto("/login");
    for (let i = 0; i < 10; i++) {
      await context.setExtraHTTPHeaders({ "x-forwarded-for": randomIp() });
      await page.fill("#username", username);
      await page.fill("#password", `wrong-${i}`);
      await page.click("button[type=submit]");
      await expect(page.getByRole("alert").filter({ hasText: /账号或密码不正确/ })).toBeVisible();
    }
    await context.setExtraHTTPHeaders({ "x-forwarded-for": randomIp() });
    await page.fill("#username", username);
    await page.fill("#password", temp);
    await page.click("button[type=submit]");
    await expect(page.getByRole("alert").filter({ hasText: /登录失败次数过多，请 \d+ 分钟后再试/ })).toBeVisible();
    await expect(page).toHaveURL(/\/login/);
    await context.close();
  });

  test("a masked phone is revealed by a permitted admin (and audited), never by a reporter", async ({ loginAs, page, browser }) => {
    await loginAs("fs-admin");
    await page.goto("/people?q=%E5%88%98");
    await page.getByTestId("people-table").locator("a").first().click();
    const value = page.getByTestId("phone-value");
    await expect(value).toHaveText(/^\d{3}\*{4}\d{4}$/);
    const personUrl = page.url();
    await page.getByTestId("reveal-phone").click();
    await expect(value).toHaveText(/^1\d{10}$/);
    await page.goto("/audit");
    await expect(page.locator("body")).toContainText("查看完整手机号");

    const context = await browser.newContext({ extraHTTPHeaders: { "x-forwarded-for": randomIp() } });
    const reporter = await context.newPage();
    const { signIn } = await import("./fixtures");
    await signIn(reporter.request, "fs-unit");
    // The reporter's unit does not contain this person, or the reporter lacks the permission: no button, no number.
    const res = await reporter.goto(personUrl);
    if (res?.status() === 200) {
      await expect(reporter.getByTestId("phone-value")).toHaveText(/\*{4}/);
      await expect(reporter.getByTestId("reveal-phone")).toHaveCount(0);
    } else {
      expect(res?.status()).toBe(404);
    }
    await context.close();
  });

  test("the platform admin sees the tenants", async ({ loginAs, page }) => {
    await loginAs("root");
    await page.goto("/");
    await expect(page).toHaveURL(/\/platform/);
    for (const name of ["房山区总工会", "溧城街道", "江海区"]) await expect(page.getByText(name).first()).toBeVisible();
  });
});
