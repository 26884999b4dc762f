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
