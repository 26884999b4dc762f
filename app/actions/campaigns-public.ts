"use server";
// Public pages (no sign-in): pledge signing and activity check-in by QR code. Rate-limited in the data layer.
import { headers } from "next/headers";
import { definePublicAction } from "@/lib/access/define-action";
import { publicCheckIn } from "@/lib/campaigns/activities/checkin";
import { publicCheckinSchema } from "@/lib/campaigns/activities/schemas";
import { signPublicPledge } from "@/lib/campaigns/pledges/public";
import { publicSignSchema } from "@/lib/campaigns/pledges/schemas";
import { clientIp } from "@/lib/http/client-ip";

export const signPublicPledgeAction = definePublicAction(publicSignSchema, async ({ input }) =>
  signPublicPledge({ token: input.token, name: input.name, phone: input.phone, ip: clientIp(await headers()) }),
);

export const publicCheckInAction = definePublicAction(publicCheckinSchema, async ({ input }) =>
  publicCheckIn({ token: input.token, name: input.name, phone: input.phone, ip: clientIp(await headers()) }),
);
