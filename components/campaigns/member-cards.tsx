import Link from "next/link";
import { useFormatter, useTranslations } from "next-intl";
import { ChevronRight, PenLine } from "lucide-react";
import { Card } from "@/components/ui/card";
import { CampaignStatusBadge } from "./badges";

type Row = { id: string; title: string; status: "DRAFT" | "RUNNING" | "CLOSED"; startsOn: Date; endsOn: Date; node: { name: string }; hasPledge: boolean; pledgeTitle: string | null; signedAt: Date | null };

/** The member's campaigns, each with a call to sign its pledge while it runs. */
export function MyCampaignCards({ rows }: { rows: Row[] }) {
  const t = useTranslations("campaigns");
  const format = useFormatter();
  const day = (d: Date) => format.dateTime(d, { dateStyle: "medium", timeZone: "UTC" });
  return (
    <ul className="space-y-3" data-testid="my-campaigns">
      {rows.map((c) => (
        <li key={c.id}>
          <Card className="overflow-hidden">
            <Link href={`/m/campaigns/${c.id}`} className="flex items-center gap-3 p-4 active:bg-slate-50">
              <span className="min-w-0 flex-1">
                <span className="flex items-start gap-2">
                  <span className="line-clamp-2 text-base font-semibold text-slate-900">{c.title}</span>
                  <CampaignStatusBadge status={c.status} />
                </span>
                <span className="mt-0.5 block text-xs text-slate-500">{c.node.name} · {day(c.startsOn)} – {day(c.endsOn)}</span>
              </span>
              <ChevronRight className="h-5 w-5 shrink-0 text-slate-400" aria-hidden />
            </Link>
            {c.hasPledge ? (
              c.signedAt ? (
                <p className="border-t border-slate-100 bg-green-50 px-4 py-2 text-sm text-green-800">{t("member.signedOn", { when: format.dateTime(c.signedAt, { dateStyle: "medium" }) })}</p>
              ) : c.status === "RUNNING" ? (
                <Link href={`/m/campaigns/${c.id}/pledge`} className="flex items-center gap-2 border-t border-slate-100 bg-brand-50 px-4 py-3 text-sm font-medium text-brand-700" data-testid="sign-cta">
                  <PenLine className="h-4 w-4" aria-hidden />
                  {t("member.signCta", { title: c.pledgeTitle ?? t("pledge.title") })}
                </Link>
              ) : null
            ) : null}
          </Card>
        </li>
      ))}
    </ul>
  );
}
