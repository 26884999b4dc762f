import { z } from "zod";
import { defineRoute } from "@/lib/access/define-route";
import { getPledgeToken } from "@/lib/campaigns/pledges/pledges";
import { publicUrl, qrResponse } from "@/lib/campaigns/qr-response";
import { id } from "@/lib/org/schemas";

// The QR code of a unit's public pledge page, for its staff (or the campaign's managers) to print.
export const GET = defineRoute(
  {
    permission: "campaigns.read",
    params: z.object({ campaignId: id, unitId: id }),
    query: z.object({ format: z.enum(["png", "svg"]).default("png"), download: z.stringbool().default(false) }),
  },
  async ({ actor, req, params, query }) => {
    const { token, unitName } = await getPledgeToken({ actor, campaignId: params.campaignId, unitId: params.unitId });
    return qrResponse(publicUrl(req, `/p/pledge/${token}`), query.format, `承诺书-${unitName}`, query.download);
  },
);
