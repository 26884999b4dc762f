import "server-only";
import { registerHandlers } from "../jobs/handlers";
import { sendNotificationEmail } from "./email";
import { EMAIL_QUEUE } from "./queues";

registerHandlers({
  [EMAIL_QUEUE]: async (data) => {
    await sendNotificationEmail(data);
  },
});
