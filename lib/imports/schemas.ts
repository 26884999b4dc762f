import { z } from "zod";
import { id } from "../org/schemas";

export const MAX_UPLOAD_BYTES = 10 * 1024 * 1024;
export const MAX_UPLOAD_LABEL = "10 MB";

/** The multipart upload (FormData → object): the file is checked for its content later, not its name. */
export const uploadSchema = z.object({
  kind: z.enum(["ORG_TREE", "ROSTER", "HOUSEHOLD_LINKS"]),
  nodeId: id,
  /** Chosen by the page so it can poll progress while the upload is still running. */
  jobId: id.optional().or(z.literal("").transform(() => undefined)),
  file: z.instanceof(File, { error: "imports.chooseFile" }).refine((f) => f.size > 0, "imports.chooseFile"),
});

export const jobParamsSchema = z.object({ jobId: id });

export const templateParamsSchema = z.object({ kind: z.enum(["org", "roster", "links"]) });
export const templateQuerySchema = z.object({ nodeId: id.optional().or(z.literal("").transform(() => undefined)) });
