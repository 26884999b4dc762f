import "server-only";
import { enqueue } from "../jobs/boss";
import { registerHandlers } from "../jobs/handlers";
import { log } from "../log";
import { REFRESH_EVERY_SECONDS, REFRESH_QUEUE } from "./queues";
import { runDashboardRefresh } from "./refresh-job";

registerHandlers({
  [REFRESH_QUEUE]: async () => {
    try {
      await runDashboardRefresh({ now: new Date() });
    } finally {
      // The next run a few seconds from now (one per time slot, however many runs ask for it).
      await enqueue(REFRESH_QUEUE, {}, { startAfter: REFRESH_EVERY_SECONDS, singletonKey: "next", singletonSeconds: REFRESH_EVERY_SECONDS }).catch((err) =>
        log.warn({ err }, "could not schedule the next dashboards refresh"),
      );
    }
  },
});
