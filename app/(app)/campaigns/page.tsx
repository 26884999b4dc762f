import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { can } from "@/lib/access/actor";
import { orNotFound } from "@/lib/access/page";
import { requirePageActor } from "@/lib/auth/current-actor";
import { listCampaigns } from "@/lib/campaigns/campaigns";
import { LinkButton } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { Table, Td, Th } from "@/components/ui/table";
import { CampaignStatusBadge } from "@/components/campaigns/badges";
import { cn } from "@/components/ui/cn";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("nav"))("campaigns") };
}

const STATUSES = ["RUNNING", "DRAFT", "CLOSED"] as const;

export default async function CampaignsPage({ searchParams }: { searchParams: Promise<{ status?: string }> }) {
  const actor = await requirePageActor();
  const sp = await searchParams;
  const status = STATUSES.find((s) => s === sp.status);
  const [t, format] = await Promise.all([getTranslations("campaigns"), getFormatter()]);
  const rows = await orNotFound(listCampaigns({ actor, status }));
  const day = (d: Date) => format.dateTime(d, { dateStyle: "medium", timeZone: "UTC" });
  return (
    <>
      <PageHeader
        title={t("title")}
        description={t("subtitle")}
        actions={
          can(actor, "campaigns.manage") ? (
            <>
              <LinkButton href="/campaigns/questions">{t("contest.bank")}</LinkButton>
              <LinkButton variant="primary" href="/campaigns/new" data-testid="new-campaign">{t("new")}</LinkButton>
            </>
          ) : null
        }
      />
      <Card>
        <div className="flex gap-1 border-b border-slate-100 px-4 py-2 text-sm">
          {[undefined, ...STATUSES].map((s) => (
            <Link
              key={s ?? "all"}
              href={s ? `/campaigns?status=${s}` : "/campaigns"}
              className={cn("rounded-md px-2.5 py-1", s === status ? "bg-brand-50 font-medium text-brand-700" : "text-slate-600 hover:bg-slate-100")}
            >
              {s ? t(`status.${s}`) : t("allStatuses")}
            </Link>
          ))}
        </div>
        {rows.length === 0 ? (
          <EmptyState title={t("empty")} hint={can(actor, "campaigns.manage") ? t("emptyHint") : undefined} />
        ) : (
          <Table>
            <thead className="bg-slate-50">
              <tr>
                <Th>{t("fields.title")}</Th>
                {/* On a phone: the campaign (with its organiser and dates under it) and its status. */}
                <Th className="hidden sm:table-cell">{t("fields.owner")}</Th>
                <Th className="hidden sm:table-cell">{t("fields.period")}</Th>
                <Th>{t("fields.status")}</Th>
                <Th className="hidden text-right sm:table-cell">{t("list.units")}</Th>
                <Th className="hidden text-right sm:table-cell">{t("list.tasks")}</Th>
                <Th className="hidden text-right sm:table-cell">{t("list.signatures")}</Th>
                <Th className="hidden text-right sm:table-cell">{t("list.activities")}</Th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100" data-testid="campaigns-table">
              {rows.map((c) => (
                <tr key={c.id} className="hover:bg-slate-50">
                  <Td>
                    <Link href={`/campaigns/${c.id}`} className="font-medium text-slate-900 hover:text-brand-700">{c.title}</Link>
                    <p className="text-xs text-slate-500">{c.scopeKind === "SUBTREE" ? t("scope.SUBTREE") : t("scope.UNITS")}</p>
                    <p className="text-xs text-slate-500 sm:hidden">
                      {c.node.name} · <span className="whitespace-nowrap tabular-nums">{day(c.startsOn)} – {day(c.endsOn)}</span>
                    </p>
                  </Td>
                  <Td className="hidden sm:table-cell">{c.node.name}</Td>
                  <Td className="hidden whitespace-nowrap tabular-nums text-slate-600 sm:table-cell">{day(c.startsOn)} – {day(c.endsOn)}</Td>
                  <Td><CampaignStatusBadge status={c.status} /></Td>
                  <Td className="hidden text-right tabular-nums sm:table-cell">{c._count.units}</Td>
                  <Td className="hidden text-right tabular-nums sm:table-cell">{c._count.tasks}</Td>
                  <Td className="hidden text-right tabular-nums sm:table-cell">{c._count.signatures}</Td>
                  <Td className="hidden text-right tabular-nums sm:table-cell">{c._count.activities}</Td>
                </tr>
              ))}
            </tbody>
          </Table>
        )}
      </Card>
    </>
  );
}
