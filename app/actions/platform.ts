"use server";
import { defineAction } from "@/lib/access/define-action";
import { createTenantSchema, setTenantArchivedSchema } from "@/lib/platform/schemas";
import { createTenant, setTenantArchived } from "@/lib/platform/tenants";

export const createTenantAction = defineAction({ permission: "platform.manage", input: createTenantSchema }, ({ actor, input }) =>
  createTenant({ actor, data: input }),
);

export const setTenantArchivedAction = defineAction({ permission: "platform.manage", input: setTenantArchivedSchema }, ({ actor, input }) =>
  setTenantArchived({ actor, data: input }),
);
