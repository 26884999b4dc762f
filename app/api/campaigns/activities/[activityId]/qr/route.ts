import { z } from "zod";
import { defineRoute } from "@/lib/access/define-route";
import { getCheckinToken } from "@/lib/campaigns/activities/activities";
import { publicUrl, qrResponse } from "@/lib/campaigns/qr-response";
import { id } from "@/lib/org/schemas";

// The check-in QR code of an activity, for the staff who run it.
export const GET = defineRoute(
  {
    permission: "campaigns.unit",
    params: z.object({ activityId: id }),
    query: z.object({ format: z.enum(["png", "svg"]).default("png"), download: z.stringbool().default(false) }),
  },
  async ({ actor, req, params, query }) => {
    const { token, title } = await getCheckinToken({ actor, activityId: params.activityId });
    return qrResponse(publicUrl(req, `/p/checkin/${token}`), query.format, `签到-${title}`, query.download);
  },
);
