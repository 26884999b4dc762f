import { z } from "zod";
import { defineRoute } from "@/lib/access/define-route";
import { doublePerformanceXlsx, getDoublePerformance } from "@/lib/double-reporting/performance";
import { quarterKey } from "@/lib/double-reporting/schemas";
import { fileDate, xlsxResponse } from "@/lib/http/xlsx-response";
import { requestTranslator } from "@/lib/imports/present-job";

/** The district's table of every unit's performance in the communities, as .xlsx. */
export const GET = defineRoute({ permission: "double.read", query: z.object({ quarter: quarterKey }) }, async ({ actor, query }) => {
  const rows = await getDoublePerformance({ actor, quarter: query.quarter });
  const t = await requestTranslator();
  const bytes = await doublePerformanceXlsx(rows, query.quarter, t);
  return xlsxResponse(bytes, `${t("double.export.fileName")}-${query.quarter}-${fileDate()}.xlsx`, `double-reporting-${query.quarter}.xlsx`);
});
