import { z } from "zod";
import { defineRoute } from "@/lib/access/define-route";
import { id } from "@/lib/org/schemas";
import { readStoredFile } from "@/lib/storage/files";

// Download: the stored type (never guessed by the browser), images inline, everything else as an attachment.
export const GET = defineRoute({ permission: null, params: z.object({ fileId: id }) }, async ({ actor, params }) => {
  const f = await readStoredFile({ actor, fileId: params.fileId });
  const inline = f.mime.startsWith("image/");
  return new Response(new Uint8Array(f.bytes), {
    headers: {
      "Content-Type": f.mime,
      "Content-Length": String(f.bytes.length),
      "Content-Disposition": `${inline ? "inline" : "attachment"}; filename*=UTF-8''${encodeURIComponent(f.name)}`,
      "X-Content-Type-Options": "nosniff",
      "Content-Security-Policy": "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; sandbox",
      "Cache-Control": "private, max-age=3600",
    },
  });
});
