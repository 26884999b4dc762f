// Permissions as data: the actions, which roles hold them, how far a role reaches, and who may grant what.
// Checks read these tables; nothing else in the code compares role names.
import type { Role } from "../generated/prisma/enums";

export const PERMISSIONS = [
  "org.read",
  "org.write",
  "org.kinds",
  "people.read",
  "people.write",
  "people.reveal",
  "households.read",
  "households.write",
  "users.read",
  "users.write",
  "import.run",
  "export.run",
  "audit.read",
  "tenant.settings",
  "self.read",
  "platform.manage",
  "reports.read",
  "reports.submit",
  "reports.review",
  "reports.configure",
] as const;

export type Permission = (typeof PERMISSIONS)[number];

export const ROLES = [
  "PLATFORM_ADMIN",
  "TENANT_ADMIN",
  "UNIT_ADMIN",
  "REPORTER",
  "LEADER",
  "REPRESENTATIVE",
  "MEMBER",
  "SUPERVISOR",
  "STATION_OPERATOR",
  "INSPECTOR",
] as const satisfies readonly Role[];

/**
 * How far a role held on a node reaches:
 * subtree: the node and everything below it; followed: the units the user follows (and below them);
 * self: the user's own person and records; global: every tenant (platform administration only).
 */
export type ScopeKind = "subtree" | "followed" | "self" | "global";

export const ROLE_SCOPE: Record<Role, ScopeKind> = {
  PLATFORM_ADMIN: "global",
  TENANT_ADMIN: "subtree",
  UNIT_ADMIN: "subtree",
  REPORTER: "subtree",
  LEADER: "subtree",
  REPRESENTATIVE: "followed",
  MEMBER: "self",
  SUPERVISOR: "subtree",
  STATION_OPERATOR: "subtree",
  INSPECTOR: "subtree",
};

const READ_ORG: Permission[] = ["org.read", "people.read", "households.read", "self.read"];

export const ROLE_PERMISSIONS: Record<Role, readonly Permission[]> = {
  PLATFORM_ADMIN: ["platform.manage", "self.read"],
  TENANT_ADMIN: PERMISSIONS.filter((p) => p !== "platform.manage"),
  UNIT_ADMIN: [
    ...READ_ORG,
    "org.write",
    "people.write",
    "people.reveal",
    "households.write",
    "users.read",
    "users.write",
    "import.run",
    "export.run",
    "audit.read",
    "reports.read",
    "reports.submit",
    "reports.review",
  ],
  REPORTER: [...READ_ORG, "export.run", "reports.read", "reports.submit"],
  // Leaders read every report and take part in approval; they never file.
  LEADER: [...READ_ORG, "users.read", "audit.read", "export.run", "people.reveal", "reports.read", "reports.review"],
  REPRESENTATIVE: ["org.read", "people.read", "self.read", "reports.read"],
  MEMBER: ["self.read"],
  // Field roles: they see the units they work in; their own permissions arrive with their features.
  SUPERVISOR: ["org.read", "self.read"],
  STATION_OPERATOR: ["org.read", "self.read"],
  INSPECTOR: ["org.read", "self.read"],
};

/** Higher ranks see more of the app's navigation first; also the order roles are listed in. */
export const ROLE_RANK: Record<Role, number> = {
  PLATFORM_ADMIN: 100,
  TENANT_ADMIN: 60,
  LEADER: 50,
  UNIT_ADMIN: 40,
  REPRESENTATIVE: 30,
  REPORTER: 20,
  INSPECTOR: 18,
  SUPERVISOR: 16,
  STATION_OPERATOR: 14,
  MEMBER: 10,
};

/** Which roles a holder of users.write may hand out (inside their own scope). */
export const GRANTABLE_BY: Record<Role, readonly Role[]> = {
  PLATFORM_ADMIN: ["TENANT_ADMIN"],
  TENANT_ADMIN: ["TENANT_ADMIN", "LEADER", "UNIT_ADMIN", "REPRESENTATIVE", "REPORTER", "MEMBER", "SUPERVISOR", "STATION_OPERATOR", "INSPECTOR"],
  UNIT_ADMIN: ["UNIT_ADMIN", "REPORTER", "MEMBER", "SUPERVISOR", "STATION_OPERATOR"],
  REPORTER: [],
  LEADER: [],
  REPRESENTATIVE: [],
  MEMBER: [],
  SUPERVISOR: [],
  STATION_OPERATOR: [],
  INSPECTOR: [],
};

export function roleHas(role: Role, permission: Permission): boolean {
  return ROLE_PERMISSIONS[role].includes(permission);
}
