import { defineRoute } from "@/lib/access/define-route";
import { exportEvaluation } from "@/lib/evaluations/evaluate";
import { evaluationQuery } from "@/lib/evaluations/schemas";
import { periodAt } from "@/lib/dashboards/periods";
import { fileDate, xlsxResponse } from "@/lib/http/xlsx-response";
import { requestTranslator } from "@/lib/imports/present-job";
import { now } from "@/lib/time/clock";

/** The year-end evaluation of party branches or party members of a node as .xlsx. */
export const GET = defineRoute({ permission: "export.run", query: evaluationQuery }, async ({ actor, query }) => {
  const t = await requestTranslator();
  const at = await now();
  const year = query.year ?? periodAt("year", at);
  const { root, bytes } = await exportEvaluation({ actor, t, kind: query.kind, nodeId: query.node, year, now: at });
  return xlsxResponse(bytes, `${t(`evaluations.${query.kind}.exportTitle`, { node: root.name, year })}-${fileDate()}.xlsx`, `${query.kind}-${year}.xlsx`);
});
