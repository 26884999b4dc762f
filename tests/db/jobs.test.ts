import PgBoss from "pg-boss";
import { describe, expect, it } from "vitest";
import { QUEUES } from "@/lib/jobs/queues";

describe("job queue", () => {
  it("has every declared queue, and the app role sends, fetches and completes jobs but cannot create queues", async () => {
    const boss = new PgBoss({ connectionString: process.env.APP_DATABASE_URL!, schema: "pgboss", migrate: false, supervise: false, schedule: false, max: 2 });
    boss.on("error", () => {});
    await boss.start();
    try {
      for (const q of QUEUES) expect(await boss.getQueue(q.name), q.name).toBeTruthy();
      const id = await boss.send("system.heartbeat", { n: 1 });
      expect(id).toBeTruthy();
      const [job] = await boss.fetch("system.heartbeat");
      expect(job.data).toEqual({ n: 1 });
      await boss.complete("system.heartbeat", job.id);
      expect((await boss.getJobById("system.heartbeat", job.id))?.state).toBe("completed");
      await expect(boss.createQueue(`test-${Date.now()}`)).rejects.toThrow(/permission denied|must be owner/);
    } finally {
      await boss.stop({ graceful: false });
    }
  });
});
