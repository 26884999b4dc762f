"use client";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { setTenantArchivedAction } from "@/app/actions/platform";
import { ConfirmButton } from "@/components/ui/confirm-button";

export function TenantArchiveButton({ tenantId, name, archived }: { tenantId: string; name: string; archived: boolean }) {
  const t = useTranslations("platform");
  const router = useRouter();
  return (
    <ConfirmButton
      variant={archived ? "secondary" : "danger"}
      label={archived ? t("archive.restore") : t("archive.archive")}
      message={archived ? t("archive.restoreConfirm", { name }) : t("archive.archiveConfirm", { name })}
      confirmLabel={archived ? t("archive.restore") : t("archive.archive")}
      onConfirm={async () => {
        const res = await setTenantArchivedAction({ tenantId, archived: !archived });
        if (!res.ok) return res.error;
        router.refresh();
        return null;
      }}
    />
  );
}
