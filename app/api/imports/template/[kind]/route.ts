import { defineRoute } from "@/lib/access/define-route";
import { fileDate, xlsxResponse } from "@/lib/http/xlsx-response";
import { requestTranslator } from "@/lib/imports/present-job";
import { buildTemplate, kindOfSlug } from "@/lib/imports/templates";
import { templateParamsSchema, templateQuerySchema } from "@/lib/imports/schemas";
import { getNode, listKinds } from "@/lib/org/read-nodes";

/** The Excel template of an import, with the tenant's unit types; ?nodeId= puts that unit's code in the example. */
export const GET = defineRoute({ permission: "import.run", params: templateParamsSchema, query: templateQuerySchema }, async ({ actor, params, query }) => {
  const kind = kindOfSlug(params.kind)!;
  const [kinds, target] = await Promise.all([listKinds({ actor }), query.nodeId ? getNode({ actor, nodeId: query.nodeId }) : null]);
  const t = await requestTranslator();
  const bytes = await buildTemplate(kind, { kinds, t, parentCode: target?.node.code, parentKindCode: target?.node.kind.code });
  return xlsxResponse(bytes, `${t(`imports.templateFileName.${params.kind}`)}-${fileDate()}.xlsx`, `${params.kind}-template.xlsx`);
});
