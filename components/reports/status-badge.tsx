import { useTranslations } from "next-intl";
import { Badge } from "@/components/ui/badge";
import type { DisplayStatus } from "@/lib/reports/status";

const TONE: Record<DisplayStatus, "slate" | "red" | "green" | "amber" | "blue"> = {
  NOT_STARTED: "slate",
  DRAFT: "blue",
  MISSING: "red",
  SUBMITTED_ON_TIME: "green",
  SUBMITTED_LATE: "amber",
  RETURNED: "red",
  APPROVED: "green",
};

export function StatusBadge({ status, className }: { status: DisplayStatus; className?: string }) {
  const t = useTranslations("reports.status");
  return (
    <Badge tone={TONE[status]} className={className}>
      <span data-testid="report-status" data-status={status}>{t(status)}</span>
    </Badge>
  );
}
