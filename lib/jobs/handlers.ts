import "server-only";
// Which function handles which queue. Domains export their handlers; this map is the one place they meet.
export type JobHandler = (data: Record<string, unknown>, meta: { id: string; name: string }) => Promise<void>;

export const HANDLERS: Record<string, JobHandler> = {
  "system.heartbeat": async () => {},
  "system.probe": async (data) => {
    const { getDb } = await import("../db");
    const { onceInLedger } = await import("./ledger");
    const key = String(data.key ?? "");
    if (!key) return;
    await getDb().$transaction((tx) => onceInLedger(tx, "system.probe", key, async () => {}));
  },
};

export function registerHandlers(map: Record<string, JobHandler>) {
  Object.assign(HANDLERS, map);
}
