import fs from "node:fs";
import { encode } from "next-auth/jwt";
import { generate } from "otplib";
import { createAccountViaUi, expect, firstSignIn, randomIp, test } from "./fixtures";

test.describe("sessions and two-factor sign-in", () => {
  test("a user enrols TOTP with the QR, then signs in with a code", async ({ loginAs, browser }) => {
    const admin = await loginAs("jh-admin");
    const username = `e2e-totp-${Date.now() % 1000000}`;
    const temp = await createAccountViaUi(admin, username);
    const password = "Lv7-tQ9#pw2026";
    const context = await browser.newContext({ extraHTTPHeaders: { "x-forwarded-for": randomIp() } });
    const page = await context.newPage();
    await firstSignIn(page, username, temp, password);

    await page.goto("/account");
    await page.getByTestId("start-2fa").click();
    await expect(page.locator("svg").first()).toBeVisible();
    const secret = (await page.getByTestId("totp-secret").textContent())!.trim();
    await page.fill("#totp-code", await generate({ secret, epoch: Math.floor(Date.now() / 1000) - 30 }));
    await page.getByTestId("confirm-2fa").click();
    await expect(page.getByTestId("recovery-codes")).toBeVisible();

    await page.getByTestId("sign-out").click();
    await page.waitForURL("**/login**");
    await page.fill("#username", username);
    await page.fill("#password", password);
    await page.click("button[type=submit]");
    await expect(page.getByTestId("totp-input")).toBeVisible();
    await page.getByTestId("totp-input").fill("000000");
    await page.click("button[type=submit]");
    await expect(page.getByRole("alert").filter({ hasText: "动态码不正确" })).toBeVisible();
    await page.getByTestId("totp-input").fill(await generate({ secret }));
    await page.click("button[type=submit]");
    await page.waitForURL("**/home");
    await context.close();
  });

  test("an idle session expires after 30 minutes, and the user is told why", async ({ page, context }) => {
    const { authSecret } = JSON.parse(fs.readFileSync(".data/secrets.json", "utf8"));
    const { signIn } = await import("./fixtures");
    await signIn(page.request, "lc-admin");
    const cookie = (await context.cookies()).find((c) => c.name === "next-auth.session-token")!;
    expect(cookie).toBeTruthy();
    const { decode } = await import("next-auth/jwt");
    const claims = (await decode({ token: cookie.value, secret: authSecret }))!;
    const now = Math.floor(Date.now() / 1000);
    // The same session as if its last activity had been 31 minutes ago.
    const stale = await encode({ token: { ...claims, lastActive: now - 31 * 60 }, secret: authSecret });
    await context.addCookies([{ ...cookie, value: stale }]);
    await page.goto("/home");
    await expect(page).toHaveURL(/\/login\?reason=expired/);
    await expect(page.getByText("登录已过期")).toBeVisible();
    // Activity within the window keeps it alive.
    const fresh = await encode({ token: { ...claims, lastActive: now - 10 * 60 }, secret: authSecret });
    await context.addCookies([{ ...cookie, value: fresh }]);
    await page.goto("/home");
    await expect(page).toHaveURL(/\/home$/);
  });

  test("the API (which the proxy skips) carries its own security headers, request id and sliding session", async ({ page, context }) => {
    const { authSecret } = JSON.parse(fs.readFileSync(".data/secrets.json", "utf8"));
    const { signIn } = await import("./fixtures");
    await signIn(page.request, "lc-admin");
    const cookie = (await context.cookies()).find((c) => c.name === "next-auth.session-token")!;
    const { decode } = await import("next-auth/jwt");
    const claims = (await decode({ token: cookie.value, secret: authSecret }))!;
    const now = Math.floor(Date.now() / 1000);
    // Last active ten minutes ago: an API call counts as activity and re-issues the cookie; a background poll does not.
    const older = await encode({ token: { ...claims, lastActive: now - 10 * 60 }, secret: authSecret });
    await context.addCookies([{ ...cookie, value: older }]);
    const poll = await page.request.get("/api/notifications?unread=true&take=0", { headers: { "x-background": "1" } });
    expect(poll.status()).toBe(200);
    expect(poll.headersArray().some((h) => h.name.toLowerCase() === "set-cookie" && h.value.includes("session-token="))).toBe(false);
    const res = await page.request.get("/api/notifications?take=1", { headers: { "x-request-id": "e2e-req-12345678" } });
    expect(res.status()).toBe(200);
    const h = res.headers();
    expect(h["content-security-policy"]).toBe("default-src 'none'; frame-ancestors 'none'");
    expect(h["x-content-type-options"]).toBe("nosniff");
    expect(h["x-frame-options"]).toBe("DENY");
    expect(h["x-request-id"]).toBe("e2e-req-12345678");
    const renewed = res.headersArray().find((x) => x.name.toLowerCase() === "set-cookie" && x.value.startsWith("next-auth.session-token="));
    expect(renewed?.value).toMatch(/HttpOnly/i);
    const token = renewed!.value.split(";")[0].split("=")[1];
    const next = (await decode({ token, secret: authSecret }))!;
    expect(Number(next.lastActive)).toBeGreaterThanOrEqual(now);
    expect(next.authTime).toBe(claims.authTime);
    // An id that does not look like ours is replaced; signed out, the API answers 401 in JSON with the id.
    const anon = await page.request.get("/api/notifications", { headers: { cookie: "", "x-request-id": "bad id <script>" } });
    expect(anon.status()).toBe(401);
    expect(anon.headers()["x-request-id"]).toMatch(/^[0-9a-f-]{36}$/);
    expect(((await anon.json()) as { error: { requestId: string } }).error.requestId).toBe(anon.headers()["x-request-id"]);
    // A signed-out call whose path holds a percent-escape (the proxy sees those) is a 401 in JSON, not a redirect
    // to the sign-in page carrying the whole query (the route fuzzer found that with a long query).
    const escaped = await page.request.get(`/api/v1/nodes/a%20b?q=${"长".repeat(1000)}`, { headers: { cookie: "" }, maxRedirects: 0 });
    expect(escaped.status()).toBe(401);
    // A malformed percent-encoding in an API path is a client error, never a 500.
    const bad = await page.request.get("/api/v1/nodes/%E0%A4%A");
    expect(bad.status()).toBeGreaterThanOrEqual(400);
    expect(bad.status()).toBeLessThan(500);
  });

  test("every page carries the security headers", async ({ page }) => {
    const res = await page.goto("/login");
    const h = res!.headers();
    expect(h["content-security-policy"]).toMatch(/script-src 'self' 'nonce-[^']+' 'strict-dynamic'/);
    expect(h["content-security-policy"]).toContain("frame-ancestors 'none'");
    expect(h["x-content-type-options"]).toBe("nosniff");
    expect(h["referrer-policy"]).toBe("strict-origin-when-cross-origin");
    expect(h["x-request-id"]).toMatch(/^[0-9a-f-]{36}$/);
    // Scripts run under the nonce: the page is interactive (no CSP violation blocks hydration).
    await page.fill("#username", "x");
    await expect(page.locator("#username")).toHaveValue("x");
  });
});
