import "server-only";
import { registerHandlers } from "../jobs/handlers";
import { TASK_REMINDER_QUEUE } from "./queues";
import { runTaskReminders } from "./tasks/reminders";

registerHandlers({
  [TASK_REMINDER_QUEUE]: async () => {
    await runTaskReminders({ now: new Date() });
  },
});
