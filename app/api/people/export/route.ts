import { defineRoute } from "@/lib/access/define-route";
import { fileDate, xlsxResponse } from "@/lib/http/xlsx-response";
import { requestTranslator } from "@/lib/imports/present-job";
import { exportRoster } from "@/lib/people/export-roster";
import { listPeopleSchema } from "@/lib/people/schemas";

const exportQuerySchema = listPeopleSchema.omit({ page: true, pageSize: true });

/** The roster as .xlsx with the roster page's filters (nodeId, q, flag, status); phones masked. */
export const GET = defineRoute({ permission: "export.run", query: exportQuerySchema }, async ({ actor, query }) => {
  const t = await requestTranslator();
  const { bytes, nodeName } = await exportRoster({ actor, t, ...query });
  const name = [t("imports.export.fileName"), nodeName, fileDate()].filter(Boolean).join("-");
  return xlsxResponse(bytes, `${name}.xlsx`, `roster-${fileDate()}.xlsx`);
});
