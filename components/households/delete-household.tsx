"use client";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { deleteHouseholdAction } from "@/app/actions/households";
import { ConfirmButton } from "@/components/ui/confirm-button";

export function DeleteHousehold({ householdId, nodeId }: { householdId: string; nodeId: string }) {
  const t = useTranslations("households");
  const c = useTranslations("common");
  const router = useRouter();
  return (
    <ConfirmButton
      label={c("delete")}
      message={t("deleteConfirm")}
      onConfirm={async () => {
        const r = await deleteHouseholdAction({ householdId });
        if (r.ok) router.push(`/households?nodeId=${nodeId}`);
        return r.ok ? null : r.error;
      }}
    />
  );
}
