import { z } from "zod";
import { AppError } from "@/lib/access/errors";
import { defineRoute } from "@/lib/access/define-route";
import { parseInput } from "@/lib/access/validate";
import { id } from "@/lib/org/schemas";
import { storeUpload } from "@/lib/storage/files";

const fields = z.object({ kind: z.enum(["image", "document"]).default("image"), nodeId: id.optional() });

// Upload one file (multipart: file, kind, nodeId). Checked by content and size; stored outside public/.
export const POST = defineRoute({ permission: null }, async ({ actor, req }) => {
  if (Number(req.headers.get("content-length") ?? 0) > 25 * 1024 * 1024) throw new AppError("PAYLOAD_TOO_LARGE", "errors.tooLarge");
  const form = await req.formData().catch(() => {
    throw new AppError("VALIDATION", "errors.badUpload");
  });
  const file = form.get("file");
  if (!(file instanceof File)) throw new AppError("VALIDATION", "errors.badUpload");
  const input = await parseInput(fields, { kind: form.get("kind") ?? undefined, nodeId: form.get("nodeId") || undefined }, actor.locale);
  return storeUpload({ actor, bytes: Buffer.from(await file.arrayBuffer()), name: file.name, kind: input.kind, nodeId: input.nodeId });
});
