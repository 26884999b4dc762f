import { useTranslations } from "next-intl";
import { Badge } from "@/components/ui/badge";

const CAMPAIGN_TONES = { DRAFT: "slate", RUNNING: "green", CLOSED: "blue" } as const;

export function CampaignStatusBadge({ status }: { status: keyof typeof CAMPAIGN_TONES }) {
  const t = useTranslations("campaigns");
  return <Badge tone={CAMPAIGN_TONES[status]} className="shrink-0 whitespace-nowrap">{t(`status.${status}`)}</Badge>;
}

export function TaskStateBadge({ status, overdue }: { status: "PENDING" | "IN_PROGRESS" | "DONE"; overdue: boolean }) {
  const t = useTranslations("campaigns");
  if (overdue) return <Badge tone="red">{t("tasks.state.OVERDUE")}</Badge>;
  return <Badge tone={status === "DONE" ? "green" : status === "IN_PROGRESS" ? "amber" : "slate"}>{t(`tasks.state.${status}`)}</Badge>;
}
