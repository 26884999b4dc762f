// After the browser tier: stop the app's embedded PostgreSQL, which the app's launcher may not get to stop when
// Playwright ends the server, so that no database is left holding the port.
import path from "node:path";
import { stopEmbeddedPostgres } from "../../lib/db/embedded-postgres";

export default async function globalTeardown() {
  stopEmbeddedPostgres(path.resolve(".data/pg-e2e"), "immediate");
}
