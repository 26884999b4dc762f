import { defineRoute } from "@/lib/access/define-route";
import { xlsxResponse } from "@/lib/http/xlsx-response";
import { requestTranslator } from "@/lib/imports/present-job";
import { exportAggregatedTable } from "@/lib/reports/export";
import { periodQuery } from "@/lib/reports/schemas";

/** The aggregated table of one period in the paper form's layout (the bin-duty table of attachment 2). */
export const GET = defineRoute({ permission: "export.run", query: periodQuery }, async ({ actor, query }) => {
  const t = await requestTranslator();
  const { bytes, title, def } = await exportAggregatedTable({ actor, t, type: query.type, period: query.period, nodeId: query.node });
  return xlsxResponse(bytes, `${title}.xlsx`, `${def.code}-${query.period}-table.xlsx`);
});
