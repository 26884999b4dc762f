"use server";
import { defineAction } from "@/lib/access/define-action";
import { targetsSchema } from "@/lib/dashboards/schemas";
import { saveTargets } from "@/lib/dashboards/targets";

/** The tenant's targets for the catalogue's rates and scores (empty: the default). */
export const saveTargetsAction = defineAction({ permission: "dashboards.configure", input: targetsSchema }, ({ actor, input }) => saveTargets({ actor, data: input }));
