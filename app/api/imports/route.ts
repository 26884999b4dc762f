import { defineRoute } from "@/lib/access/define-route";
import { AppError, invalid } from "@/lib/access/errors";
import { formDataToObject } from "@/lib/access/form-data";
import { parseInput } from "@/lib/access/validate";
import { presentJob, requestTranslator } from "@/lib/imports/present-job";
import { startImport } from "@/lib/imports/run-import";
import { MAX_UPLOAD_BYTES, MAX_UPLOAD_LABEL, uploadSchema } from "@/lib/imports/schemas";

const tooLarge = () => new AppError("PAYLOAD_TOO_LARGE", "imports.errors.fileTooLarge", { max: MAX_UPLOAD_LABEL });

/**
 * Upload an Excel file (multipart: kind, nodeId, jobId, file) and run the import; answers with the finished job.
 * The page polls GET /api/imports/[jobId] meanwhile. defineRoute parses JSON bodies only, so the form is read here.
 */
export const POST = defineRoute({ permission: "import.run" }, async ({ actor, req }) => {
  // The multipart envelope adds a little to the file itself.
  if (Number(req.headers.get("content-length") ?? 0) > MAX_UPLOAD_BYTES + 64 * 1024) throw tooLarge();
  const form = await req.formData().catch(() => {
    throw invalid("errors.validation", { file: ["imports.chooseFile"] });
  });
  const input = await parseInput(uploadSchema, formDataToObject(form), actor.locale);
  if (input.file.size > MAX_UPLOAD_BYTES) throw tooLarge();
  const job = await startImport({
    actor,
    kind: input.kind,
    nodeId: input.nodeId,
    jobId: input.jobId,
    fileName: input.file.name || "upload.xlsx",
    bytes: new Uint8Array(await input.file.arrayBuffer()),
  });
  return { job: presentJob(job, await requestTranslator()) };
});
