import { expect, test } from "./fixtures";

test.describe("organisation tree", () => {
  test("a member who opens /org goes home (the phone pages), not to an error page", async ({ loginAs }) => {
    const page = await loginAs("lc-member");
    await page.goto("/org");
    await expect(page).toHaveURL(/\/m$/);
    await expect(page.getByText("出错了")).toHaveCount(0);
  });

  test("an admin adds, renames, moves and archives a unit", async ({ loginAs }) => {
    const page = await loginAs("lc-admin");
    await page.goto("/org");
    await expect(page.getByTestId("node-title")).toHaveText("溧城街道");
    await page.getByRole("link", { name: "燕山社区" }).first().click();
    await expect(page.getByTestId("node-title")).toHaveText("燕山社区");

    const name = `测试小区${Date.now() % 100000}`;
    await page.getByTestId("add-child").click();
    const dialog = page.getByRole("dialog");
    await dialog.getByLabel("单位类型").selectOption({ label: "小区" });
    await dialog.getByLabel("名称").fill(name);
    await dialog.getByRole("button", { name: "新建" }).click();
    await expect(page.getByTestId("node-title")).toHaveText(name);
    await expect(page.getByTestId("breadcrumb")).toContainText("燕山社区");

    await page.getByTestId("edit-node").click();
    await page.getByRole("dialog").getByLabel("名称").fill(`${name}（改）`);
    await page.getByRole("dialog").getByRole("button", { name: "保存" }).click();
    await expect(page.getByTestId("node-title")).toHaveText(`${name}（改）`);

    await page.getByTestId("move-node").click();
    await page.getByTestId("node-picker-search").fill("罗湾社区");
    await page.getByRole("dialog").getByRole("button", { name: /罗湾社区/ }).click();
    await page.getByRole("dialog").getByRole("button", { name: "移动" }).click();
    await expect(page.getByTestId("breadcrumb")).toContainText("罗湾社区");

    await page.getByRole("button", { name: "归档" }).click();
    await page.getByRole("dialog").getByRole("button", { name: "归档" }).click();
    await expect(page.getByText("已归档").first()).toBeVisible();
  });

  test("a kind that may not sit here is refused with a reason", async ({ loginAs }) => {
    const page = await loginAs("lc-admin");
    await page.goto("/org");
    await page.getByRole("link", { name: "八字桥村" }).first().click();
    // Wait for the navigation: the root's own "add" button is on screen until the village's page arrives.
    await expect(page.getByTestId("node-title")).toHaveText("八字桥村");
    // A village offers only the kinds allowed under it.
    await page.getByTestId("add-child").click();
    await expect(page.getByRole("dialog").getByLabel("单位类型")).toBeVisible();
    const options = await page.getByRole("dialog").getByLabel("单位类型").locator("option").allTextContents();
    expect(options).toEqual(expect.arrayContaining(["小区", "党支部"]));
    expect(options).not.toContain("社区");
  });

  test("another tenant's node answers 404 by URL", async ({ loginAs, page }) => {
    await loginAs("jh-admin");
    await page.goto("/org");
    const jianghaiRoot = page.url().split("/org/")[1];
    await page.context().clearCookies();
    await loginAs("lc-admin");
    const res = await page.goto(`/org/${jianghaiRoot}`);
    expect(res?.status()).toBe(404);
    await expect(page.getByTestId("not-found")).toBeVisible();
    const api = await page.request.get(`/api/v1/nodes/${jianghaiRoot}`);
    expect(api.status()).toBe(404);
  });
});

test.describe("roster", () => {
  test("search by name and by the last four digits, with masked phones", async ({ loginAs }) => {
    const page = await loginAs("fs-admin");
    await page.goto("/people");
    const firstRow = page.getByTestId("people-table").locator("tr").first();
    const name = (await firstRow.locator("td").first().locator("a").textContent())!.trim();
    const phone = (await firstRow.locator("td").nth(1).textContent())!.trim();
    expect(phone).toMatch(/^\d{3}\*{4}\d{4}$/);
    await page.getByTestId("people-search").fill(name);
    await page.getByTestId("people-search").press("Enter");
    await expect(page.getByTestId("people-table").locator("tr").first()).toContainText(name);
    await page.getByTestId("people-search").fill(phone.slice(-4));
    await page.getByTestId("people-search").press("Enter");
    await expect(page.getByTestId("people-table")).toContainText(phone);
    await page.getByTestId("people-search").fill("不存在的人名");
    await page.getByTestId("people-search").press("Enter");
    await expect(page.getByText("没有符合条件的人员")).toBeVisible();
  });
});

test.describe("language and phone", () => {
  test("the language switch turns the app to English and back", async ({ loginAs }) => {
    const page = await loginAs("fs-admin");
    await page.goto("/home");
    await expect(page.getByRole("link", { name: "组织架构" })).toBeVisible();
    await page.getByTestId("language-switch").click();
    await expect(page.getByRole("link", { name: "Organisation" })).toBeVisible();
    await page.reload();
    await expect(page.getByRole("link", { name: "Organisation" })).toBeVisible();
    await page.getByTestId("language-switch").click();
    await expect(page.getByRole("link", { name: "组织架构" })).toBeVisible();
  });

  test("a member's page fits a 390-px phone", async ({ loginAs, page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await loginAs("lc-member");
    await page.goto("/");
    await expect(page).toHaveURL(/\/m$/);
    await expect(page.getByTestId("member-unit")).toContainText("党小组");
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    // Staff pages are not for members.
    await page.goto("/org");
    await expect(page).toHaveURL(/\/m$/);
  });
});
