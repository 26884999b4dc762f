// The isolation matrix through the HTTP routes of the running app: a world of two fresh tenants is written into
// the browser tier's database, each actor signs in over HTTP, and every route case runs against every target.
import fs from "node:fs";
import { request as pwRequest } from "@playwright/test";
import { baseURL } from "../../playwright.config";
import { expectAllowed } from "../matrix/relations";
import { HTTP_CASES } from "../matrix/http";
import { RESOURCES, type Prepared } from "../matrix/resources/index";
import { expect, randomIp, test } from "./fixtures";
import { defaultE2ePgPort } from "../setup/ports";

test.describe.configure({ mode: "serial" });

test("isolation matrix over HTTP: every route, every role, every relation; 0 leaks", async () => {
  test.setTimeout(600_000);
  const { pgSuperPassword, appDbPassword } = JSON.parse(fs.readFileSync(".data/secrets.json", "utf8"));
  const port = process.env.E2E_PG_PORT ?? String(defaultE2ePgPort);
  process.env.TEST_OWNER_URL = `postgresql://postgres:${encodeURIComponent(pgSuperPassword)}@127.0.0.1:${port}/ljfl_e2e`;
  process.env.APP_DATABASE_URL = `postgresql://ljfl_app:${encodeURIComponent(appDbPassword)}@127.0.0.1:${port}/ljfl_e2e`;
  process.env.NEXTAUTH_SECRET ??= "unused-in-this-process-unused-in-this-process";
  const { buildWorld } = await import("../matrix/world");
  const { TEST_PASSWORD } = await import("../factories/tenant");
  const { signIn } = await import("./fixtures");
  const w = await buildWorld();

  const clients = new Map<string, Awaited<ReturnType<typeof pwRequest.newContext>>>();
  for (const [role, username] of Object.entries(w.usernames)) {
    const ctx = await pwRequest.newContext({ baseURL, extraHTTPHeaders: { "x-forwarded-for": randomIp() } });
    const res = await signIn(ctx, username, TEST_PASSWORD);
    expect(res.status(), `sign-in ${role}`).toBeLessThan(400);
    clients.set(role, ctx);
  }

  let cases = 0;
  let leaks = 0;
  const failures: string[] = [];
  for (const c of HTTP_CASES) {
    const def = RESOURCES.find((r) => r.model === c.model)!.ops[c.op]!;
    for (const [role, actor] of Object.entries(w.actors)) {
      const client = clients.get(role)!;
      const targets: Prepared[] = await def.prepare(w, actor);
      // 403 for another tenant's row while the route serves the actor's own would tell the id exists (404).
      let reachedOwn = false;
      const forbiddenOther: string[] = [];
      for (const p of targets) {
        const { allowed, relation } = expectAllowed(actor, def.rule, p.target, w.tree);
        const res = await client.fetch(c.url(p), { method: c.method, data: c.body ? c.body(p) : undefined });
        cases++;
        const status = res.status();
        const type = res.headers()["content-type"] ?? "";
        const body = status < 300 && type.includes("json") ? await res.json() : null;
        let reached = status < 300 && (c.reached ? c.reached(body, p) : true);
        if (reached && c.contentType) {
          // A file: an allowed call gives the file (right type); one that lists rows must hold the target's.
          if (status !== 200 || !type.startsWith(c.contentType)) failures.push(`${c.method} ${c.route} ${role}: ${status} ${type}, expected ${c.contentType}`);
          reached = c.reachedFile ? await c.reachedFile(await res.body(), p) : true;
        }
        if (reached && p.target.tenantId === w.own.tenantId) reachedOwn = true;
        if (status === 403 && p.target.tenantId !== w.own.tenantId) forbiddenOther.push(p.target.id);
        const label = `${c.method} ${c.route} ${role} → ${relation}: ${status}`;
        if (status >= 500) failures.push(`${label} (server error)`);
        else if (allowed && !reached) failures.push(`${label} expected allowed`);
        else if (!allowed && reached) {
          leaks++;
          failures.push(`${label} LEAK`);
        } else if (!allowed && status >= 400 && status !== 403 && status !== 404) failures.push(`${label} expected 403/404`);
      }
      if (reachedOwn && forbiddenOther.length) failures.push(`${c.method} ${c.route} ${role}: 403 for another tenant's row ${forbiddenOther.join(", ")} (must be 404)`);
    }
  }
  // Signed-out requests are refused with 401 everywhere.
  const anon = await pwRequest.newContext({ baseURL });
  for (const c of HTTP_CASES) {
    const res = await anon.fetch(c.url({ target: { id: w.own.nodes.a.id, tenantId: w.own.tenantId, path: w.own.nodes.a.path }, data: { name: "x", username: "x" } }), { method: c.method, data: c.body ? {} : undefined });
    cases++;
    if (res.status() !== 401) failures.push(`${c.method} ${c.route} anonymous: ${res.status()}`);
  }
  console.log(`isolation matrix (HTTP): ${cases} cases, ${leaks} leaks`);
  await w.db.$disconnect();
  expect(failures).toEqual([]);
  expect(cases).toBeGreaterThanOrEqual(1000);
});
