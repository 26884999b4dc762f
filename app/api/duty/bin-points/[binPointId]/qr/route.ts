import { z } from "zod";
import { defineRoute } from "@/lib/access/define-route";
import { getBinPoint } from "@/lib/duty/bin-points";
import { publicUrl } from "@/lib/http/public-url";
import { qrResponse } from "@/lib/http/qr-response";
import { id } from "@/lib/org/schemas";

const query = z.object({ format: z.enum(["png", "svg"]).default("png"), download: z.stringbool().default(false) });

/** The bin point's check-in QR code: it opens /m/duty/checkin/<token> on the member's phone. */
export const GET = defineRoute({ permission: "duty.read", params: z.object({ binPointId: id }), query }, async ({ actor, req, params, query }) => {
  const bp = await getBinPoint({ actor, binPointId: params.binPointId });
  return qrResponse(publicUrl(req, `/m/duty/checkin/${bp.qrToken}`), query.format, `bin-point-${bp.id}`, query.download);
});
