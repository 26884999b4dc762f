// The sidebar follows the role: each entry names the permission that shows it.
import type { Permission } from "./permissions";

export type NavItem = { href: string; key: string; icon: string; permission: Permission; section: "main" | "data" | "org" | "participation" | "system" };

export const NAV: NavItem[] = [
  { href: "/home", key: "home", icon: "home", permission: "org.read", section: "main" },
  { href: "/reports", key: "reports", icon: "clipboard", permission: "reports.read", section: "main" },
  { href: "/campaigns", key: "campaigns", icon: "megaphone", permission: "campaigns.read", section: "main" },
  { href: "/dashboards", key: "dashboards", icon: "chart", permission: "dashboards.read", section: "data" },
  { href: "/inspections", key: "inspections", icon: "search", permission: "inspections.read", section: "data" },
  { href: "/rectifications", key: "rectifications", icon: "wrench", permission: "inspections.read", section: "data" },
  { href: "/notices", key: "notices", icon: "file", permission: "notices.read", section: "data" },
  { href: "/rankings", key: "rankings", icon: "trophy", permission: "rankings.read", section: "data" },
  { href: "/evaluations", key: "evaluations", icon: "medal", permission: "evaluations.read", section: "data" },
  { href: "/org", key: "org", icon: "network", permission: "org.read", section: "org" },
  { href: "/people", key: "people", icon: "users", permission: "people.read", section: "org" },
  { href: "/households", key: "households", icon: "house", permission: "households.read", section: "org" },
  { href: "/links", key: "links", icon: "link", permission: "links.read", section: "participation" },
  { href: "/double", key: "double", icon: "handshake", permission: "double.read", section: "participation" },
  { href: "/duty", key: "duty", icon: "trash", permission: "duty.read", section: "participation" },
  { href: "/ledgers", key: "ledgers", icon: "clipboard", permission: "ledger.read", section: "participation" },
  { href: "/points", key: "points", icon: "award", permission: "points.read", section: "participation" },
  { href: "/stations", key: "stations", icon: "store", permission: "station.operate", section: "participation" },
  { href: "/timebank", key: "timebank", icon: "clock", permission: "points.read", section: "participation" },
  { href: "/redlist", key: "redlist", icon: "flag", permission: "ledger.read", section: "participation" },
  { href: "/users", key: "users", icon: "key", permission: "users.read", section: "system" },
  { href: "/import", key: "import", icon: "upload", permission: "import.run", section: "system" },
  { href: "/audit", key: "audit", icon: "scroll", permission: "audit.read", section: "system" },
  { href: "/settings", key: "settings", icon: "settings", permission: "tenant.settings", section: "system" },
  { href: "/platform", key: "platform", icon: "building", permission: "platform.manage", section: "system" },
];
