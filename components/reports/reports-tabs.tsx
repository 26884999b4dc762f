import Link from "next/link";
import { useTranslations } from "next-intl";
import { cn } from "@/components/ui/cn";

export type ReportsTab = "mine" | "review" | "completeness" | "rollup" | "types";

/** The report pages a role may open, as tabs under the page header. */
export function ReportsTabs({ active, tabs, query = "" }: { active: ReportsTab; tabs: ReportsTab[]; query?: string }) {
  const t = useTranslations("reports.tabs");
  const href: Record<ReportsTab, string> = {
    mine: "/reports",
    review: "/reports/review",
    completeness: `/reports/completeness${query}`,
    rollup: `/reports/rollup${query}`,
    types: "/reports/types",
  };
  if (tabs.length < 2) return null;
  return (
    <nav className="no-print -mt-2 mb-5 flex gap-1 overflow-x-auto border-b border-slate-200" aria-label={t("label")}>
      {tabs.map((tab) => (
        <Link
          key={tab}
          href={href[tab]}
          aria-current={tab === active ? "page" : undefined}
          className={cn(
            "whitespace-nowrap border-b-2 px-3 py-2 text-sm",
            tab === active ? "border-brand-600 font-medium text-brand-700" : "border-transparent text-slate-600 hover:text-slate-900",
          )}
        >
          {t(tab)}
        </Link>
      ))}
    </nav>
  );
}
