"use server";
import { defineAction } from "@/lib/access/define-action";
import { addOrgLink, removeOrgLink } from "@/lib/links/org-links";
import { orgLinkIdSchema, orgLinkSchema, visitSchema } from "@/lib/links/schemas";
import { recordVisit } from "@/lib/links/visits";

export const addOrgLinkAction = defineAction({ permission: "links.manage", input: orgLinkSchema }, ({ actor, input }) => addOrgLink({ actor, data: input }));
export const removeOrgLinkAction = defineAction({ permission: "links.manage", input: orgLinkIdSchema }, ({ actor, input }) => removeOrgLink({ actor, linkId: input.linkId }));
export const recordVisitAction = defineAction({ permission: "visits.record", input: visitSchema }, ({ actor, input }) => recordVisit({ actor, data: input }));
