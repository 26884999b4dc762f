// A tenant's policies, kept in Tenant.settings (JSON) and always read through this schema, so missing keys get
// their defaults and a malformed value can never reach the code.
import { z } from "zod";

export const tenantSettingsSchema = z.object({
  /** Password policy: minimum length (8 is the floor). */
  passwordMinLength: z.coerce.number().int().min(8, "validation.password.short").max(64).default(8),
  /** Two-factor sign-in required for tenant admins. */
  require2faForAdmins: z.union([z.boolean(), z.stringbool()]).default(false),
  /** Households a party member should look after (三联: 3–5 by default). */
  householdLinkMin: z.coerce.number().int().min(1).max(50).default(3),
  householdLinkMax: z.coerce.number().int().min(1).max(50).default(5),
});

export type TenantSettings = z.infer<typeof tenantSettingsSchema>;

export function readTenantSettings(raw: unknown): TenantSettings {
  const parsed = tenantSettingsSchema.safeParse(raw ?? {});
  return parsed.success ? parsed.data : tenantSettingsSchema.parse({});
}
