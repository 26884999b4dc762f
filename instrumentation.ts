// Runs once when the server starts: refuse to serve with a broken configuration, and say what is wrong.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { checkStartup } = await import("./lib/ops/startup");
  await checkStartup();
  if (process.env.JOBS !== "off") {
    const { startWorkers } = await import("./lib/jobs/start-workers");
    await startWorkers();
  }
}
