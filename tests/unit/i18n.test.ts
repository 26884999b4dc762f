// Chinese first, English complete: every namespace exists in both languages with the same keys and placeholders,
// and every i18n key the code throws as an error or a validation message exists.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const root = path.resolve(import.meta.dirname, "../..");
const dir = (locale: string) => path.join(root, "lib/i18n/messages", locale);
const load = (locale: string, ns: string) => JSON.parse(fs.readFileSync(path.join(dir(locale), `${ns}.json`), "utf8"));

function flat(obj: Record<string, unknown>, prefix = ""): [string, string][] {
  return Object.entries(obj).flatMap(([k, v]) => (v && typeof v === "object" ? flat(v as Record<string, unknown>, `${prefix}${k}.`) : [[`${prefix}${k}`, String(v)] as [string, string]]));
}
const placeholders = (s: string) => [...s.matchAll(/\{(\w+)/g)].map((m) => m[1]).sort();

function files(d: string): string[] {
  return fs.readdirSync(d, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? (e.name === "generated" ? [] : files(path.join(d, e.name))) : /\.tsx?$/.test(e.name) ? [path.join(d, e.name)] : []));
}

describe("messages", () => {
  const namespaces = fs.readdirSync(dir("zh-CN")).map((f) => f.replace(/\.json$/, ""));
  it("every namespace exists in both languages", () => {
    expect(fs.readdirSync(dir("en")).map((f) => f.replace(/\.json$/, "")).sort()).toEqual([...namespaces].sort());
  });
  for (const ns of namespaces) {
    it(`${ns}: same keys and placeholders in zh-CN and en`, () => {
      const zh = new Map(flat(load("zh-CN", ns)));
      const en = new Map(flat(load("en", ns)));
      expect([...en.keys()].sort()).toEqual([...zh.keys()].sort());
      for (const [k, v] of zh) expect(placeholders(en.get(k) ?? ""), `${ns}.${k}`).toEqual(placeholders(v));
    });
  }
  it("has every errors.* and validation.* key the code uses", () => {
    const known = new Set(["errors", "validation"].flatMap((ns) => flat(load("zh-CN", ns)).map(([k]) => `${ns}.${k}`)));
    const missing: string[] = [];
    for (const f of [...files(path.join(root, "lib")), ...files(path.join(root, "app"))]) {
      const text = fs.readFileSync(f, "utf8");
      for (const m of text.matchAll(/"((?:errors|validation)\.[a-zA-Z][a-zA-Z0-9.]*)"/g)) if (!known.has(m[1])) missing.push(`${path.relative(root, f)}: ${m[1]}`);
    }
    expect(missing).toEqual([]);
  });
});
