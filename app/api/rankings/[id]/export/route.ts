import { z } from "zod";
import { defineRoute } from "@/lib/access/define-route";
import { fileDate, xlsxResponse } from "@/lib/http/xlsx-response";
import { requestTranslator } from "@/lib/imports/present-job";
import { id } from "@/lib/org/schemas";
import { periodLabel } from "@/lib/dashboards/periods";
import { exportRanking } from "@/lib/rankings/rankings";

/** A ranking with its calculation per unit as .xlsx. */
export const GET = defineRoute({ permission: "export.run", params: z.object({ id }) }, async ({ actor, params }) => {
  const t = await requestTranslator();
  const { ranking: r, bytes } = await exportRanking({ actor, rankingId: params.id, t });
  return xlsxResponse(bytes, `${r.node.name}-${periodLabel(r.period)}-${fileDate()}.xlsx`, `ranking-${r.period}.xlsx`);
});
