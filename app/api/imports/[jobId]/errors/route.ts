import { defineRoute } from "@/lib/access/define-route";
import { fileDate, xlsxResponse } from "@/lib/http/xlsx-response";
import { buildErrorReport } from "@/lib/imports/error-report";
import { requestTranslator } from "@/lib/imports/present-job";
import { getImportJob } from "@/lib/imports/run-import";
import { jobParamsSchema } from "@/lib/imports/schemas";

/** Every error of an import as .xlsx: 行号, 列, 原因, 原始内容. */
export const GET = defineRoute({ permission: null, params: jobParamsSchema }, async ({ actor, params }) => {
  const job = await getImportJob({ actor, jobId: params.jobId, errorLimit: null });
  const t = await requestTranslator();
  const base = job.fileName.replace(/\.xlsx$/i, "");
  return xlsxResponse(await buildErrorReport(job, t), `${t("imports.report.fileName")}-${base}-${fileDate(job.createdAt)}.xlsx`, "import-errors.xlsx");
});
