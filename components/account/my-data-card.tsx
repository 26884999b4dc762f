import { getTranslations } from "next-intl/server";
import { Download } from "lucide-react";
import { buttonClass } from "@/components/ui/button";

/** PIPL: everyone can download what the platform keeps about them. */
export async function MyDataLink({ fullWidth = false }: { fullWidth?: boolean }) {
  const t = await getTranslations("account");
  return (
    <div className="space-y-2">
      <p className="text-sm text-slate-600">{t("myData.description")}</p>
      <a href="/api/me/export" download className={buttonClass("secondary", "md", fullWidth ? "w-full" : undefined)} data-testid="export-my-data">
        <Download className="h-4 w-4" aria-hidden />
        {t("myData.download")}
      </a>
    </div>
  );
}
