// Accessibility: axe-core on the pages each role uses most; no serious or critical violations.
import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "./fixtures";

const PAGES: [string, string, { width: number; height: number }?][] = [
  ["-", "/login"],
  ["fs-admin", "/home"],
  ["fs-admin", "/org"],
  ["fs-admin", "/people"],
  ["lc-admin", "/households"],
  ["fs-admin", "/users"],
  ["fs-admin", "/import"],
  ["fs-admin", "/account"],
  ["lc-member", "/m", { width: 390, height: 844 }],
  ["fs-admin", "/reports/completeness"],
  ["lc-admin", "/campaigns"],
  ["lc-admin", "/duty"],
  ["lc-admin", "/links"],
  ["fs-leader", "/dashboards"],
  ["fs-leader", "/dashboards/catalogue"],
  ["fs-admin", "/notices"],
  ["fs-admin", "/rankings"],
  ["fs-admin", "/inspections"],
  ["lc-member", "/m/duty", { width: 390, height: 844 }],
  ["lc-member", "/m/points", { width: 390, height: 844 }],
  ["lc-supervisor", "/m/ledger", { width: 390, height: 844 }],
  ["fs-inspector", "/m/inspections/new", { width: 390, height: 844 }],
];

for (const [user, path, viewport] of PAGES) {
  test(`${path} as ${user} has no serious accessibility problems`, async ({ page, loginAs }) => {
    if (viewport) await page.setViewportSize(viewport);
    if (user !== "-") await loginAs(user);
    await page.goto(path);
    await page.waitForLoadState("networkidle").catch(() => {});
    const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa"]).analyze();
    const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
    expect(serious.map((v) => `${v.id}: ${v.nodes.slice(0, 3).map((n) => n.target.join(" ")).join(" | ")}`)).toEqual([]);
  });
}
