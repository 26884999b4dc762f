"use server";
import { z } from "zod";
import { defineAction } from "@/lib/access/define-action";
import { id } from "@/lib/org/schemas";
import { markNotificationsRead } from "@/lib/notifications/notifications";

export const markNotificationsReadAction = defineAction({ permission: null, input: z.object({ id: id.optional() }) }, ({ actor, input }) =>
  markNotificationsRead({ actor, id: input.id }),
);
