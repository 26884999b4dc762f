// The same matrix through the server actions (session → permission → zod → data layer → error mapping): for each
// model op that a server action performs, which action and with what input. Coverage of every exported action is
// checked in tests/db/matrix-coverage.test.ts.
import type { Prepared } from "./resources";

type ActionResult = { ok: true; data: unknown } | { ok: false; code: string; error: string };
type AnyAction = (input: never) => Promise<ActionResult>;

export type ActionCase = {
  model: string;
  op: "read" | "list" | "update" | "delete";
  module: string;
  action: string;
  input: (p: Prepared) => Record<string, unknown>;
  reached?: (data: unknown, p: Prepared) => boolean;
};

export const ACTION_CASES: ActionCase[] = [
  { model: "OrgNode", op: "list", module: "pickers", action: "searchNodesAction", input: (p) => ({ q: p.data.name, limit: 100 }), reached: (d, p) => (d as { id: string }[]).some((n) => n.id === p.target.id) },
  { model: "Person", op: "list", module: "pickers", action: "searchPeopleAction", input: (p) => ({ q: p.data.name }), reached: (d, p) => (d as { id: string }[]).some((n) => n.id === p.target.id) },
  { model: "OrgNode", op: "update", module: "org", action: "updateNodeAction", input: (p) => ({ nodeId: p.target.id, name: "动作改名" }) },
  { model: "OrgNode", op: "delete", module: "org", action: "deleteNodeAction", input: (p) => ({ nodeId: p.target.id }) },
  { model: "Person", op: "update", module: "people", action: "updatePersonAction", input: (p) => ({ personId: p.target.id, name: "动作改名" }) },
  { model: "Person", op: "delete", module: "people", action: "deletePersonAction", input: (p) => ({ personId: p.target.id }) },
  { model: "Household", op: "update", module: "households", action: "updateHouseholdAction", input: (p) => ({ householdId: p.target.id, headName: "动作改名" }) },
  { model: "Household", op: "delete", module: "households", action: "deleteHouseholdAction", input: (p) => ({ householdId: p.target.id }) },
  { model: "HouseholdLink", op: "update", module: "households", action: "linkMemberAction", input: (p) => ({ personId: p.data.personId, householdId: p.target.id }) },
  { model: "HouseholdLink", op: "delete", module: "households", action: "unlinkMemberAction", input: (p) => ({ personId: p.data.personId, householdId: p.target.id }), reached: (d) => (d as { removed: number }).removed === 1 },
  { model: "User", op: "update", module: "users", action: "updateUserAction", input: (p) => ({ userId: p.target.id, displayName: "动作改名", disabled: true }) },
  { model: "User", op: "delete", module: "users", action: "deleteUserAction", input: (p) => ({ userId: p.target.id }) },
  { model: "RoleAssignment", op: "update", module: "users", action: "assignRoleAction", input: (p) => ({ userId: p.target.id, nodeId: p.data.nodeId, role: "UNIT_ADMIN" }) },
  { model: "RoleAssignment", op: "delete", module: "users", action: "removeRoleAction", input: (p) => ({ userId: p.target.id, assignmentId: p.data.assignmentId }) },
  { model: "RepresentativeFollow", op: "update", module: "users", action: "setFollowedUnitsAction", input: (p) => ({ userId: p.target.id, nodeIds: [p.data.nodeId] }) },
  { model: "Notification", op: "update", module: "notifications", action: "markNotificationsReadAction", input: (p) => ({ id: p.target.id }), reached: (d) => (d as { marked: number }).marked === 1 },
];

/**
 * Exported actions that the matrix does not run, each with the reason it needs no case of its own
 * (it acts only on the caller's own account, it is public, or it creates rather than reaches an existing row —
 * creation under a node is checked by the node's scope in the data-layer tests).
 */
export const ACTIONS_EXEMPT: Record<string, string> = {
  "account.changePasswordAction": "the caller's own account only",
  "account.signOutEverywhereAction": "the caller's own account only",
  "account.saveMyLocaleAction": "the caller's own account only",
  "account.updateTenantSettingsAction": "the caller's own tenant only (Tenant.update in the data-layer matrix)",
  "locale.setLocaleAction": "public: sets a cookie",
  "two-factor.beginTotpAction": "the caller's own account only",
  "two-factor.confirmTotpAction": "the caller's own account only",
  "two-factor.disableTotpAction": "the caller's own account only",
  "two-factor.resetUserTotpAction": "same scope rule as users.updateUserAction (findUserInScope users.write); tested in tests/db/two-factor.test.ts",
  "org.createNodeAction": "creates under a parent: the parent's scope is tested in tests/db/org.test.ts and by fuzzing",
  "org.moveNodeAction": "scope of node and new parent tested in tests/db/org.test.ts",
  "org.archiveNodeAction": "same rule as deleteNodeAction (strictly inside org.write scope); tests/db/org.test.ts",
  "org.restoreNodeAction": "same rule as archive; tests/db/org.test.ts",
  "org.loadChildrenAction": "same read path as OrgNode.read (findNodeInScope)",
  "people.createPersonAction": "creates under a node: scope tested in tests/db/people.test.ts",
  "people.markPersonLeftAction": "same rule as updatePersonAction (people.write)",
  "people.revealPhoneAction": "people.reveal scope tested in tests/db/people.test.ts and in the browser",
  "people.anonymisePersonAction": "people.write scope tested in tests/db/people.test.ts",
  "households.createHouseholdAction": "creates under a node: scope tested in tests/db/people.test.ts",
  "platform.createTenantAction": "platform path only; tests/db/platform-tenants.test.ts",
  "platform.setTenantArchivedAction": "platform path only; tests/db/platform-tenants.test.ts",
  "users.createUserAction": "creates under a node: scope and grantable roles tested in tests/db/users.test.ts",
  "users.resetUserPasswordAction": "same rule as updateUserAction; tests/db/users.test.ts",
  "users.signOutUserAction": "same rule as updateUserAction; tests/db/users.test.ts",
};

export type { AnyAction, ActionResult };
