import "server-only";
import { registerHandlers } from "../jobs/handlers";
import { depositRecentActivityHours } from "./activity-deposits";
import { ACTIVITY_DEPOSIT_QUEUE } from "./queues";

registerHandlers({
  [ACTIVITY_DEPOSIT_QUEUE]: async () => {
    await depositRecentActivityHours({ now: new Date() });
  },
});
