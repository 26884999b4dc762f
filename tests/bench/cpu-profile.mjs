// A CPU profile of a process under load, for the benchmarks: load it with
//   BENCH_APP_NODE_OPTIONS="--import ./tests/bench/cpu-profile.mjs" npm run bench -- reports
// and the app's server writes <CPU_PROFILE_DIR or /tmp>/<pid>.cpuprofile when it stops (open it in Chrome's
// DevTools, Performance tab). Node refuses --cpu-prof in NODE_OPTIONS; the inspector session does the same.
import fs from "node:fs";
import inspector from "node:inspector";
import path from "node:path";

const dir = process.env.CPU_PROFILE_DIR ?? "/tmp";
const session = new inspector.Session();
session.connect();
session.post("Profiler.enable");
session.post("Profiler.setSamplingInterval", { interval: 200 });
session.post("Profiler.start");
let written = false;
function write() {
  if (written) return;
  written = true;
  session.post("Profiler.stop", (err, result) => {
    if (!err) fs.writeFileSync(path.join(dir, `${process.pid}.cpuprofile`), JSON.stringify(result.profile));
  });
}
process.on("exit", write);
// On SIGTERM: write, then end as the default would have, unless the process handles the signal itself.
process.prependListener("SIGTERM", () => {
  write();
  if (process.listenerCount("SIGTERM") === 1) process.exit(143);
});
