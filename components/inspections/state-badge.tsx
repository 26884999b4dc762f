import { useTranslations } from "next-intl";
import { Badge } from "@/components/ui/badge";

const TONE = { OPEN: "amber", OVERDUE: "red", DONE: "blue", VERIFIED: "green" } as const;

export function StateBadge({ state }: { state: keyof typeof TONE }) {
  const t = useTranslations("inspections.state");
  return <Badge tone={TONE[state]}>{t(state)}</Badge>;
}
