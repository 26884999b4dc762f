import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

// Every message key the campaign pages use exists in both languages, and both languages have the same keys.
const root = path.resolve(import.meta.dirname, "../..");
const load = (locale: string, ns: string) => JSON.parse(fs.readFileSync(path.join(root, "lib/i18n/messages", locale, `${ns}.json`), "utf8"));

function keys(obj: Record<string, unknown>, prefix = ""): string[] {
  return Object.entries(obj).flatMap(([k, v]) => (v && typeof v === "object" ? keys(v as Record<string, unknown>, `${prefix}${k}.`) : [`${prefix}${k}`]));
}

function files(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(path.join(dir, e.name)) : /\.tsx?$/.test(e.name) ? [path.join(dir, e.name)] : []));
}

describe("campaign messages", () => {
  for (const ns of ["campaigns", "campaignErrors"]) {
    it(`${ns}: the same keys in zh-CN and en`, () => {
      expect(keys(load("en", ns)).sort()).toEqual(keys(load("zh-CN", ns)).sort());
    });
  }

  it("has every literal key the pages and components use, and every error key the data layer throws", () => {
    const ui = new Set(keys(load("zh-CN", "campaigns")));
    const errors = new Set(keys(load("zh-CN", "campaignErrors")));
    const sources = [
      ...files(path.join(root, "components/campaigns")),
      ...files(path.join(root, "app/(app)/campaigns")),
      ...files(path.join(root, "app/(member)/m/campaigns")),
      ...files(path.join(root, "app/p")),
    ];
    const missing: string[] = [];
    for (const f of sources) {
      const text = fs.readFileSync(f, "utf8");
      for (const m of text.matchAll(/\bt\("([a-zA-Z0-9.]+)"/g)) if (!ui.has(m[1])) missing.push(`${path.relative(root, f)}: ${m[1]}`);
    }
    for (const f of [...files(path.join(root, "lib/campaigns")), ...files(path.join(root, "app/actions"))]) {
      const text = fs.readFileSync(f, "utf8");
      for (const m of text.matchAll(/"campaignErrors\.([a-zA-Z.]+)"/g)) if (!errors.has(m[1])) missing.push(`${path.relative(root, f)}: campaignErrors.${m[1]}`);
    }
    expect(missing).toEqual([]);
  });
});
