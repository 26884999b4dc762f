// Default ports of the test tiers' own databases, different for every checkout on a machine: a second clone (a CI
// run next to a developer's checkout, two worktrees) never finds its port held by the other's PostgreSQL.
// TEST_PG_PORT and E2E_PG_PORT still choose a port explicitly.
import { createHash } from "node:crypto";

const slot = createHash("sha1").update(process.cwd()).digest().readUInt16BE(0) % 400;

/** 55000–55798 (even): the vitest database. */
export const defaultTestPgPort = 55_000 + 2 * slot;
/** 55001–55799 (odd): the browser tier's database. */
export const defaultE2ePgPort = 55_001 + 2 * slot;
