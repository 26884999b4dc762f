"use client";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { anonymisePersonAction, deletePersonAction, markPersonLeftAction } from "@/app/actions/people";
import { ConfirmButton } from "@/components/ui/confirm-button";

export function PersonActions({ personId, nodeId, left, hasAccount }: { personId: string; nodeId: string; left: boolean; hasAccount: boolean }) {
  const t = useTranslations("people");
  const c = useTranslations("common");
  const router = useRouter();
  return (
    <div className="flex gap-2">
      {!left ? (
        <ConfirmButton
          variant="secondary"
          label={t("markLeft")}
          message={t("markLeftConfirm")}
          onConfirm={async () => {
            const r = await markPersonLeftAction({ personId });
            if (r.ok) router.refresh();
            return r.ok ? null : r.error;
          }}
        />
      ) : null}
      {left ? (
        <ConfirmButton
          label={t("anonymise")}
          message={t("anonymiseConfirm")}
          onConfirm={async () => {
            const r = await anonymisePersonAction({ personId });
            if (r.ok) router.refresh();
            return r.ok ? null : r.error;
          }}
        />
      ) : null}
      {!hasAccount ? (
        <ConfirmButton
          label={c("delete")}
          message={t("deleteConfirm")}
          onConfirm={async () => {
            const r = await deletePersonAction({ personId });
            if (r.ok) router.push(`/people?nodeId=${nodeId}`);
            return r.ok ? null : r.error;
          }}
        />
      ) : null}
    </div>
  );
}
