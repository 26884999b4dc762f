// An API route's handler reads its request from its own scope (lib/http/request-scope.ts), never from Next's
// request context: that is what lets the server's fast lane call it directly.
import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import { oncePerRequest, requestCookie, requestHeaders, runInRequestScope } from "@/lib/http/request-scope";

const request = (cookie: string, headers: Record<string, string> = {}) => new NextRequest("http://localhost/api/x", { headers: { cookie, ...headers } });

describe("request scope", () => {
  it("reads the scope's request: cookies as Next's jar parses them, headers as sent", async () => {
    await runInRequestScope(request("a=1; NEXT_LOCALE=en; b=%E4%B8%AD", { "x-test-now": "2031-01-08T16:59:00+08:00" }), async () => {
      expect(await requestCookie("NEXT_LOCALE")).toBe("en");
      expect(await requestCookie("b")).toBe("中");
      expect(await requestCookie("missing")).toBeUndefined();
      expect((await requestHeaders()).get("x-test-now")).toBe("2031-01-08T16:59:00+08:00");
    });
  });

  it("keeps concurrent requests apart", async () => {
    const seen = await Promise.all(
      ["u1", "u2", "u3"].map((u) =>
        runInRequestScope(request(`s=${u}`), async () => {
          await new Promise((r) => setTimeout(r, Math.random() * 10));
          return requestCookie("s");
        }),
      ),
    );
    expect(seen).toEqual(["u1", "u2", "u3"]);
  });

  it("runs a once-per-request function once inside a scope, and every time outside one", async () => {
    let calls = 0;
    const load = oncePerRequest("test-load", async () => ++calls);
    await runInRequestScope(request(""), async () => {
      expect(await Promise.all([load(), load()])).toEqual([1, 1]);
      expect(await load()).toBe(1);
    });
    await runInRequestScope(request(""), async () => expect(await load()).toBe(2));
    expect(await load()).toBe(3);
    expect(await load()).toBe(4);
  });
});
