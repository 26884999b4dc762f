// A tenant's policies, kept in Tenant.settings (JSON) and always read through this schema, so missing keys get
// their defaults and a malformed value can never reach the code.
import { z } from "zod";

const hhmm = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, "duty.validation.clock");

export const DEFAULT_DUTY_SLOTS = [
  { start: "06:30", end: "08:30" },
  { start: "18:00", end: "20:00" },
];

export const tenantSettingsSchema = z.object({
  /** Password policy: minimum length (8 is the floor). */
  passwordMinLength: z.coerce.number().int().min(8, "validation.password.short").max(64).default(8),
  /** Two-factor sign-in required for tenant admins. */
  require2faForAdmins: z.union([z.boolean(), z.stringbool()]).default(false),
  /** Report reminders also by email (to accounts with an address), when the server has SMTP_URL. Off by default. */
  emailReminders: z.union([z.boolean(), z.stringbool()]).default(false),
  /** Households a party member should look after (三联: 3–5 by default). */
  householdLinkMin: z.coerce.number().int().min(1).max(50).default(3),
  householdLinkMax: z.coerce.number().int().min(1).max(50).default(5),
  /** Bin-side duty a member owes each month, in minutes (2 hours). */
  dutyNormMinutes: z.coerce.number().int().min(0).max(24 * 60).default(120),
  /** The slots a new bin point starts with (local times, Asia/Shanghai). */
  dutySlots: z.array(z.object({ start: hhmm, end: hhmm })).max(6).default(DEFAULT_DUTY_SLOTS),
  /** Review of points claims and awards before they are booked: VERIFY (e.g. a social-work agency), CONFIRM (the party organisation). */
  pointsReviewSteps: z.array(z.enum(["VERIFY", "CONFIRM"])).max(2).default(["CONFIRM"]),
  /** Volunteer minutes a door-to-door visit deposits in the time bank when no duration is given. */
  visitMinutes: z.coerce.number().int().min(0).max(240).default(30),
  /** Letters before a points card's number (JH-000123); empty: from the tenant's code. */
  cardPrefix: z.string().trim().toUpperCase().regex(/^[A-Z]{0,4}$/, "points.validation.cardPrefix").default(""),
  /** How the monthly red/black list is drafted from the supervisors' ledgers. */
  redListRule: z
    .object({
      topN: z.coerce.number().int().min(0).max(20),
      bottomN: z.coerce.number().int().min(0).max(20),
      minObserved: z.coerce.number().int().min(0).max(100_000),
    })
    .default({ topN: 3, bottomN: 3, minObserved: 20 }),
});

export type TenantSettings = z.infer<typeof tenantSettingsSchema>;

/** The keys the general settings form edits; other features edit their own keys (a save never resets the rest). */
export const generalSettingsSchema = tenantSettingsSchema.pick({
  passwordMinLength: true,
  require2faForAdmins: true,
  emailReminders: true,
  householdLinkMin: true,
  householdLinkMax: true,
});

/** The participation keys (duty norm and slots, review steps, visits, cards, red list), edited on their own form. */
export const participationSettingsSchema = tenantSettingsSchema.pick({
  dutyNormMinutes: true,
  dutySlots: true,
  pointsReviewSteps: true,
  visitMinutes: true,
  cardPrefix: true,
  redListRule: true,
});

export function readTenantSettings(raw: unknown): TenantSettings {
  const parsed = tenantSettingsSchema.safeParse(raw ?? {});
  return parsed.success ? parsed.data : tenantSettingsSchema.parse({});
}
