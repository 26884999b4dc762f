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
  // participation: three links and visits, double reporting, duty, supervision, points, exchange, red/black list
  "links.read",
  "links.manage",
  "visits.record",
  "double.read",
  "double.manage",
  "duty.read",
  "duty.manage",
  "duty.verify",
  "duty.self",
  "ledger.read",
  "ledger.record",
  "points.read",
  "points.manage",
  "points.verify",
  "points.award",
  "points.cards",
  "points.self",
  "station.operate",
  "redlist.manage",
  // campaigns
  "campaigns.manage",
  "campaigns.read",
  "campaigns.unit",
  "campaigns.participate",
  // reports
  "reports.read",
  "reports.submit",
  "reports.review",
  "reports.configure",
  // dashboards, inspections, notices, rankings, evaluations
  "dashboards.read",
  "dashboards.configure",
  "inspections.read",
  "inspections.record",
  "inspections.configure",
  "rectify.update",
  "notices.read",
  "notices.write",
  "notices.approve",
  "rankings.read",
  "rankings.manage",
  "rankings.approve",
  "evaluations.read",
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
/** Reading the participation records of a subtree (coverage, duty, ledgers, points, double reporting). */
const READ_PARTICIPATION: Permission[] = ["links.read", "double.read", "duty.read", "ledger.read", "points.read"];
/** What anyone with a person record does for themselves on the phone pages. */
const SELF_SERVICE: Permission[] = ["duty.self", "points.self"];
// Campaigns: manage (run campaigns owned in the subtree), read, unit work (receipt, progress, paper signatures,
// registering participants), participate (sign, quiz, suggest, support, vote: always as the actor's own person).
const CAMPAIGN_UNIT: Permission[] = ["campaigns.read", "campaigns.unit", "campaigns.participate"];

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
    ...READ_PARTICIPATION,
    ...SELF_SERVICE,
    "links.manage",
    "visits.record",
    "double.manage",
    "duty.manage",
    "duty.verify",
    "points.manage",
    "points.award",
    "points.cards",
    "station.operate",
    "redlist.manage",
    "campaigns.manage",
    ...CAMPAIGN_UNIT,
    "reports.read",
    "reports.submit",
    "reports.review",
    "dashboards.read",
    "inspections.read",
    "inspections.record",
    "rectify.update",
    "notices.read",
    "notices.write",
    "rankings.read",
    "rankings.manage",
    "evaluations.read",
  ],
  REPORTER: [...READ_ORG, "export.run", ...READ_PARTICIPATION, ...SELF_SERVICE, ...CAMPAIGN_UNIT, "reports.read", "reports.submit", "dashboards.read", "inspections.read", "rectify.update", "notices.read", "rankings.read"],
  // Leaders read every report and take part in approval; they never file. They approve notices and rankings.
  LEADER: [
    ...READ_ORG, "users.read", "audit.read", "export.run", "people.reveal", ...READ_PARTICIPATION, "campaigns.read", "reports.read", "reports.review",
    "dashboards.read", "inspections.read", "notices.read", "notices.approve", "rankings.read", "rankings.approve", "evaluations.read",
  ],
  REPRESENTATIVE: ["org.read", "people.read", "self.read", "campaigns.read", "campaigns.participate", "reports.read", "dashboards.read", "inspections.read", "notices.read", "rankings.read"],
  // Members act for themselves only: their duty, their points, visits to the households they are linked to.
  MEMBER: ["self.read", ...SELF_SERVICE, "visits.record", "campaigns.participate"],
  // Field roles see the units they work in (the subtree of the node their role sits on).
  SUPERVISOR: ["org.read", "self.read", ...SELF_SERVICE, "campaigns.participate", "duty.read", "duty.verify", "ledger.read", "ledger.record", "points.read", "points.award"],
  // The exchange station is run by the social-work agency, which also verifies claims and issues cards (seed 004).
  STATION_OPERATOR: ["org.read", "self.read", ...SELF_SERVICE, "campaigns.participate", "station.operate", "points.read", "points.verify", "points.cards"],
  // Inspectors record monthly checks, unannounced inspections and follow-up spot checks of the units they cover.
  INSPECTOR: ["org.read", "self.read", "ledger.read", "duty.read", "inspections.read", "inspections.record"],
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
