// What a file is, judged by its bytes (magic numbers), never by its name or the browser's claim.
import { fileTypeFromBuffer } from "file-type";

export const UPLOAD_KINDS = {
  image: { mimes: ["image/jpeg", "image/png", "image/webp", "image/gif"], maxBytes: 10 * 1024 * 1024 },
  document: {
    mimes: [
      "image/jpeg",
      "image/png",
      "image/webp",
      "application/pdf",
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    ],
    maxBytes: 20 * 1024 * 1024,
  },
} as const;

export type UploadKind = keyof typeof UPLOAD_KINDS;

export async function sniff(bytes: Buffer): Promise<string | null> {
  const t = await fileTypeFromBuffer(bytes);
  return t?.mime ?? null;
}

export function extensionFor(mime: string) {
  return (
    {
      "image/jpeg": "jpg",
      "image/png": "png",
      "image/webp": "webp",
      "image/gif": "gif",
      "application/pdf": "pdf",
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": "xlsx",
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document": "docx",
    } as Record<string, string>
  )[mime];
}
