import type { Browser, Page } from "@playwright/test";
import { expect, randomIp, signIn, test } from "./fixtures";
import { qrPng } from "../../lib/qr";

// One journey through a campaign, in 溧城街道: the admin builds it from seed 000's framework, assigns tasks and
// publishes the letter; a party branch confirms receipt and reports with a photo; a member signs at phone width
// and a passer-by through the unit's QR page; the rate moves; the member takes the quiz; a suggestion is supported
// and adopted.
test.describe.configure({ mode: "serial" });

const phone = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };

async function as(browser: Browser, username: string, mobile = false): Promise<Page> {
  const ctx = await browser.newContext({ ...(mobile ? phone : {}), locale: "zh-CN", timezoneId: "Asia/Shanghai", extraHTTPHeaders: { "x-forwarded-for": randomIp() } });
  const res = await signIn(ctx.request, username);
  expect(res.status(), `sign-in of ${username}`).toBeLessThan(400);
  return ctx.newPage();
}

let campaignPath = "";
let qrSrc = "";

test("the admin creates a campaign from seed 000's framework, assigns a task and publishes the letter", async ({ browser }) => {
  const page = await as(browser, "lc-admin");
  await page.goto("/campaigns/new");
  await page.getByTestId("template-seed000").click();
  await page.getByLabel("名称").fill("E2E 垃圾分类专项工作");
  await page.getByRole("button", { name: "创建草稿" }).click();
  await expect(page.getByTestId("campaign-title")).toHaveText("E2E 垃圾分类专项工作");
  campaignPath = new URL(page.url()).pathname;
  await expect(page.getByTestId("campaign-sections")).toContainText("一阵地");
  await expect(page.getByTestId("campaign-sections")).toContainText("五进");
  await page.getByTestId("start-campaign").click();
  await expect(page.getByTestId("campaign-status")).toHaveText("进行中");
  await expect(page.getByTestId("kpi-pledge")).toHaveText("0%");

  await page.goto(`${campaignPath}/tasks`);
  const row = page.getByTestId("task-row").filter({ hasText: "签订“我分类、我承诺”承诺书" });
  await row.getByTestId("assign-task").click();
  await page.getByTestId("assign-top").click();
  await page.getByRole("dialog").getByRole("button", { name: "下发" }).click();
  await expect(page.getByRole("dialog")).toHaveCount(0);
  await expect(row.getByRole("link", { name: /燕山花园党支部/ })).toBeVisible();
  await expect(row).toContainText("完成 0 /");

  await page.goto(`${campaignPath}/letter`);
  await page.getByTestId("publish-letter").click();
  await expect(page.getByText("已发布").first()).toBeVisible();
  await expect(page.getByTestId("letter-body")).toContainText("房山区总工会");
});

test("the admin creates a theme activity and corrects it; an end before the start is refused with a clear message", async ({ browser }) => {
  const page = await as(browser, "lc-admin");
  await page.goto(`${campaignPath}/activities`);
  await page.getByTestId("new-activity").click();
  const create = page.getByRole("dialog");
  await create.getByLabel("活动名称").fill("E2E 垃圾分类专题培训");
  // Three days from today in China time: inside the campaign that the first test started today.
  await create.getByLabel("日期").fill(new Date(Date.now() + 8 * 3_600_000 + 3 * 86_400_000).toISOString().slice(0, 10));
  await create.getByRole("button", { name: "创建" }).click();
  await expect(page.getByTestId("activity-title")).toHaveText("E2E 垃圾分类专题培训");

  await page.getByTestId("edit-activity").click();
  const edit = page.getByRole("dialog");
  await edit.getByLabel("活动名称").fill("E2E 垃圾分类专题培训（第二期）");
  await edit.getByLabel("开始").fill("14:00");
  await edit.getByLabel("结束").fill("13:00");
  await edit.getByRole("button", { name: "保存" }).click();
  await expect(edit.getByText("结束时间必须晚于开始时间")).toBeVisible();
  await edit.getByLabel("结束").fill("16:00");
  await edit.getByRole("button", { name: "保存" }).click();
  await expect(page.getByRole("dialog")).toHaveCount(0);
  await expect(page.getByTestId("activity-title")).toHaveText("E2E 垃圾分类专题培训（第二期）");
  await expect(page.getByText(/14:00/).first()).toBeVisible();
});

test("a party branch confirms receipt and reports its task with a photo", async ({ browser }) => {
  const page = await as(browser, "lc-branch");
  await page.goto(`${campaignPath}/letter`);
  await page.getByRole("button", { name: "确认签收" }).click();
  await expect(page.getByTestId("receipts")).toContainText("已确认");

  await page.goto(`${campaignPath}/tasks`);
  const mine = page.getByTestId("my-assignments");
  await expect(mine).toContainText("签订“我分类、我承诺”承诺书");
  await mine.getByRole("link", { name: "汇报进展" }).first().click();
  await page.getByLabel("进展情况").fill("支部大会上 12 名党员全部签署承诺书，现场照片见附件。");
  await page.getByTestId("report-photo").setInputFiles({ name: "现场.png", mimeType: "image/png", buffer: await qrPng("签署现场", 200) });
  await expect(page.getByTestId("report-photo-list").locator("img")).toHaveCount(1);
  await page.getByTestId("report-done").check();
  await page.getByRole("button", { name: "提交汇报" }).click();
  await expect(page.getByTestId("reports")).toContainText("12 名党员全部签署");
  await expect(page.getByTestId("reports").locator("img")).toHaveCount(1);
  await expect(page.getByTestId("assignment-state")).toHaveText("已完成");
});

test("a member signs the pledge on the phone, a passer-by through the QR page, and the pledge rate moves", async ({ browser }) => {
  const member = await as(browser, "lc-member", true);
  const id = campaignPath.split("/").pop();
  await member.goto("/m");
  await expect(member.getByTestId("my-campaigns")).toContainText("E2E 垃圾分类专项工作");
  await member.goto(`/m/campaigns/${id}/pledge`);
  await expect(member.getByTestId("pledge-title")).toContainText("我分类、我承诺");
  await member.getByTestId("pledge-agree").check();
  await member.getByTestId("sign-pledge").click();
  await expect(member.getByTestId("pledge-signed")).toContainText("您已签署承诺书");
  expect(await member.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);

  const admin = await as(browser, "lc-admin");
  await admin.goto(campaignPath);
  await expect(admin.getByTestId("kpi-pledge")).not.toHaveText("0%");
  await admin.goto(`${campaignPath}/pledge`);
  const link = await admin.getByTestId("pledge-qr").getByRole("link", { name: "打开签名页" }).first().getAttribute("href");
  expect(link).toMatch(/^\/p\/pledge\/[A-Za-z0-9_-]{32}$/);
  qrSrc = (await admin.getByTestId("pledge-qr").locator("img").first().getAttribute("src"))!;
  const png = await admin.request.get(qrSrc.replace("format=svg", "format=png&download=true"));
  expect(png.headers()["content-type"]).toBe("image/png");
  expect(png.headers()["content-disposition"]).toContain("attachment");

  const passer = await browser.newContext({ ...phone, locale: "zh-CN", extraHTTPHeaders: { "x-forwarded-for": randomIp() } });
  const pub = await passer.newPage();
  await pub.goto(link!);
  await expect(pub.getByTestId("public-pledge-title")).toContainText("我分类、我承诺");
  await pub.getByLabel("姓名").fill("路过的居民");
  await pub.getByLabel("手机号").fill(`139${String(Date.now()).slice(-8)}`);
  await pub.getByTestId("public-agree").check();
  await pub.getByRole("button", { name: "签署承诺书" }).click();
  await expect(pub.getByTestId("public-signed")).toContainText("感谢您的承诺");

  await admin.reload();
  await expect(admin.getByTestId("signatures")).toContainText("路过的居民");
  await expect(admin.getByTestId("signatures")).toContainText("扫码签署");
  await expect(admin.getByText("另有 1 人通过扫码签署但不在花名册中")).toBeVisible();
  await expect(admin.getByTestId("pledge-rates-all")).not.toHaveText("0%");
});

test("the member takes the timed quiz on the phone and sees the score", async ({ browser }) => {
  const admin = await as(browser, "lc-admin");
  await admin.goto(`${campaignPath}/contest`);
  await admin.getByTestId("new-quiz").click();
  await admin.getByRole("dialog").getByRole("button", { name: "创建" }).click();
  await expect(admin.getByTestId("quizzes")).toContainText("垃圾分类知识竞赛");

  const member = await as(browser, "lc-member", true);
  const id = campaignPath.split("/").pop();
  await member.goto(`/m/campaigns/${id}`);
  await member.getByTestId("start-quiz").click();
  await expect(member.getByTestId("quiz-timer")).toBeVisible();
  for (let i = 0; i < 10; i++) {
    await member.getByTestId("quiz-option").first().click();
    if (i < 9) await member.getByTestId("quiz-next").click();
  }
  await member.getByTestId("quiz-submit").click();
  await expect(member.getByTestId("quiz-score")).toHaveText(/^\d{1,3}$/);
  await expect(member.getByTestId("quiz-verdict")).toBeVisible();
  await member.goto(`/m/campaigns/${id}`);
  await expect(member.getByTestId("m-quiz-result")).toContainText("我的成绩");
  await expect(member.getByTestId("start-quiz")).toHaveCount(0);
});

test("a suggestion is supported by another member and adopted", async ({ browser }) => {
  const id = campaignPath.split("/").pop();
  const text = `E2E：在每个楼栋口放一块四分类提示牌 ${Date.now() % 10000}`;
  const member = await as(browser, "lc-member", true);
  await member.goto(`/m/campaigns/${id}/suggestions`);
  await member.getByLabel("内容").fill(text);
  await member.getByRole("button", { name: "提交" }).click();
  const mine = member.getByTestId("m-suggestions").locator("li").filter({ hasText: text });
  await expect(mine).toBeVisible();
  await expect(mine.getByTestId("support")).toBeDisabled();

  const other = await as(browser, "lc-branch", true);
  await other.goto(`/m/campaigns/${id}/suggestions`);
  const card = other.getByTestId("m-suggestions").locator("li").filter({ hasText: text });
  await card.getByTestId("support").click();
  await expect(card.getByTestId("support-count")).toHaveText("1");
  await expect(card.getByTestId("support")).toBeDisabled();

  const admin = await as(browser, "lc-admin");
  await admin.goto(`${campaignPath}/suggestions`);
  const item = admin.getByTestId("suggestion").filter({ hasText: text });
  await expect(item).toContainText("1 人支持");
  await item.getByTestId("adopt").click();
  await admin.getByRole("dialog").getByRole("button", { name: "采纳" }).click();
  // The dialog's default answer says 已采纳 too: wait for it to close, then for the status.
  await expect(admin.getByRole("dialog")).toHaveCount(0);
  await expect(item.getByText("已采纳", { exact: true })).toBeVisible();

  await member.reload();
  await expect(member.getByTestId("m-suggestions").locator("li").filter({ hasText: text }).getByText("已采纳", { exact: true })).toBeVisible();
});

test("another tenant's campaign answers 404", async ({ browser }) => {
  const page = await as(browser, "fs-admin");
  const res = await page.goto(campaignPath);
  expect(res?.status()).toBe(404);
  // The QR code of one of its units, by URL: 404 too.
  const api = await page.request.get(qrSrc);
  expect(api.status()).toBe(404);
});
