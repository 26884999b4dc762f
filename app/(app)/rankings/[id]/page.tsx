import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { Download } from "lucide-react";
import { can } from "@/lib/access/actor";
import { orNotFound } from "@/lib/access/page";
import { requirePageActor } from "@/lib/auth/current-actor";
import { formatFigure } from "@/lib/dashboards/format";
import { periodLabel } from "@/lib/dashboards/periods";
import { getRanking } from "@/lib/rankings/rankings";
import { approveRankingAction, computeRankingAction, publishRankingAction } from "@/app/actions/rankings";
import { ActionButton } from "@/components/campaigns/action-button";
import { Badge } from "@/components/ui/badge";
import { buttonClass } from "@/components/ui/button";
import { Card, CardBody } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { Table, Td, Th } from "@/components/ui/table";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("rankings"))("title") };
}

const TONE = { DRAFT: "slate", APPROVED: "blue", PUBLISHED: "green" } as const;

/** A ranking with its calculation shown per unit: each indicator's figure, its weighted points, the total, the rank. */
export default async function RankingPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requirePageActor();
  const { id } = await params;
  const t = await getTranslations("rankings");
  const td = await getTranslations("dashboards");
  const locale = (await getLocale()) as "zh-CN" | "en";
  const r = await orNotFound(getRanking({ actor, rankingId: id }));
  const when = (d: Date) => new Intl.DateTimeFormat(locale, { timeZone: "Asia/Shanghai", dateStyle: "medium", timeStyle: "short" }).format(d);
  return (
    <>
      <PageHeader
        title={<span className="inline-flex items-center gap-2">{r.node.name} · {periodLabel(r.period, locale)} <Badge tone={TONE[r.status]}><span data-testid="ranking-status">{t(`status.${r.status}`)}</span></Badge></span>}
        description={`${r.scheme.name} · ${t("computedAt", { time: when(r.computedAt) })}`}
        actions={
          <>
            {can(actor, "export.run") ? <a href={`/api/rankings/${r.id}/export`} className={buttonClass("secondary", "sm")} data-testid="ranking-export"><Download className="h-4 w-4" aria-hidden />{t("exportButton")}</a> : null}
            {r.status === "DRAFT" && r.canManage ? <ActionButton action={computeRankingAction} input={{ schemeId: r.scheme.id, nodeId: r.node.id, period: r.period }}>{t("recompute")}</ActionButton> : null}
            {r.status === "DRAFT" && r.canApprove ? <ActionButton action={approveRankingAction} input={{ rankingId: r.id }} variant="primary" testId="ranking-approve">{t("approve")}</ActionButton> : null}
            {r.status === "APPROVED" && r.canManage ? <ActionButton action={publishRankingAction} input={{ rankingId: r.id }} variant="primary" testId="ranking-publish">{t("publish")}</ActionButton> : null}
          </>
        }
      />
      <Card className="mb-4"><CardBody className="text-sm text-slate-600">{t("method")} {r.status === "DRAFT" && !r.canApprove ? t("fourEyes") : ""}</CardBody></Card>
      <Card>
        <Table>
          <thead className="bg-slate-50">
            <tr>
              <Th>{t("table.rank")}</Th>
              <Th>{t("table.unit")}</Th>
              {r.weights.map((w) => <Th key={w.indicator} className="text-right">{td(`indicators.${w.indicator}.short`)}<span className="ml-1 font-normal normal-case text-slate-400">×{w.weight}%</span></Th>)}
              <Th className="text-right">{t("table.total")}</Th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100" data-testid="ranking-table">
            {r.rows.map((row) => (
              <tr key={row.id} data-testid="ranking-row" data-rank={row.rank}>
                <Td className="text-lg font-semibold tabular-nums">{row.rank}</Td>
                <Td className="font-medium">{row.name}</Td>
                {r.weights.map((w) => (
                  <Td key={w.indicator} className="text-right tabular-nums">
                    {formatFigure(w.indicator, row.values[w.indicator] ?? null, locale)}
                    <span className="block text-xs text-slate-500">{row.contributions[w.indicator]}</span>
                  </Td>
                ))}
                <Td className="text-right text-base font-semibold tabular-nums">{row.total}</Td>
              </tr>
            ))}
          </tbody>
        </Table>
      </Card>
    </>
  );
}
