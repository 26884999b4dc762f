import { defineRoute } from "@/lib/access/define-route";
import { branchesXlsx, evaluateBranches, evaluateMembers, membersXlsx } from "@/lib/evaluations/evaluate";
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
  if (query.kind === "members") {
    const e = await evaluateMembers({ actor, nodeId: query.node, year, now: at });
    return xlsxResponse(await membersXlsx(e, t), `${t("evaluations.members.exportTitle", { node: e.root.name, year })}-${fileDate()}.xlsx`, `members-${year}.xlsx`);
  }
  const e = await evaluateBranches({ actor, nodeId: query.node, year, now: at });
  return xlsxResponse(await branchesXlsx(e, t), `${t("evaluations.branches.exportTitle", { node: e.root.name, year })}-${fileDate()}.xlsx`, `branches-${year}.xlsx`);
});
