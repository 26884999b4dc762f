"use client";
import { useState } from "react";

export type UploadedFile = { id: string; mime: string; originalName: string };

/**
 * Uploads files one by one through POST /api/files (the server judges each by content and size) and hands the
 * accepted ones over together. A refused file shows the server's message (or `fallback`) and the rest go on.
 */
export function useUploader({ kind, nodeId, fallback, onUploaded }: { kind: "image" | "document"; nodeId?: string; fallback: string; onUploaded: (files: UploadedFile[]) => void }) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  async function upload(list: FileList | null, room: number) {
    if (!list?.length || room <= 0) return;
    setBusy(true);
    setError(null);
    const added: UploadedFile[] = [];
    for (const file of Array.from(list).slice(0, room)) {
      const fd = new FormData();
      fd.set("file", file);
      fd.set("kind", kind);
      if (nodeId) fd.set("nodeId", nodeId);
      const res = await fetch("/api/files", { method: "POST", body: fd }).catch(() => null);
      const body = (res ? await res.json().catch(() => null) : null) as (Partial<UploadedFile> & { error?: { message?: string } }) | null;
      if (res?.ok && body?.id) added.push({ id: body.id, mime: body.mime ?? "", originalName: body.originalName ?? file.name });
      else setError(body?.error?.message ?? fallback);
    }
    setBusy(false);
    if (added.length) onUploaded(added);
  }
  return { busy, error, upload };
}
