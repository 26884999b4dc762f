// The production server's fast lane (lib/cli/fast-lane.mjs) with a stand-in build folder: which requests it takes,
// what it hands the route's handler, and what goes back on the wire. The real build is driven by the browser tests
// (tests/e2e/fast-lane.spec.ts) and measured by the report benchmark.
import fs from "node:fs";
import http from "node:http";
import net from "node:net";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
// @ts-expect-error plain JavaScript module without types (run by Node itself in production)
import { createFastLane, headerRules, headersFor, MAX_BODY_BYTES, readBody } from "../../lib/cli/fast-lane.mjs";
import { EventEmitter } from "node:events";

const MANIFEST = {
  headers: [
    {
      source: "/api/:path*",
      regex: "^/api(?:/((?:[^/]+?)(?:/(?:[^/]+?))*))?(?:/)?$",
      headers: [
        { key: "X-Frame-Options", value: "DENY" },
        { key: "Content-Security-Policy", value: "default-src 'none'" },
      ],
    },
  ],
};

/** A stand-in for NextRequest: the web Request, plus nothing (the handler below reads only standard fields). */
class FakeNextRequest extends Request {}

type Seen = { url: string; method: string; headers: Record<string, string>; body: string };

function makeDist(handlerSource: string, manifest: unknown = MANIFEST) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "fast-lane-"));
  fs.mkdirSync(path.join(dir, ".next", "server", "app", "api", "reports", "submissions"), { recursive: true });
  fs.writeFileSync(path.join(dir, ".next", "routes-manifest.json"), JSON.stringify(manifest));
  fs.writeFileSync(path.join(dir, ".next", "server", "app", "api", "reports", "submissions", "route.js"), handlerSource);
  return dir;
}

const HANDLER = `
let userland = null;
exports.routeModule = {
  async ensureUserland() {
    userland = {
      async POST(req) {
        const body = await req.text();
        globalThis.__fastLaneSeen = { url: req.url, method: req.method, headers: Object.fromEntries(req.headers), body };
        const res = new Response(JSON.stringify({ ok: true, length: body.length }), { status: 201, headers: { "content-type": "application/json", "x-frame-options": "SAMEORIGIN" } });
        res.headers.append("set-cookie", "a=1; Path=/");
        res.headers.append("set-cookie", "b=2; Path=/");
        return res;
      },
    };
  },
  get userland() { return userland; },
};
`;

async function serve(lane: ReturnType<typeof createFastLane>) {
  const server = http.createServer((req, res) => {
    if (lane.take(req, res)) return;
    // "Next": answers everything the lane does not take, then lets the lane load the route.
    res.on("finish", () => lane.loaded(req));
    req.resume();
    req.on("end", () => res.writeHead(200, { "x-next": "1" }).end("next"));
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  return { server, base: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

const post = (base: string, p: string, body: string, headers: Record<string, string> = {}) =>
  fetch(`${base}${p}`, { method: "POST", headers: { "content-type": "application/json", ...headers }, body });

describe("headerRules", () => {
  it("reads the build's header rules and matches them by path", () => {
    const rules = headerRules(MANIFEST)!;
    expect(headersFor(rules, "/api/reports/submissions")).toEqual([
      ["X-Frame-Options", "DENY"],
      ["Content-Security-Policy", "default-src 'none'"],
    ]);
    expect(headersFor(rules, "/reports")).toEqual([]);
  });

  it("gives up on rules with conditions it does not evaluate", () => {
    expect(headerRules({ headers: [{ ...MANIFEST.headers[0], has: [{ type: "header", key: "x" }] }] })).toBeNull();
  });
});

describe("readBody", () => {
  it("gives up when the client goes away before the body ends, and reads a whole one", async () => {
    const gone = new EventEmitter();
    const pending = readBody(gone);
    gone.emit("data", Buffer.from("{\"a\":"));
    gone.emit("close");
    await expect(pending).rejects.toMatchObject({ code: "ECLIENTGONE" });

    const whole = new EventEmitter();
    const read = readBody(whole);
    whole.emit("data", Buffer.from("{\"a\":1}"));
    whole.emit("end");
    whole.emit("close");
    expect((await read).toString()).toBe('{"a":1}');
  });
});

describe("createFastLane", () => {
  let dir: string;
  let server: http.Server;
  let base: string;
  const logs: string[] = [];

  beforeAll(async () => {
    dir = makeDist(HANDLER);
    const lane = createFastLane({ dir, port: 3999, NextRequest: FakeNextRequest, log: (m: string) => logs.push(m), testMode: true });
    ({ server, base } = await serve(lane));
  });
  afterAll(() => {
    server.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it("leaves a route to Next until Next has answered it once, then answers it itself", async () => {
    const first = await post(base, "/api/reports/submissions", "{}");
    expect(first.headers.get("x-next")).toBe("1");
    await expect.poll(() => logs.some((l) => l.includes("fast lane on: POST /api/reports/submissions"))).toBe(true);

    const res = await post(base, "/api/reports/submissions?x=1", JSON.stringify({ hello: "世界" }), { cookie: "s=1", "x-forwarded-for": "10.9.8.7" });
    expect(res.status).toBe(201);
    expect(res.headers.get("x-next")).toBeNull();
    expect(res.headers.get("x-fast-lane")).toBe("1");
    expect(await res.json()).toEqual({ ok: true, length: JSON.stringify({ hello: "世界" }).length });
    // The config's headers, the handler's own winning over them; every cookie kept as its own header.
    expect(res.headers.get("content-security-policy")).toBe("default-src 'none'");
    expect(res.headers.get("x-frame-options")).toBe("SAMEORIGIN");
    expect(res.headers.getSetCookie()).toEqual(["a=1; Path=/", "b=2; Path=/"]);

    const seen = (globalThis as { __fastLaneSeen?: Seen }).__fastLaneSeen!;
    expect(seen.method).toBe("POST");
    expect(new URL(seen.url).pathname + new URL(seen.url).search).toBe("/api/reports/submissions?x=1");
    expect(seen.headers.cookie).toBe("s=1");
    // Filled in as Next's server does when no proxy sent them; a proxy's value is kept.
    expect(seen.headers["x-forwarded-for"]).toBe("10.9.8.7");
    expect(seen.headers["x-forwarded-proto"]).toBe("http");
    expect(seen.headers["x-forwarded-port"]).toBe("3999");
    expect(seen.headers["x-forwarded-host"]).toBe(new URL(base).host);
  });

  it("lets a client that goes away mid-body go, quietly, and keeps answering", async () => {
    const { port } = new URL(base);
    await new Promise<void>((resolve) => {
      const socket = net.connect(Number(port), "127.0.0.1", () => {
        socket.write("POST /api/reports/submissions HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{\"half\":");
        setTimeout(() => socket.destroy(), 20);
      });
      socket.on("close", () => resolve());
    });
    await new Promise((r) => setTimeout(r, 50));
    expect(logs.filter((l) => l.includes("failed"))).toEqual([]);
    expect((await post(base, "/api/reports/submissions", "{}")).status).toBe(201);
  });

  it("leaves other methods and paths to Next", async () => {
    expect((await fetch(`${base}/api/reports/submissions`)).headers.get("x-next")).toBe("1");
    expect((await post(base, "/api/reports/submissions/", "{}")).headers.get("x-next")).toBe("1");
    expect((await post(base, "/api/reports/other", "{}")).headers.get("x-next")).toBe("1");
  });

  it("cuts a body past the cap instead of buffering it all (the handler refuses it by its length)", async () => {
    const big = "x".repeat(MAX_BODY_BYTES * 2);
    const res = await post(base, "/api/reports/submissions", big);
    const { length } = (await res.json()) as { length: number };
    expect(length).toBeGreaterThan(MAX_BODY_BYTES);
    expect(length).toBeLessThan(MAX_BODY_BYTES * 2);
  });
});

describe("createFastLane when the route cannot be taken", () => {
  it("stays with Next when the build's route has no such handler", async () => {
    const dir = makeDist("exports.routeModule = { async ensureUserland() {}, userland: {} };");
    const logs: string[] = [];
    const lane = createFastLane({ dir, port: 3999, NextRequest: FakeNextRequest, log: (m: string) => logs.push(m) });
    const { server, base } = await serve(lane);
    try {
      await post(base, "/api/reports/submissions", "{}");
      await expect.poll(() => logs.join("\n")).toContain("fast lane off for POST /api/reports/submissions");
      expect((await post(base, "/api/reports/submissions", "{}")).headers.get("x-next")).toBe("1");
    } finally {
      server.close();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it("stays off without a routes manifest", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "fast-lane-"));
    const logs: string[] = [];
    const lane = createFastLane({ dir, port: 3999, NextRequest: FakeNextRequest, log: (m: string) => logs.push(m) });
    expect(logs.join("\n")).toContain("fast lane off: no routes manifest");
    const { server, base } = await serve(lane);
    try {
      await post(base, "/api/reports/submissions", "{}");
      await new Promise((r) => setTimeout(r, 50));
      expect((await post(base, "/api/reports/submissions", "{}")).headers.get("x-next")).toBe("1");
    } finally {
      server.close();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
