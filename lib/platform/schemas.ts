import { z } from "zod";
import { id } from "../org/schemas";
import { TENANT_TEMPLATES } from "../org/kind-templates";
import { username } from "../users/schemas";

const name = z.string().trim().min(1, "validation.nameRequired").max(100, "validation.nameTooLong");

export const createTenantSchema = z.object({
  code: z
    .string()
    .trim()
    .toLowerCase()
    .min(2, "validation.tenantCodeChars")
    .max(32, "validation.tenantCodeChars")
    .regex(/^[a-z][a-z0-9-]*$/, "validation.tenantCodeChars"),
  name,
  template: z.enum(Object.keys(TENANT_TEMPLATES) as [keyof typeof TENANT_TEMPLATES, ...(keyof typeof TENANT_TEMPLATES)[]]),
  rootName: name,
  adminUsername: username,
  adminDisplayName: z.string().trim().min(1, "validation.nameRequired").max(50, "validation.nameTooLong"),
});

export type CreateTenantInput = z.output<typeof createTenantSchema>;

export const setTenantArchivedSchema = z.object({
  tenantId: id,
  archived: z.union([z.boolean(), z.stringbool()]),
});
