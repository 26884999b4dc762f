// The server's fast lane (lib/cli/server.mjs): a few API routes that phones and scripts call at volume (filing a
// report) are answered by calling the route's own compiled handler directly, skipping Next's request pipeline
// (routing, its request context, tracing, streams), which cost more CPU than everything the route itself does.
// The handler is the one Next runs (defineRoute: session, permission, zod, audit, error mapping), loaded from the
// production build after Next has loaded it once; it reads the request from its own scope
// (lib/http/request-scope.ts), never from Next's context. The response gets the headers next.config.ts declares
// for the path, from the build's routes manifest, exactly as Next would add them. Anything else, any other method,
// and every request until the route is loaded go to Next. Plain JavaScript, run by Node itself.
import fs from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";

/** The routes taken by the fast lane: method, exact path, the route's file under .next/server/app. */
export const FAST_ROUTES = [{ method: "POST", path: "/api/reports/submissions", file: "api/reports/submissions/route.js" }];

/** The same cap as defineRoute's readJson: bodies past it are cut and refused there (413), not buffered. */
export const MAX_BODY_BYTES = 1_000_000;

/**
 * next.config.ts's headers() as the build wrote them (routes-manifest.json): [{ regex, headers }]. Rules with
 * conditions (has/missing) are not evaluated here: with any of those the fast lane stays off (null).
 */
export function headerRules(manifest) {
  const rules = [];
  for (const rule of manifest?.headers ?? []) {
    if (rule.has?.length || rule.missing?.length) return null;
    rules.push({ regex: new RegExp(rule.regex), headers: rule.headers.map((h) => [h.key, h.value]) });
  }
  return rules;
}

export function headersFor(rules, pathname) {
  const out = [];
  for (const rule of rules) if (rule.regex.test(pathname)) out.push(...rule.headers);
  return out;
}

/**
 * The request's body, at most `limit` + 1 bytes of it (enough for the handler to see it is too large). Rejects when
 * the client goes away before the body ends, so nothing waits for it.
 */
export function readBody(req, limit = MAX_BODY_BYTES) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    let size = 0;
    let ended = false;
    req.on("data", (chunk) => {
      if (size > limit) return;
      chunks.push(chunk);
      size += chunk.length;
    });
    req.on("end", () => {
      ended = true;
      resolve(Buffer.concat(chunks));
    });
    req.on("error", reject);
    req.on("close", () => ended || reject(Object.assign(new Error("the client went away before the body ended"), { code: "ECLIENTGONE" })));
  });
}

/**
 * node:http request → the NextRequest the handler takes, with the x-forwarded-* headers Next's own server fills
 * in when no proxy sent them (base-server.js), so the handler sees the same request either way.
 */
export function toNextRequest(NextRequest, req, body, port) {
  const headers = new Headers();
  const raw = req.rawHeaders;
  for (let i = 0; i < raw.length; i += 2) headers.append(raw[i], raw[i + 1]);
  const host = headers.get("host") ?? `localhost:${port}`;
  if (!headers.has("x-forwarded-host")) headers.set("x-forwarded-host", host);
  if (!headers.has("x-forwarded-port")) headers.set("x-forwarded-port", String(port));
  if (!headers.has("x-forwarded-proto")) headers.set("x-forwarded-proto", "http");
  if (!headers.has("x-forwarded-for") && req.socket.remoteAddress) headers.set("x-forwarded-for", req.socket.remoteAddress);
  return new NextRequest(`http://${host}${req.url}`, { method: req.method, headers, body: body.length ? body : undefined });
}

/** A web Response onto node:http: the config's headers first, the handler's own over them (as Next does). */
export async function sendResponse(res, response, configHeaders, extra = []) {
  const out = new Map();
  for (const [k, v] of configHeaders) out.set(k.toLowerCase(), v);
  for (const [k, v] of response.headers) if (k !== "set-cookie") out.set(k, v);
  for (const [k, v] of extra) out.set(k.toLowerCase(), v);
  const cookies = response.headers.getSetCookie();
  const flat = [];
  for (const [k, v] of out) flat.push(k, v);
  for (const c of cookies) flat.push("set-cookie", c);
  const body = response.body ? Buffer.from(await response.arrayBuffer()) : null;
  if (body && !out.has("content-length")) flat.push("content-length", String(body.length));
  res.writeHead(response.status, response.statusText || undefined, flat);
  res.end(body);
}

/**
 * The fast lane of one server: `take(req, res)` answers a request and returns true, or returns false and leaves it
 * to Next. `loaded(req)` is called after Next answered a request, to load a fast route's handler then.
 */
export function createFastLane({ dir, distDir = ".next", port, NextRequest, log = () => {}, testMode = false }) {
  const root = path.resolve(dir, distDir);
  let rules = null;
  try {
    rules = headerRules(JSON.parse(fs.readFileSync(path.join(root, "routes-manifest.json"), "utf8")));
  } catch (e) {
    log(`fast lane off: no routes manifest (${e.message})`);
  }
  if (!rules) return { take: () => false, loaded: () => {} };
  const require = createRequire(path.join(root, "server", "app", "index.js"));
  // method + path → its handler once loaded; null while loading; false once loading failed (Next keeps the route).
  const handlers = new Map();
  const key = (method, pathname) => `${method} ${pathname}`;
  const routeOf = (method, pathname) => FAST_ROUTES.find((r) => r.method === method && r.path === pathname);
  const pathOf = (url) => {
    const q = url.indexOf("?");
    return q === -1 ? url : url.slice(0, q);
  };

  async function load(route) {
    const mod = require(path.join(root, "server", "app", route.file));
    await mod.routeModule.ensureUserland();
    const handler = mod.routeModule.userland[route.method];
    if (typeof handler !== "function") throw new Error(`no ${route.method} handler`);
    return handler;
  }

  return {
    take(req, res) {
      const pathname = pathOf(req.url ?? "");
      const handler = handlers.get(key(req.method, pathname));
      if (typeof handler !== "function") return false;
      void (async () => {
        try {
          const body = await readBody(req);
          const response = await handler(toNextRequest(NextRequest, req, body, port), { params: Promise.resolve({}) });
          await sendResponse(res, response, headersFor(rules, pathname), testMode ? [["x-fast-lane", "1"]] : []);
        } catch (e) {
          // A client that went away is nobody to answer; anything else is the lane's own failure, logged.
          if (e?.code === "ECLIENTGONE" || e?.code === "ECONNRESET") return void res.destroy();
          log(`fast lane: ${req.method} ${pathname} failed: ${e?.stack ?? e}`);
          if (!res.headersSent) {
            res.writeHead(500, { "content-type": "application/json", "cache-control": "no-store" });
            res.end(JSON.stringify({ error: { code: "INTERNAL", message: "服务器内部错误，请稍后重试" } }));
          } else res.destroy();
        }
      })();
      return true;
    },
    loaded(req) {
      const pathname = pathOf(req.url ?? "");
      const route = routeOf(req.method, pathname);
      if (!route || handlers.has(key(route.method, route.path))) return;
      handlers.set(key(route.method, route.path), null);
      load(route).then(
        (h) => {
          handlers.set(key(route.method, route.path), h);
          log(`fast lane on: ${route.method} ${route.path}`);
        },
        (e) => {
          handlers.set(key(route.method, route.path), false);
          log(`fast lane off for ${route.method} ${route.path}: ${e.message}`);
        },
      );
    },
  };
}
