import { useTranslations } from "next-intl";
import { Download } from "lucide-react";
import { buttonClass } from "@/components/ui/button";

/**
 * 导出 Excel: downloads the roster with the filters the roster page shows (node, search, flag, status). A plain
 * link: the file comes from GET /api/people/export, which checks export.run and the scope itself.
 */
export function ExportButton({ nodeId, q, flag, status }: { nodeId?: string; q?: string; flag?: string; status?: string }) {
  const t = useTranslations("imports");
  const sp = new URLSearchParams();
  for (const [k, v] of Object.entries({ nodeId, q, flag, status })) if (v) sp.set(k, v);
  const qs = sp.toString();
  return (
    <a href={`/api/people/export${qs ? `?${qs}` : ""}`} download className={buttonClass("secondary", "md")} data-testid="people-export">
      <Download className="h-4 w-4" aria-hidden />
      {t("exportButton")}
    </a>
  );
}
