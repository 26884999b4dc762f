import { definePublicRoute } from "@/lib/access/define-route";

// Liveness: the process answers. No session, no database.
export const GET = definePublicRoute({}, async () => ({ status: "ok", time: new Date().toISOString() }));
