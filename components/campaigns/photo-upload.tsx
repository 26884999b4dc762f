"use client";
import { useState } from "react";
import { useTranslations } from "next-intl";
import { ImagePlus, Loader2, X } from "lucide-react";
import { useUploader, type UploadedFile } from "@/components/ui/use-uploader";

/**
 * Photos (or documents) uploaded one by one through /api/files, kept as hidden `${name}[]` fields of the form.
 * The server checks each file by content; here we only show what was accepted.
 */
export function FileUpload({ name, nodeId, kind = "image", max = 9, testId }: { name: string; nodeId?: string; kind?: "image" | "document"; max?: number; testId?: string }) {
  const t = useTranslations("campaigns");
  const [files, setFiles] = useState<UploadedFile[]>([]);
  const { busy, error, upload } = useUploader({ kind, nodeId, fallback: t("upload.failed"), onUploaded: (added) => setFiles((f) => [...f, ...added]) });
  return (
    <div className="space-y-2">
      {files.map((f) => (
        <input key={f.id} type="hidden" name={`${name}[]`} value={f.id} />
      ))}
      <div className="flex flex-wrap gap-2" data-testid={testId ? `${testId}-list` : undefined}>
        {files.map((f) => (
          <div key={f.id} className="relative">
            {f.mime.startsWith("image/") ? (
              // eslint-disable-next-line @next/next/no-img-element
              <img src={`/api/files/${f.id}`} alt={f.originalName} className="h-20 w-20 rounded-md object-cover ring-1 ring-slate-200" />
            ) : (
              <span className="flex h-20 w-32 items-center justify-center rounded-md bg-slate-50 p-2 text-center text-xs text-slate-600 ring-1 ring-slate-200">{f.originalName}</span>
            )}
            <button type="button" onClick={() => setFiles((x) => x.filter((y) => y.id !== f.id))} className="absolute -right-1.5 -top-1.5 rounded-full bg-white p-0.5 text-slate-500 shadow ring-1 ring-slate-200" aria-label={t("upload.remove")}>
              <X className="h-3.5 w-3.5" />
            </button>
          </div>
        ))}
        {files.length < max ? (
          <label className="flex h-20 w-20 cursor-pointer flex-col items-center justify-center gap-1 rounded-md border border-dashed border-slate-300 text-xs text-slate-500 hover:bg-slate-50">
            {busy ? <Loader2 className="h-5 w-5 animate-spin" aria-hidden /> : <ImagePlus className="h-5 w-5" aria-hidden />}
            {kind === "image" ? t("upload.addPhoto") : t("upload.addFile")}
            <input
              type="file"
              className="sr-only"
              multiple
              accept={kind === "image" ? "image/jpeg,image/png,image/webp,image/gif" : undefined}
              data-testid={testId}
              onChange={(e) => {
                void upload(e.currentTarget.files, max - files.length);
                e.currentTarget.value = "";
              }}
            />
          </label>
        ) : null}
      </div>
      {error ? <p className="text-xs text-red-600" role="alert">{error}</p> : null}
    </div>
  );
}

/** Photos kept on a record (task reports, activity results). */
export function PhotoStrip({ ids, alt }: { ids: string[]; alt: string }) {
  if (!ids.length) return null;
  return (
    <div className="flex flex-wrap gap-2">
      {ids.map((id) => (
        <a key={id} href={`/api/files/${id}`} target="_blank" rel="noopener noreferrer">
          {/* eslint-disable-next-line @next/next/no-img-element */}
          <img src={`/api/files/${id}`} alt={alt} className="h-20 w-20 rounded-md object-cover ring-1 ring-slate-200" />
        </a>
      ))}
    </div>
  );
}
