import { z } from "zod";
import { defineRoute } from "@/lib/access/define-route";
import { getCardForPrint } from "@/lib/points/cards";
import { publicUrl } from "@/lib/http/public-url";
import { qrResponse } from "@/lib/http/qr-response";
import { id } from "@/lib/org/schemas";

const query = z.object({ format: z.enum(["png", "svg"]).default("png"), download: z.stringbool().default(false) });

/** A points card's QR code: scanned by a supervisor (award) or an operator (exchange), it opens /m/card/<token>. */
export const GET = defineRoute({ permission: "points.cards", params: z.object({ cardId: id }), query }, async ({ actor, req, params, query }) => {
  const card = await getCardForPrint({ actor, cardId: params.cardId });
  return qrResponse(publicUrl(req, `/m/card/${card.qrToken}`), query.format, `card-${card.number}`, query.download);
});
