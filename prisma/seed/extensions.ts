// Demo data of later features (reports, campaigns, duty, points, dashboards …): each adds a function here that
// receives the three demo tenants as built (nodes, people, users with their ids) and writes its own rows with the
// owner connection. They run in order, after the organisation data, only when seeding an empty database.
import type { PrismaClient } from "../../lib/generated/prisma/client";
import type { TenantBuilder } from "./builder";
import type { Rng } from "./random";
import { participationDemo } from "./participation";
import { campaignsDemo } from "./campaigns";
import { reportsDemo } from "./reports";
import { dashboardsDemo } from "./dashboards";

export type DemoContext = {
  db: PrismaClient;
  tenants: { fangshan: TenantBuilder; licheng: TenantBuilder; jianghai: TenantBuilder };
  rng: Rng;
  passwordHash: string;
  /** "Now" for the demo: data is laid out relative to it (past weeks, this month …). */
  now: Date;
  log: (m: string) => void;
};

export type DemoExtension = { name: string; run: (ctx: DemoContext) => Promise<void> };

// Dashboards last: its roll-up sums everything the others wrote.
export const DEMO_EXTENSIONS: DemoExtension[] = [reportsDemo, campaignsDemo, participationDemo, dashboardsDemo];
