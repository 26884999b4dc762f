"use client";
import { useTranslations } from "next-intl";
import { Camera, Loader2, X } from "lucide-react";
import { useUploader } from "@/components/ui/use-uploader";

/**
 * Photos taken with the phone's camera (capture="environment"), uploaded one by one through /api/files; the ids go
 * to the parent. The server checks each file by content and attaches it to the record's unit when the record is saved.
 */
export function PhotoCapture({ ids, onChange, nodeId, max = 9, testId, label }: { ids: string[]; onChange: (ids: string[]) => void; nodeId?: string; max?: number; testId?: string; label?: string }) {
  const t = useTranslations("inspections.form");
  const tc = useTranslations("campaigns");
  const { busy, error, upload } = useUploader({ kind: "image", nodeId, fallback: tc("upload.failed"), onUploaded: (files) => onChange([...ids, ...files.map((f) => f.id)]) });
  return (
    <div>
      <div className="flex flex-wrap gap-2" data-testid={testId ? `${testId}-list` : undefined}>
        {ids.map((id) => (
          <div key={id} className="relative">
            {/* eslint-disable-next-line @next/next/no-img-element */}
            <img src={`/api/files/${id}`} alt="" className="h-16 w-16 rounded-md object-cover ring-1 ring-slate-200" />
            <button type="button" onClick={() => onChange(ids.filter((x) => x !== id))} className="absolute -right-1.5 -top-1.5 rounded-full bg-white p-0.5 text-slate-500 shadow ring-1 ring-slate-200" aria-label={tc("upload.remove")}>
              <X className="h-3.5 w-3.5" />
            </button>
          </div>
        ))}
        {ids.length < max ? (
          <label className="flex h-16 w-16 cursor-pointer flex-col items-center justify-center gap-0.5 rounded-md border border-dashed border-slate-300 text-[11px] text-slate-500 active:bg-slate-50">
            {busy ? <Loader2 className="h-5 w-5 animate-spin" aria-hidden /> : <Camera className="h-5 w-5" aria-hidden />}
            {label ?? t("takePhoto")}
            <input
              type="file"
              className="sr-only"
              accept="image/*"
              capture="environment"
              data-testid={testId}
              onChange={(e) => {
                void upload(e.currentTarget.files, max - ids.length);
                e.currentTarget.value = "";
              }}
            />
          </label>
        ) : null}
      </div>
      {error ? <p className="mt-1 text-xs text-red-600" role="alert">{error}</p> : null}
    </div>
  );
}
