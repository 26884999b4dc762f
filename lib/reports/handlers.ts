import "server-only";
import { registerHandlers } from "../jobs/handlers";
import { REMINDER_QUEUE } from "./queues";
import { runReportReminders } from "./reminders";

registerHandlers({
  [REMINDER_QUEUE]: async () => {
    await runReportReminders({ now: new Date() });
  },
});
