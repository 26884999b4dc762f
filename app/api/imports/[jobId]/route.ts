import { defineRoute } from "@/lib/access/define-route";
import { presentJob, requestTranslator } from "@/lib/imports/present-job";
import { getImportJob } from "@/lib/imports/run-import";
import { jobParamsSchema } from "@/lib/imports/schemas";

/** Progress and outcome of an import (the first 200 errors). Its starter, or audit readers over its node. */
export const GET = defineRoute({ permission: null, params: jobParamsSchema }, async ({ actor, params }) => {
  const job = await getImportJob({ actor, jobId: params.jobId });
  return { job: presentJob(job, await requestTranslator()) };
});
