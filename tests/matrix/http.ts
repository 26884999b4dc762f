// The same matrix through the HTTP routes of the running app (tests/e2e/isolation-http.spec.ts). Every exported
// method of every route file is either a case here or exempt with a reason (checked by
// tests/db/matrix-coverage.test.ts).
import type { Prepared } from "./resources";

export type HttpCase = {
  model: string;
  op: "read" | "list" | "update" | "delete";
  route: string;
  method: "GET" | "POST" | "PATCH" | "DELETE";
  url: (p: Prepared) => string;
  body?: (p: Prepared) => unknown;
  reached?: (json: unknown, p: Prepared) => boolean;
};

const contains = (key: string) => (json: unknown, p: Prepared) => JSON.stringify((json as Record<string, unknown>)[key] ?? json).includes(p.target.id);

export const HTTP_CASES: HttpCase[] = [
  { model: "OrgNode", op: "read", route: "v1/nodes/[nodeId]", method: "GET", url: (p) => `/api/v1/nodes/${p.target.id}` },
  { model: "OrgNode", op: "read", route: "v1/nodes/[nodeId]/children", method: "GET", url: (p) => `/api/v1/nodes/${p.target.id}/children` },
  { model: "OrgNode", op: "list", route: "v1/nodes", method: "GET", url: (p) => `/api/v1/nodes?q=${encodeURIComponent(p.data.name)}&limit=100`, reached: contains("items") },
  { model: "OrgNode", op: "update", route: "v1/nodes/[nodeId]", method: "PATCH", url: (p) => `/api/v1/nodes/${p.target.id}`, body: () => ({ name: "接口改名" }) },
  { model: "OrgNode", op: "delete", route: "v1/nodes/[nodeId]", method: "DELETE", url: (p) => `/api/v1/nodes/${p.target.id}` },
  { model: "Person", op: "read", route: "v1/people/[personId]", method: "GET", url: (p) => `/api/v1/people/${p.target.id}` },
  { model: "Person", op: "list", route: "v1/people", method: "GET", url: (p) => `/api/v1/people?q=${encodeURIComponent(p.data.name)}`, reached: contains("rows") },
  { model: "Person", op: "update", route: "v1/people/[personId]", method: "PATCH", url: (p) => `/api/v1/people/${p.target.id}`, body: () => ({ name: "接口改名" }) },
  { model: "Person", op: "delete", route: "v1/people/[personId]", method: "DELETE", url: (p) => `/api/v1/people/${p.target.id}` },
  { model: "Household", op: "read", route: "v1/households/[householdId]", method: "GET", url: (p) => `/api/v1/households/${p.target.id}` },
  { model: "Household", op: "list", route: "v1/households", method: "GET", url: (p) => `/api/v1/households?q=${encodeURIComponent(p.data.name)}`, reached: contains("rows") },
  { model: "Household", op: "update", route: "v1/households/[householdId]", method: "PATCH", url: (p) => `/api/v1/households/${p.target.id}`, body: () => ({ headName: "接口改名" }) },
  { model: "Household", op: "delete", route: "v1/households/[householdId]", method: "DELETE", url: (p) => `/api/v1/households/${p.target.id}` },
  { model: "User", op: "read", route: "v1/users/[userId]", method: "GET", url: (p) => `/api/v1/users/${p.target.id}` },
  { model: "User", op: "list", route: "v1/users", method: "GET", url: (p) => `/api/v1/users?q=${encodeURIComponent(p.data.username)}`, reached: contains("rows") },
  { model: "User", op: "update", route: "v1/users/[userId]", method: "PATCH", url: (p) => `/api/v1/users/${p.target.id}`, body: () => ({ displayName: "接口改名", disabled: true }) },
  { model: "User", op: "delete", route: "v1/users/[userId]", method: "DELETE", url: (p) => `/api/v1/users/${p.target.id}` },
  { model: "FileObject", op: "read", route: "files/[fileId]", method: "GET", url: (p) => `/api/files/${p.target.id}` },
  { model: "ImportJob", op: "read", route: "imports/[jobId]", method: "GET", url: (p) => `/api/imports/${p.target.id}` },
  { model: "ImportJob", op: "read", route: "imports/[jobId]/errors", method: "GET", url: (p) => `/api/imports/${p.target.id}/errors` },
  { model: "Notification", op: "list", route: "notifications", method: "GET", url: () => `/api/notifications?take=100`, reached: contains("rows") },
];

export const ROUTES_EXEMPT: Record<string, string> = {
  "auth/[...nextauth] GET": "next-auth's own handler (CSRF, session); sign-in is tested in tests/db/auth.test.ts and the browser",
  "auth/[...nextauth] POST": "next-auth's own handler",
  "health GET": "public liveness, no data",
  "ready GET": "public readiness, no data",
  "me/export GET": "the caller's own data only (tests/db/people.test.ts)",
  "files POST": "an upload is the caller's own; the node it names is scope-checked (tests/db/files.test.ts)",
  "imports POST": "import scope tested in tests/db/imports.test.ts",
  "imports/template/[kind] GET": "a blank template of the caller's own tenant",
  "people/export GET": "export scope tested in tests/db/imports.test.ts",
  "v1/nodes POST": "creation under a parent: scope tested in tests/db/org.test.ts and by fuzzing",
  "v1/people POST": "creation under a node: scope tested in tests/db/people.test.ts and by fuzzing",
  "v1/households POST": "creation under a node: scope tested in tests/db/people.test.ts and by fuzzing",
};
