import { defineConfig, devices } from "@playwright/test";
import { defaultE2ePgPort } from "./tests/setup/ports";

// The browser tier: the real app (production build) on its own embedded database, seeded with the demo
// tenants from scratch on every run, driven in Debian's Chromium.
const PORT = Number(process.env.E2E_PORT ?? 3200);
export const baseURL = `http://localhost:${PORT}`;

export default defineConfig({
  testDir: "tests/e2e",
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: true,
  workers: process.env.CI ? 2 : 2,
  retries: 0,
  reporter: process.env.CI ? [["list"]] : [["list"]],
  forbidOnly: true,
  globalTeardown: "./tests/e2e/global-teardown.ts",
  use: {
    baseURL,
    locale: "zh-CN",
    timezoneId: "Asia/Shanghai",
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage"],
    },
  },
  projects: [{ name: "chromium", use: { ...devices["Desktop Chrome"], channel: undefined } }],
  webServer: {
    command: "npx tsx lib/cli/start.ts --demo --fresh-db",
    url: `${baseURL}/api/health`,
    timeout: 240_000,
    reuseExistingServer: false,
    stdout: "ignore",
    stderr: "pipe",
    env: {
      PORT: String(PORT),
      EMBEDDED_PG_DIR: ".data/pg-e2e",
      EMBEDDED_PG_PORT: process.env.E2E_PG_PORT ?? String(defaultE2ePgPort),
      EMBEDDED_PG_DATABASE: "ljfl_e2e",
      SESSION_IDLE_MINUTES: process.env.SESSION_IDLE_MINUTES ?? "30",
      LOG_LEVEL: "warn",
      // Report journeys pin the clock per request with an x-test-now header (lib/time/clock.ts); never set in production.
      ALLOW_TEST_CLOCK: "1",
    },
  },
});
