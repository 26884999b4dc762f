// Several server processes on one port (WEB_CONCURRENCY > 1, `npm start` on a machine with more than one core):
// Node's cluster module forks the production server (lib/cli/server.mjs) this many times and the primary hands
// connections to them in turn. Only the first process runs the job queue's workers (JOBS), the others serve
// requests only. A process that dies is replaced; SIGTERM or SIGINT stops them all. Plain JavaScript, run by Node
// itself (lib/cli/start.ts).
// Usage: node lib/cli/cluster.mjs <server script> <port> <processes>
import cluster from "node:cluster";

const [serverScript, port, count] = process.argv.slice(2);
const n = Math.max(1, Number(count) || 1);
let stopping = false;

cluster.setupPrimary({ exec: serverScript, args: [String(port)] });
const envOf = (i) => ({ JOBS: i === 0 ? (process.env.JOBS ?? "on") : "off" });
const indexOf = new Map();
function fork(i) {
  const w = cluster.fork(envOf(i));
  indexOf.set(w.id, i);
}
for (let i = 0; i < n; i++) fork(i);

cluster.on("exit", (w, code, signal) => {
  const i = indexOf.get(w.id);
  indexOf.delete(w.id);
  if (stopping) {
    if (indexOf.size === 0) process.exit(0);
    return;
  }
  process.stderr.write(`server process ${i} ended (${signal ?? code}); starting it again\n`);
  setTimeout(() => fork(i), 1000);
});

function stop() {
  if (stopping) return;
  stopping = true;
  if (indexOf.size === 0) process.exit(0);
  for (const w of Object.values(cluster.workers ?? {})) w?.process.kill("SIGTERM");
}
process.on("SIGTERM", stop);
process.on("SIGINT", stop);
