"use client";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { useTranslations } from "next-intl";
import { markRectifiedAction } from "@/app/actions/inspections";
import { Alert } from "@/components/ui/alert";
import { buttonClass } from "@/components/ui/button";
import { Field, Textarea } from "@/components/ui/field";
import { PhotoCapture } from "./photo-capture";

/** The responsible unit reports an item fixed: what it did, photos after. */
export function RectifyForm({ rectificationId, nodeId }: { rectificationId: string; nodeId: string }) {
  const t = useTranslations("inspections.rect");
  const router = useRouter();
  const [note, setNote] = useState("");
  const [photoIds, setPhotoIds] = useState<string[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string[]>>({});
  const [saved, setSaved] = useState(false);
  const [pending, start] = useTransition();
  if (saved) return <Alert tone="success">{t("doneSaved")}</Alert>;
  return (
    <div className="space-y-3" data-testid="rectify-form">
      {error ? <Alert tone="error">{error}</Alert> : null}
      <Field label={t("doneNote")} htmlFor="doneNote" errors={fieldErrors.note}>
        <Textarea id="doneNote" value={note} onChange={(e) => setNote(e.target.value)} rows={3} />
      </Field>
      <Field label={t("donePhotos")}>
        <PhotoCapture ids={photoIds} onChange={setPhotoIds} nodeId={nodeId} />
      </Field>
      <button
        type="button"
        disabled={pending}
        className={buttonClass("primary", "md")}
        data-testid="rectify-submit"
        onClick={() =>
          start(async () => {
            const res = await markRectifiedAction({ rectificationId, note, photoIds });
            if (!res.ok) return (setError(res.error), setFieldErrors(res.fieldErrors ?? {}));
            setSaved(true);
            router.refresh();
          })
        }
      >
        {t("doneSubmit")}
      </button>
    </div>
  );
}
