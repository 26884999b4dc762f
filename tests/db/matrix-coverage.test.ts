// Coverage cannot fall behind: a new model, route method or server action that the isolation matrix does not
// cover (and that is not exempted with a reason) fails here.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it, vi } from "vitest";
import { Prisma } from "@/lib/generated/prisma/client";
import { EXEMPT_MODELS, RESOURCES } from "../matrix/resources/index";
import { ACTION_CASES, ACTIONS_EXEMPT } from "../matrix/actions";
import { HTTP_CASES, ROUTES_EXEMPT } from "../matrix/http";

vi.mock("@/lib/auth/current-actor", () => ({ currentActor: async () => ({ status: "anonymous" }) }));

function walk(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(path.join(dir, e.name)) : [path.join(dir, e.name)]));
}

describe("isolation matrix coverage", () => {
  it("covers every model of the schema", () => {
    const covered = new Set([...RESOURCES.map((r) => r.model), ...Object.keys(EXEMPT_MODELS)]);
    const missing = Object.values(Prisma.ModelName).filter((m) => !covered.has(m));
    expect(missing, "models without a matrix resource or an exemption").toEqual([]);
  });

  it("covers every method of every route", () => {
    const root = path.join(process.cwd(), "app", "api");
    const found: string[] = [];
    for (const file of walk(root).filter((f) => f.endsWith("route.ts"))) {
      const route = path.relative(root, path.dirname(file)).split(path.sep).join("/");
      const src = fs.readFileSync(file, "utf8");
      for (const m of ["GET", "POST", "PUT", "PATCH", "DELETE"]) {
        if (new RegExp(`export const ${m}\\b|handler as ${m}\\b|export async function ${m}\\b`).test(src)) found.push(`${route} ${m}`);
      }
    }
    const covered = new Set([...HTTP_CASES.map((c) => `${c.route} ${c.method}`), ...Object.keys(ROUTES_EXEMPT)]);
    expect(found.filter((r) => !covered.has(r)), "routes without a matrix case or an exemption").toEqual([]);
    expect([...covered].filter((r) => !found.includes(r)), "matrix entries for routes that no longer exist").toEqual([]);
  });

  it("covers every exported server action", async () => {
    const dir = path.join(process.cwd(), "app", "actions");
    const found: string[] = [];
    for (const file of fs.readdirSync(dir).filter((f) => f.endsWith(".ts"))) {
      const mod = await import(`@/app/actions/${file.replace(/\.ts$/, "")}`);
      for (const [name, value] of Object.entries(mod)) if (typeof value === "function") found.push(`${file.replace(/\.ts$/, "")}.${name}`);
    }
    const covered = new Set([...ACTION_CASES.map((c) => `${c.module}.${c.action}`), ...Object.keys(ACTIONS_EXEMPT)]);
    expect(found.filter((a) => !covered.has(a)), "server actions without a matrix case or an exemption").toEqual([]);
    expect([...covered].filter((a) => !found.includes(a)), "matrix entries for actions that no longer exist").toEqual([]);
  });
});
