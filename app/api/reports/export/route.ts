import { defineRoute } from "@/lib/access/define-route";
import { fileDate, xlsxResponse } from "@/lib/http/xlsx-response";
import { requestTranslator } from "@/lib/imports/present-job";
import { exportPeriod } from "@/lib/reports/export";
import { periodQuery } from "@/lib/reports/schemas";
import { now } from "@/lib/time/clock";

/** One period's reports of a subtree as .xlsx, a row per unit. */
export const GET = defineRoute({ permission: "export.run", query: periodQuery }, async ({ actor, query }) => {
  const t = await requestTranslator();
  const { bytes, def, periodLabel, nodeName } = await exportPeriod({ actor, t, type: query.type, period: query.period, nodeId: query.node, now: await now() });
  const name = [def.name, periodLabel, nodeName, fileDate()].filter(Boolean).join("-");
  return xlsxResponse(bytes, `${name}.xlsx`, `${def.code}-${query.period}.xlsx`);
});
