"use client";
import { useState } from "react";
import { useTranslations } from "next-intl";
import { Camera, Loader2, X } from "lucide-react";
import { useUploader } from "@/components/ui/use-uploader";

/**
 * Photos taken on the phone (rear camera) uploaded one by one to /api/files; the form carries their ids as
 * `${name}[]`. The record that receives them attaches them to its unit.
 */
export function PhotoInput({ name, label, max = 6, testId }: { name: string; label: string; max?: number; testId?: string }) {
  const t = useTranslations("duty.photos");
  const [ids, setIds] = useState<string[]>([]);
  const { busy, error, upload } = useUploader({ kind: "image", fallback: t("failed"), onUploaded: (files) => setIds((prev) => [...prev, ...files.map((f) => f.id)]) });
  return (
    <div className="space-y-2" data-testid={testId}>
      <span className="block text-sm font-medium text-slate-700">{label}</span>
      <div className="flex flex-wrap gap-2">
        {ids.map((id) => (
          <span key={id} className="relative">
            {/* eslint-disable-next-line @next/next/no-img-element */}
            <img src={`/api/files/${id}`} alt="" className="h-16 w-16 rounded-md object-cover ring-1 ring-slate-200" />
            <input type="hidden" name={`${name}[]`} value={id} />
            <button type="button" aria-label={t("remove")} onClick={() => setIds((p) => p.filter((x) => x !== id))} className="absolute -right-1.5 -top-1.5 rounded-full bg-white p-0.5 shadow ring-1 ring-slate-300">
              <X className="h-3 w-3" />
            </button>
          </span>
        ))}
        {ids.length < max ? (
          <label className="flex h-16 w-16 cursor-pointer flex-col items-center justify-center rounded-md border border-dashed border-slate-300 bg-white text-xs text-slate-500">
            {busy ? <Loader2 className="h-5 w-5 animate-spin" /> : <Camera className="h-5 w-5" />}
            <span>{t("add")}</span>
            <input type="file" accept="image/*" capture="environment" multiple className="sr-only" onChange={(e) => (void upload(e.target.files, max - ids.length), (e.target.value = ""))} />
          </label>
        ) : null}
      </div>
      {error ? <p className="text-xs text-red-600">{error}</p> : null}
    </div>
  );
}
