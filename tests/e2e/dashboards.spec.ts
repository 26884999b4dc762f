import path from "node:path";
import type { Browser, Page } from "@playwright/test";
import { expect, randomIp, signIn, test } from "./fixtures";

// Dashboards on the demo data (房山区总工会: district federation → grassroots unions → pilot units), which the seed
// lays out relative to today: figures, drill-down to the records, an inspection on the phone that the leader then
// sees on the unit's dashboard, the quarterly notice's workflow, and the big screen.

const PHOTO = path.join(import.meta.dirname, "fixtures", "inspection-photo.png");

async function pageAs(browser: Browser, username: string, viewport = { width: 1440, height: 900 }): Promise<Page> {
  const context = await browser.newContext({ viewport, extraHTTPHeaders: { "x-forwarded-for": randomIp() } });
  const page = await context.newPage();
  const res = await signIn(page.request, username);
  expect(res.status(), `sign-in of ${username}`).toBeLessThan(400);
  return page;
}

/** The drill rows of grassroots unions that filed less than everything due (value below 100 %), worst first. */
async function unionsBelowFull(page: Page) {
  await expect(page.getByTestId("drill-total")).toBeVisible();
  const rows = await page.getByTestId("drill-row").evaluateAll((els) =>
    els.map((e) => ({ name: e.getAttribute("data-unit")!, kind: e.querySelector("td span")?.textContent ?? "", value: e.querySelectorAll("td")[1]?.textContent ?? "", href: e.querySelector("a")!.getAttribute("href")! })),
  );
  return rows.filter((r) => r.kind === "基层工会" && /%$/.test(r.value) && parseFloat(r.value) < 100).sort((a, b) => parseFloat(a.value) - parseFloat(b.value));
}

test("a leader reads the district dashboard and drills to a grassroots union, its units and its missing weekly report", async ({ loginAs }) => {
  const page = await loginAs("fs-leader");
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto("/dashboards");
  await expect(page.getByRole("heading", { level: 1, name: "房山区总工会" })).toBeVisible();
  await expect(page.getByTestId("freshness")).toContainText("数据更新于");
  await expect(page.getByTestId("value-report_submission")).toHaveText(/^\d+(\.\d)?%$/);
  await expect(page.getByTestId("value-inspection_score")).toHaveText(/分$/);

  // District → report submission by grassroots union.
  await page.getByTestId("card-report_submission").click();
  await expect(page).toHaveURL(/\/dashboards\/report_submission\?/);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("报表报送率");
  let candidates = await unionsBelowFull(page);
  if (!candidates.length) {
    // Early in a month nothing may be due yet: the month before.
    await page.getByRole("link", { name: "上一期" }).click();
    candidates = await unionsBelowFull(page);
  }
  expect(candidates.length, "a grassroots union with a report missing").toBeGreaterThan(0);

  // → a grassroots union: its pilot units, its own figure, and the weekly report it has not filed.
  let found = false;
  for (const union of candidates) {
    await page.goto(union.href);
    await expect(page.getByTestId("drill-total")).toBeVisible();
    await expect(page.getByTestId("breadcrumb").filter({ hasText: union.name })).toBeVisible();
    const weekly = page.getByTestId("missing-report-link").filter({ hasText: "垃圾分类工作周报" });
    if (!(await weekly.count())) continue;
    await expect(page.getByTestId("drill-row").first()).toBeVisible(); // the units below the union
    await expect(page.getByTestId("missing-reports")).toContainText(union.name);
    // → the missing weekly report itself.
    const label = (await weekly.first().textContent())!;
    await weekly.first().click();
    await expect(page).toHaveURL(/\/reports\/weekly_progress\/\d{4}-W\d{2}\//);
    await expect(page.getByTestId("report-status")).toHaveAttribute("data-status", /MISSING|DRAFT/);
    await expect(page.locator("main")).toContainText(union.name);
    await expect(page.locator("main")).toContainText(label.split(" · ")[1]);
    found = true;
    break;
  }
  expect(found, "a grassroots union whose missing weekly report is listed").toBe(true);
});

test("an inspector records an unannounced inspection with photos on the phone; the rectification shows on the unit's dashboard", async ({ browser }) => {
  const phone = await pageAs(browser, "fs-inspector", { width: 390, height: 844 });
  const problem = `暗访发现桶站满溢未及时清运（${Date.now().toString(36)}）`;
  await phone.goto("/m/inspections/new");
  await expect(phone.getByTestId("inspection-form")).toBeVisible();
  await phone.getByTestId("node-picker-search").fill("区法院");
  await phone.getByRole("list", { name: "按名称或编码搜索单位" }).getByRole("button", { name: /区法院/ }).click();
  await expect(phone.getByTestId("inspection-unit")).toHaveText("区法院");
  await phone.getByTestId("kind-UNANNOUNCED").click();
  await expect(phone.getByTestId("kind-UNANNOUNCED")).toHaveAttribute("aria-checked", "true");

  // One item loses points; every item that requires a photo gets one, and one more photo of the scene.
  const items = phone.locator('[data-testid^="item-"]');
  const first = items.first();
  const max = Number((await first.locator('input[type="number"]').getAttribute("max")) ?? "10");
  await first.locator('input[type="number"]').fill(String(max - 5));
  const withPhoto = items.filter({ hasText: "须拍照" });
  const n = await withPhoto.count();
  expect(n).toBeGreaterThan(0);
  for (let i = 0; i < n; i++) {
    const item = withPhoto.nth(i);
    await item.locator('input[type="file"]').setInputFiles(PHOTO);
    await expect(item.locator("img")).toHaveCount(1);
  }
  await phone.getByTestId("inspection-photos").setInputFiles(PHOTO);
  await expect(phone.getByTestId("inspection-photos-list").locator("img")).toHaveCount(1);
  await expect(phone.getByTestId("inspection-total")).toContainText(`${100 - 5} / 100`);

  // The problem becomes a rectification due tomorrow.
  await phone.getByTestId("add-problem").click();
  const row = phone.getByTestId("problem-row");
  await row.locator("textarea").fill(problem);
  const tomorrow = new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Shanghai" }).format(new Date(Date.now() + 86_400_000));
  await row.locator('input[type="date"]').fill(tomorrow);
  // Nothing sticks out sideways at phone width.
  expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await phone.getByTestId("inspection-submit").click();
  await expect(phone.getByTestId("inspection-saved")).toContainText("95");
  await expect(phone.getByTestId("inspection-saved")).toContainText("1");

  // The leader: district → 区直机关工会 → 区法院, then that unit's dashboard lists the open rectification.
  const leader = await pageAs(browser, "fs-leader");
  await leader.goto("/dashboards/inspection_score");
  await leader.locator('[data-testid="drill-row"][data-unit="区直机关工会"] a').click();
  await leader.locator('[data-testid="drill-row"][data-unit="区法院"] a').click();
  await expect(leader.getByTestId("leaf-inspections")).toContainText("区法院");
  await leader.getByTestId("breadcrumb").getByRole("link", { name: "数据看板" }).click();
  await expect(leader.getByRole("heading", { level: 1, name: "区法院" })).toBeVisible();
  const open = leader.getByTestId("open-rectification").filter({ hasText: problem });
  await expect(open).toHaveCount(1);
  await expect(open).toContainText("区法院");
  await expect(open).toHaveAttribute("data-overdue", "0");
  // Its photos came with the inspection.
  await open.getByRole("link", { name: problem }).click();
  await expect(leader.locator("main")).toContainText(problem);
});

test("a quarterly notice is drafted from the data, approved by a leader and published to the union", async ({ browser }) => {
  const admin = await pageAs(browser, "fs-admin");
  await admin.goto("/notices");
  const issuer = admin.locator("#notice-node option").filter({ hasText: "窦店镇总工会" });
  await admin.locator("#notice-node").selectOption((await issuer.getAttribute("value"))!);
  await admin.getByTestId("create-notice").click();
  await expect(admin).toHaveURL(/\/notices\/[a-z0-9]+$/);
  await expect(admin.getByTestId("notice-status")).toHaveText("草稿");
  await expect(admin.getByTestId("section-overview")).toContainText("窦店镇总工会所属各单位应报送各类报表");
  await expect(admin.getByTestId("section-reports")).toContainText("报送率");
  const title = `窦店镇总工会垃圾分类工作季度通报（${Date.now().toString(36)}）`;
  await admin.locator("#notice-title").fill(title);
  await admin.getByTestId("save-notice").click();
  await expect(admin.getByTestId("notice-editor")).toContainText("已保存");
  await admin.getByTestId("notice-submit").click();
  await expect(admin.getByTestId("notice-status")).toHaveText("待审核");
  // Whoever submitted cannot approve it (and a tenant admin could otherwise).
  await expect(admin.getByTestId("notice-approve")).toHaveCount(0);
  const url = admin.url();

  // The reporter of the union does not see a notice before it is published.
  const unit = await pageAs(browser, "fs-unit");
  const res = await unit.goto(url);
  expect(res?.status()).toBe(404);

  const leader = await pageAs(browser, "fs-leader");
  await leader.goto(url);
  await expect(leader.getByTestId("notice-status")).toHaveText("待审核");
  await leader.getByTestId("notice-approve").click();
  await expect(leader.getByTestId("notice-status")).toHaveText("已审核");
  await expect(leader.getByTestId("notice-publish")).toHaveCount(0);

  await admin.reload();
  await admin.getByTestId("notice-publish").click();
  await expect(admin.getByTestId("notice-status")).toHaveText("已发布");
  await expect(admin.getByTestId("notice-workflow").getByRole("button")).toHaveCount(0);

  // Published: the union's reporter is told once, and reads it.
  await unit.goto("/notifications");
  const told = unit.getByTestId("notification-list").locator("li").filter({ hasText: title });
  await expect(told).toHaveCount(1);
  await unit.goto(url);
  await expect(unit.getByTestId("notice-status")).toHaveText("已发布");
  await expect(unit.locator("main")).toContainText(title);
  // The print view.
  await unit.goto(`${url}/print`);
  await expect(unit.locator("body")).toContainText(title);
});

test("the big screen renders at 1920×1080 with its key figures", async ({ browser }) => {
  const screen = await pageAs(browser, "fs-leader", { width: 1920, height: 1080 });
  await screen.goto("/dashboards/screen");
  await expect(screen.getByTestId("big-screen")).toBeVisible();
  await expect(screen.getByRole("heading", { level: 1 })).toContainText("房山区总工会");
  const tiles = screen.getByTestId("screen-tiles");
  await expect(tiles.locator("> div")).toHaveCount(12);
  await expect(screen.getByTestId("screen-report_submission")).toContainText(/\d+(\.\d)?%/);
  await expect(screen.getByTestId("screen-inspection_score")).toContainText(/\d+(\.\d)? 分/);
  await expect(screen.getByTestId("screen-table").locator("tbody tr").first()).toBeVisible();
  await expect(screen.getByTestId("screen-overdue").locator("li").first()).toBeVisible();
  // Charts drawn (recharts' SVG), and everything fits the screen without scrolling.
  await expect(screen.locator(".recharts-surface").first()).toBeVisible();
  expect(await screen.locator(".recharts-surface").count()).toBeGreaterThanOrEqual(2);
  const size = await screen.evaluate(() => ({ w: document.documentElement.scrollWidth, h: document.documentElement.scrollHeight }));
  expect(size).toEqual({ w: 1920, h: 1080 });
  // Every table row fits inside its card (none cut off at the bottom).
  const clipped = await screen.getByTestId("screen-table").evaluate((table) => {
    const card = table.parentElement!.getBoundingClientRect();
    return [...table.querySelectorAll("tbody tr")].filter((tr) => tr.getBoundingClientRect().bottom > card.bottom + 0.5).length;
  });
  expect(clipped).toBe(0);
});
