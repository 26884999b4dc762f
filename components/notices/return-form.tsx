"use client";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { useTranslations } from "next-intl";
import { returnNoticeAction } from "@/app/actions/notices";
import { Alert } from "@/components/ui/alert";
import { buttonClass } from "@/components/ui/button";
import { Textarea } from "@/components/ui/field";

export function ReturnNoticeForm({ noticeId }: { noticeId: string }) {
  const t = useTranslations("notices");
  const router = useRouter();
  const [comment, setComment] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [pending, start] = useTransition();
  return (
    <div className="space-y-2">
      {error ? <Alert tone="error">{error}</Alert> : null}
      <Textarea value={comment} onChange={(e) => setComment(e.target.value)} rows={2} placeholder={t("returnComment")} aria-label={t("returnComment")} />
      <button type="button" disabled={pending} className={buttonClass("danger", "sm")} onClick={() => start(async () => {
        const res = await returnNoticeAction({ noticeId, comment });
        if (!res.ok) return setError(res.error);
        router.refresh();
      })}>{t("return")}</button>
    </div>
  );
}
