// Every route of the running app, fed hostile path parameters, query strings and bodies by a signed-in admin
// (and signed out): never a 5xx, and a refused request leaves the data exactly as it was.
import fs from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { request as pwRequest } from "@playwright/test";
import { baseURL } from "../../playwright.config";
import { nastyObject, nastyString, nastyValue } from "../fuzz/nasty";
import { TenantFingerprint } from "../fuzz/fingerprint";
import { expect, randomIp, test } from "./fixtures";
import { defaultE2ePgPort } from "../setup/ports";

test.describe.configure({ mode: "serial" });

function routes(dir: string, base = ""): { route: string; methods: string[] }[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return routes(full, `${base}/${e.name}`);
    if (e.name !== "route.ts") return [];
    const src = fs.readFileSync(full, "utf8");
    const methods = ["GET", "POST", "PUT", "PATCH", "DELETE"].filter((m) => new RegExp(`export const ${m}\\b|handler as ${m}\\b`).test(src));
    return [{ route: base, methods }];
  });
}

test("fuzzing every route: no 5xx, no partial writes", async () => {
  test.setTimeout(900_000);
  const { pgSuperPassword, appDbPassword } = JSON.parse(fs.readFileSync(".data/secrets.json", "utf8"));
  const port = process.env.E2E_PG_PORT ?? String(defaultE2ePgPort);
  process.env.TEST_OWNER_URL = `postgresql://postgres:${encodeURIComponent(pgSuperPassword)}@127.0.0.1:${port}/ljfl_e2e`;
  process.env.APP_DATABASE_URL = `postgresql://ljfl_app:${encodeURIComponent(appDbPassword)}@127.0.0.1:${port}/ljfl_e2e`;
  process.env.NEXTAUTH_SECRET ??= "unused-in-this-process-unused-in-this-process";
  const { createTestTenant, TEST_PASSWORD } = await import("../factories/tenant");
  const { signIn } = await import("./fixtures");
  const [t, other] = await Promise.all([createTestTenant(), createTestTenant()]);
  const fp = await TenantFingerprint.open(process.env.TEST_OWNER_URL);
  const admin = await pwRequest.newContext({ baseURL, extraHTTPHeaders: { "x-forwarded-for": randomIp() } });
  expect((await signIn(admin, t.usernames.tenantAdmin, TEST_PASSWORD)).status()).toBeLessThan(400);
  const anon = await pwRequest.newContext({ baseURL, extraHTTPHeaders: { "x-forwarded-for": randomIp() } });

  const ids = [t.nodes.a.id, t.nodes.b1.id, t.people.a1Person.id, t.households.a1c.id, t.userIds.reporterA, other.nodes.a.id, other.people.aStaff.id, other.userIds.tenantAdmin];
  const param = fc.oneof(fc.constantFrom(...ids), nastyString.map((s) => encodeURIComponent(s).slice(0, 2000) || "x"));
  const query = fc.dictionary(fc.constantFrom("q", "page", "pageSize", "nodeId", "flag", "status", "unread", "take", "limit", "includeArchived", "kind", "unlinked", "x"), nastyString.map((s) => s.slice(0, 500)), { maxKeys: 4 });
  const body = fc.oneof(
    nastyObject(["name", "code", "sortOrder", "parentId", "kindId", "nodeId", "phone", "headName", "displayName", "disabled", "isPartyMember", "joinedAt"]),
    nastyValue,
    fc.constantFrom("{not json", "[1,2", "\u0000", "null", "1e999"),
  );
  const runs = Number(process.env.FUZZ_ROUTE_RUNS ?? 80);
  const found = routes(path.join(process.cwd(), "app", "api")).filter((r) => !r.route.startsWith("/auth"));
  let inputs = 0;
  let serverErrors = 0;
  let partialWrites = 0;
  const failures: string[] = [];

  for (const { route, methods } of found) {
    for (const method of methods) {
      await fc.assert(
        fc.asyncProperty(param, query, body, fc.boolean(), async (p, q, b, signedIn) => {
          const url = `/api${route.replace(/\[[^\]]+\]/g, p)}?${new URLSearchParams(q as Record<string, string>).toString()}`;
          const before = await fp.take([t.tenantId, other.tenantId]);
          const client = signedIn ? admin : anon;
          const res = await client.fetch(url, {
            method,
            headers: { "content-type": "application/json" },
            data: method === "GET" || method === "DELETE" ? undefined : typeof b === "string" ? b : JSON.stringify(b ?? null),
            maxRedirects: 0,
          });
          inputs++;
          if (res.status() >= 500) {
            serverErrors++;
            failures.push(`${method} ${url.slice(0, 200)} → ${res.status()} ${(await res.text()).slice(0, 200)}`);
          }
          if (res.status() >= 400 && (await fp.take([t.tenantId, other.tenantId])) !== before) {
            partialWrites++;
            failures.push(`${method} ${url.slice(0, 200)} refused (${res.status()}) but changed data`);
          }
          // No stack trace or SQL ever reaches a user.
          if (res.status() >= 400) {
            const text = await res.text();
            let said = text;
            try {
              const j = JSON.parse(text) as { error?: { message?: string; fieldErrors?: Record<string, string[]> } };
              // What the server says (not the field names, which echo the request's own keys).
              said = [j.error?.message ?? "", ...Object.values(j.error?.fieldErrors ?? {}).flat()].join(" ");
            } catch {
              // not JSON: check the whole text
            }
            if (/at [A-Za-z_.]+ \(|prisma|SELECT |INSERT |node_modules|stack/i.test(said)) failures.push(`${method} ${url.slice(0, 120)} leaks internals: ${said.slice(0, 200)}`);
          }
          return true;
        }),
        { numRuns: runs },
      );
    }
  }
  console.log(`route fuzzing: ${inputs} inputs, ${serverErrors} 5xx, ${partialWrites} partial writes`);
  await fp.close();
  expect(failures).toEqual([]);
});
