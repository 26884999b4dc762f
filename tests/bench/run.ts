// npm run bench: the benchmarks in tests/bench, one after the other. Each prints its own figures, measured
// against a baseline in the same run (absolute numbers depend on the machine; ratios travel better).
import path from "node:path";
import { stopEmbeddedPostgres } from "../../lib/db/embedded-postgres";
import { benchReportsSubmit } from "./reports-submit";

async function main() {
  try {
    await benchReportsSubmit();
  } finally {
    stopEmbeddedPostgres(path.resolve(process.env.BENCH_PG_DIR ?? ".data/pg-bench"));
  }
}

main().then(
  () => process.exit(0),
  (e) => {
    console.error(e);
    process.exit(1);
  },
);
