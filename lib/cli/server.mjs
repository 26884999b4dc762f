// The production server (npm start runs it through lib/cli/start.ts; lib/cli/cluster.mjs forks it): Next's own
// request handler behind node:http, as Next's custom-server guide does, plus the fast lane for the few API routes
// called at volume (lib/cli/fast-lane.mjs). Plain JavaScript, run by Node itself.
// Usage: node lib/cli/server.mjs <port>
import http from "node:http";
import { createRequire } from "node:module";
import { createFastLane } from "./fast-lane.mjs";

// As `next start` does, before React and Next are loaded (they pick their production builds by it).
process.env.NODE_ENV ??= "production";
const require = createRequire(import.meta.url);
const t0 = Date.now();
const port = Number(process.argv[2] ?? process.env.PORT ?? 3000);
const dir = process.cwd();
const next = require("next");

const app = next({ dev: false, dir, port });
const handle = app.getRequestHandler();
await app.prepare();
// Only now: next/server needs the environment Next sets up as it loads.
const { NextRequest } = require("next/server");
const lane = process.env.FAST_LANE === "off"
  ? { take: () => false, loaded: () => {} }
  : createFastLane({ dir, port, NextRequest, log: (m) => process.stdout.write(`${m}\n`), testMode: process.env.ALLOW_TEST_CLOCK === "1" });

const server = http.createServer((req, res) => {
  if (lane.take(req, res)) return;
  res.on("finish", () => lane.loaded(req));
  handle(req, res).catch((e) => {
    process.stderr.write(`Failed to handle request for ${req.url}: ${e?.stack ?? e}\n`);
    if (!res.headersSent) {
      res.statusCode = 500;
      res.end("Internal Server Error");
    }
  });
});
server.on("error", (e) => {
  process.stderr.write(`Failed to start server: ${e.message}\n`);
  process.exit(1);
});
server.listen(port, () => process.stdout.write(`✓ Ready in ${Date.now() - t0}ms (port ${port})\n`));

// As `next start` does: close the server and Next (its job workers are stopped by their own signal handlers),
// then exit with the signal's code.
let stopping = false;
for (const [signal, code] of [["SIGTERM", 143], ["SIGINT", 130]]) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    server.close();
    server.closeIdleConnections?.();
    Promise.resolve(app.close?.())
      .catch(() => {})
      .finally(() => process.exit(code));
  });
}
