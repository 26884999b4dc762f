import { test as base, expect, type APIRequestContext, type Page } from "@playwright/test";

export const DEMO_PASSWORD = "demo12345";

/** Sign in over HTTP (next-auth's credentials callback), not through the form: journeys not about login. */
export async function signIn(request: APIRequestContext, username: string, password = DEMO_PASSWORD, ip?: string) {
  const headers = { "x-forwarded-for": ip ?? randomIp() };
  const csrf = await (await request.get("/api/auth/csrf", { headers })).json();
  const res = await request.post("/api/auth/callback/credentials", {
    headers,
    form: { username, password, csrfToken: csrf.csrfToken, json: "true", callbackUrl: "/" },
    maxRedirects: 0,
  });
  return res;
}

export function randomIp() {
  const b = () => Math.floor(Math.random() * 250) + 1;
  return `10.${b()}.${b()}.${b()}`;
}

type Fixtures = { loginAs: (username: string) => Promise<Page> };

export const test = base.extend<Fixtures>({
  // Every test gets its own client address, so sign-in throttling by address never leaks between tests.
  extraHTTPHeaders: async ({}, use) => use({ "x-forwarded-for": randomIp() }),
  loginAs: async ({ page }, use) => {
    await use(async (username: string) => {
      const res = await signIn(page.request, username);
      expect(res.status(), `sign-in of ${username}`).toBeLessThan(400);
      return page;
    });
  },
});

export { expect };

/** An admin (already signed in on `page`) creates an account through the UI; returns the one-time password. */
export async function createAccountViaUi(page: Page, username: string, role = "REPORTER") {
  await page.goto("/users/new");
  await page.locator("#username").fill(username);
  await page.locator("#displayName").fill(`测试账号${username.slice(-4)}`);
  await page.locator("#role").selectOption(role);
  await page.getByRole("button", { name: "创建账号" }).click();
  const box = page.getByTestId("temporary-password");
  await expect(box).toBeVisible();
  return box.locator("input").inputValue();
}

/** First sign-in of a new account through the form, with the forced password change. */
export async function firstSignIn(page: Page, username: string, temp: string, password: string) {
  await page.goto("/login");
  await page.fill("#username", username);
  await page.fill("#password", temp);
  await page.click("button[type=submit]");
  await page.waitForURL("**/change-password");
  await page.fill("#currentPassword", temp);
  await page.fill("#newPassword", password);
  await page.fill("#confirmPassword", password);
  await page.getByRole("button", { name: "保存新密码" }).click();
  await page.waitForURL((u) => !u.pathname.startsWith("/change-password"));
}

/** The tables of the page whose scroll box is narrower than the table (columns only reachable sideways). */
export function tablesScrollingSideways(page: Page) {
  return page.evaluate(() =>
    [...document.querySelectorAll("table")]
      .filter((t) => t.parentElement!.scrollWidth > t.parentElement!.clientWidth + 1)
      .map((t) => t.querySelector("th")?.textContent ?? "?"),
  );
}
