import { defineRoute } from "@/lib/access/define-route";
import { exportDrill } from "@/lib/dashboards/export";
import { drillQuery } from "@/lib/dashboards/schemas";
import { fileDate, xlsxResponse } from "@/lib/http/xlsx-response";
import { requestTranslator } from "@/lib/imports/present-job";
import { now } from "@/lib/time/clock";

/** The drill-down table of one indicator as .xlsx. */
export const GET = defineRoute({ permission: "export.run", query: drillQuery }, async ({ actor, query }) => {
  const t = await requestTranslator();
  const { drill: d, bytes } = await exportDrill({ actor, t, indicator: query.indicator, nodeId: query.node, period: query.period, now: await now() });
  const name = [t(`dashboards.indicators.${d.indicator.code}.name`), d.periodLabel, d.node?.name, fileDate()].filter(Boolean).join("-");
  return xlsxResponse(bytes, `${name}.xlsx`, `${d.indicator.code}-${d.period}.xlsx`);
});
