import fs from "node:fs";
import type { APIResponse } from "@playwright/test";
import { decode, encode } from "next-auth/jwt";
import { expect, randomIp, signIn, test } from "./fixtures";

// Filing a report over the API, as phones on poor networks and scripts do. The production server answers this
// route in its fast lane (lib/cli/fast-lane.mjs: the route's own handler without Next's request pipeline) once Next
// has served it once; the test servers mark those answers with x-fast-lane: 1. Everything a client relies on must
// be the same as through Next: session, validation in the reader's language, idempotency, conflicts, headers,
// request id, sliding session.
// 2031-W30 runs Monday 21 to Sunday 27 July 2031; the weekly report is due Wednesday 23 July 17:00 Beijing time.
const WEEK = "2031-W30";
const NOW = "2031-07-23T16:00:00+08:00";

const header = (res: APIResponse, name: string) => res.headersArray().filter((h) => h.name.toLowerCase() === name).map((h) => h.value);

test.describe("filing over the API (the server's fast lane)", () => {
  test("a unit files through the fast lane with the answers the framework gives", async ({ page, context, playwright, baseURL }) => {
    await context.setExtraHTTPHeaders({ "x-forwarded-for": randomIp(), "x-test-now": NOW });
    expect((await signIn(page.request, "r-fs-zkd")).status()).toBeLessThan(400);
    // The unit's id, from the link to its weekly report.
    await page.goto("/reports");
    const href = await page.locator(`a[href^="/reports/weekly_progress/"]`).first().getAttribute("href");
    const nodeId = href!.split("/")[4];
    expect(nodeId).toBeTruthy();

    const data = { progress: "通过接口报送：组织职工学习分类知识。", participation: 52, results: "知晓率提高。", activities: [{ name: "桶前值守", date: "2031-07-22", kind: "binDuty", participants: 9 }] };
    const file = (body: Record<string, unknown>, headers: Record<string, string> = {}) =>
      page.request.post("/api/reports/submissions", { data: { type: "weekly_progress", period: WEEK, nodeId, data, ...body }, headers });

    // Next answers the route first; from then on the fast lane does (bad input here: nothing is written).
    await expect
      .poll(async () => {
        const res = await file({ baseVersion: "x" });
        expect(res.status()).toBe(422);
        return header(res, "x-fast-lane")[0] ?? "next";
      })
      .toBe("1");

    // Validation in Chinese, field by field, as JSON.
    const invalid = await file({ baseVersion: 0, period: "2031-W99" });
    expect(invalid.status()).toBe(422);
    const invalidBody = await invalid.json();
    expect(invalidBody.error.code).toBe("VALIDATION");
    expect(invalidBody.error.message).toMatch(/[\u4e00-\u9fff]/);

    // A draft, then the submission: a double click (same key) gets the same answer and files once.
    const draft = await file({ baseVersion: 0, action: "save", idempotencyKey: `e2e-draft-${Date.now()}` });
    expect(draft.status()).toBe(200);
    expect(header(draft, "x-fast-lane")).toEqual(["1"]);
    const saved = await draft.json();
    expect(saved.version).toBe(1);
    const key = `e2e-submit-${Date.now()}`;
    const [a, b] = await Promise.all([file({ baseVersion: 1, idempotencyKey: key }), file({ baseVersion: 1, idempotencyKey: key })]);
    expect([a.status(), b.status()]).toEqual([200, 200]);
    const [ra, rb] = [await a.json(), await b.json()];
    expect(ra.version).toBe(2);
    expect({ ...rb, replayed: ra.replayed }).toEqual(ra);
    expect([ra.replayed, rb.replayed].sort()).toEqual([false, true]);

    // The headers next.config.ts gives the API, the request id (a client's own kept), no caching.
    const sent = "e2e-fast-lane-0001";
    const stale = await file({ baseVersion: 1, idempotencyKey: `e2e-stale-${Date.now()}` }, { "x-request-id": sent });
    expect(stale.status()).toBe(409);
    expect(header(stale, "x-fast-lane")).toEqual(["1"]);
    expect(header(stale, "x-request-id")).toEqual([sent]);
    expect(header(stale, "content-security-policy")).toEqual(["default-src 'none'; frame-ancestors 'none'"]);
    expect(header(stale, "x-frame-options")).toEqual(["DENY"]);
    expect(header(stale, "x-content-type-options")).toEqual(["nosniff"]);
    expect((await stale.json()).error).toMatchObject({ code: "CONFLICT", requestId: sent });

    // The reader's language: English when the locale cookie says so.
    await context.addCookies([{ name: "NEXT_LOCALE", value: "en", url: baseURL! }]);
    const english = await file({ baseVersion: 1, idempotencyKey: `e2e-en-${Date.now()}` });
    expect(english.status()).toBe(409);
    expect((await english.json()).error.message).toMatch(/^[\x20-\x7e]+$/);
    await context.clearCookies({ name: "NEXT_LOCALE" });

    // The sliding session: a session last active ten minutes ago is re-issued by the filing.
    const { authSecret } = JSON.parse(fs.readFileSync(".data/secrets.json", "utf8"));
    const cookie = (await context.cookies()).find((c) => c.name === "next-auth.session-token")!;
    const claims = (await decode({ token: cookie.value, secret: authSecret }))!;
    const older = await encode({ token: { ...claims, lastActive: Math.floor(Date.now() / 1000) - 10 * 60 }, secret: authSecret });
    await context.addCookies([{ ...cookie, value: older }]);
    const refreshed = await file({ baseVersion: 1, idempotencyKey: key });
    expect(refreshed.status()).toBe(200);
    expect(header(refreshed, "x-fast-lane")).toEqual(["1"]);
    expect(header(refreshed, "set-cookie").some((c) => c.startsWith("next-auth.session-token=") && c.includes("HttpOnly"))).toBe(true);

    // The page shows what the API filed: submitted on time (16:00 before the 17:00 deadline), version 2.
    await page.goto(`/reports/weekly_progress/${WEEK}/${nodeId}`);
    await expect(page.getByTestId("report-status")).toHaveAttribute("data-status", "SUBMITTED_ON_TIME");
    await expect(page.getByTestId("report-values")).toContainText("通过接口报送");

    // Signed out: 401 as JSON, from the fast lane too.
    const anonymous = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { "x-forwarded-for": randomIp() } });
    const denied = await anonymous.post("/api/reports/submissions", { data: { type: "weekly_progress", period: WEEK, nodeId, data, baseVersion: 2 } });
    expect(denied.status()).toBe(401);
    expect(header(denied, "x-fast-lane")).toEqual(["1"]);
    expect((await denied.json()).error.code).toBe("UNAUTHENTICATED");
    await anonymous.dispose();
  });
});
