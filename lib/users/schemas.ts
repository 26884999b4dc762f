import { z } from "zod";
import { ROLES } from "../access/permissions";
import { id } from "../org/schemas";
import { phone } from "../people/schemas";

export const username = z
  .string()
  .trim()
  .toLowerCase()
  .min(3, "validation.usernameShort")
  .max(32, "validation.usernameLong")
  .regex(/^[a-z][a-z0-9_.-]*$/, "validation.usernameChars");

/** An email address for reminders: trimmed, lowercased, at most 254 characters; "" clears it (null). */
export const optionalEmail = z
  .string()
  .trim()
  .toLowerCase()
  .max(254, "validation.email")
  .pipe(z.union([z.literal(""), z.email({ error: "validation.email" })]))
  .transform((v) => v || null);

export const tenantRole = z.enum(ROLES.filter((r) => r !== "PLATFORM_ADMIN") as [string, ...string[]]) as z.ZodType<
  Exclude<(typeof ROLES)[number], "PLATFORM_ADMIN">
>;

export const createUserSchema = z.object({
  username,
  displayName: z.string().trim().min(1, "validation.nameRequired").max(50, "validation.nameTooLong"),
  phone: z.union([phone, z.literal("")]).optional().transform((v) => v || null),
  personId: z.union([id, z.literal("")]).optional().transform((v) => v || null),
  /** For email reminders (optional; set or changed later on the account page too). */
  email: optionalEmail.optional().transform((v) => v ?? null),
  role: tenantRole,
  nodeId: id,
});

export const updateUserSchema = z.object({
  userId: id,
  displayName: z.string().trim().min(1, "validation.nameRequired").max(50, "validation.nameTooLong"),
  disabled: z.union([z.boolean(), z.stringbool()]).default(false),
  /** Omitted: unchanged (API clients that predate it); "": cleared. */
  email: optionalEmail.optional(),
});

export const myEmailSchema = z.object({ email: optionalEmail });

export const userIdSchema = z.object({ userId: id });
export const assignRoleSchema = z.object({ userId: id, nodeId: id, role: tenantRole });
export const removeRoleSchema = z.object({ userId: id, assignmentId: id });
export const followSchema = z.object({ userId: id, nodeIds: z.array(id).max(500, "validation.tooMany") });

export const listUsersSchema = z.object({
  q: z.string().trim().max(50).default(""),
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
});

export const changePasswordSchema = z
  .object({
    currentPassword: z.string().min(1, "validation.required").max(256),
    newPassword: z.string().min(1, "validation.required").max(256, "validation.tooLong"),
    confirmPassword: z.string().max(256),
  })
  .refine((v) => v.newPassword === v.confirmPassword, { path: ["confirmPassword"], message: "validation.passwordsDiffer" });
