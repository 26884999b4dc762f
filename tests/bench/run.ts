// npm run bench [-- reports|dashboard]: the benchmarks in tests/bench, one after the other (all without an
// argument). Each prints its own figures, measured against a baseline in the same run (absolute numbers depend on
// the machine; ratios travel better).
import path from "node:path";
import { stopEmbeddedPostgres } from "../../lib/db/embedded-postgres";
import { benchDashboard, stopDashboardDatabase } from "./dashboard";
import { benchReportsSubmit } from "./reports-submit";

const BENCHES: Record<string, { run: () => Promise<unknown>; stop: () => void }> = {
  reports: { run: benchReportsSubmit, stop: () => stopEmbeddedPostgres(path.resolve(process.env.BENCH_PG_DIR ?? ".data/pg-bench")) },
  dashboard: { run: benchDashboard, stop: stopDashboardDatabase },
};

async function main() {
  const wanted = process.argv.slice(2);
  const unknown = wanted.filter((w) => !BENCHES[w]);
  if (unknown.length) throw new Error(`unknown benchmark ${unknown.join(", ")}; choose from ${Object.keys(BENCHES).join(", ")}`);
  for (const name of wanted.length ? wanted : Object.keys(BENCHES)) {
    const b = BENCHES[name];
    try {
      await b.run();
    } finally {
      b.stop();
    }
  }
}

main().then(
  () => process.exit(0),
  (e) => {
    console.error(e);
    process.exit(1);
  },
);
