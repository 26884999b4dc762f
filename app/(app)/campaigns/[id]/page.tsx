import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { AlertTriangle } from "lucide-react";
import { orNotFound } from "@/lib/access/page";
import { requirePageActor } from "@/lib/auth/current-actor";
import { getCampaign } from "@/lib/campaigns/campaigns";
import { getCampaignOverview } from "@/lib/campaigns/overview";
import { percent } from "@/lib/campaigns/rates";
import { Alert } from "@/components/ui/alert";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { Table, Td, Th } from "@/components/ui/table";
import { Kpi, RateBar } from "@/components/campaigns/rate";
import { CampaignControls } from "@/components/campaigns/campaign-controls";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ node?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const actor = await requirePageActor();
  const c = await getCampaign({ actor, campaignId: (await params).id }).catch(() => null);
  return { title: c?.title ?? "—" };
}

export default async function CampaignOverviewPage({ params, searchParams }: Props) {
  const actor = await requirePageActor();
  const { id } = await params;
  const { node } = await searchParams;
  const t = await getTranslations("campaigns");
  const o = await orNotFound(getCampaignOverview({ actor, campaignId: id, nodeId: node?.match(/^[a-z0-9]{1,40}$/) ? node : null }));
  const c = o.campaign;
  const k = o.kpis;
  const base = `/campaigns/${c.id}`;
  return (
    <div className="space-y-6">
      {c.can.manage ? <CampaignControls campaignId={c.id} status={c.status} title={c.title} description={c.description} startsOn={c.startsOn.toISOString().slice(0, 10)} endsOn={c.endsOn.toISOString().slice(0, 10)} /> : null}
      {c.status === "DRAFT" ? <Alert tone="info">{t("overview.draftHint")}</Alert> : null}
      {c.description ? <p className="max-w-4xl whitespace-pre-line text-sm leading-6 text-slate-700">{c.description}</p> : null}

      <section className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3 xl:grid-cols-6" aria-label={t("overview.kpis")}>
        <Link className="block" href={`${base}/tasks`}>
          <Kpi label={t("overview.taskCompletion")} value={percent(k.tasks.rate)} hint={t("overview.taskHint", { done: k.tasks.done, assigned: k.tasks.assigned })} testId="kpi-tasks" />
        </Link>
        <Link className="block" href={`${base}/tasks`}>
          <Kpi label={t("overview.overdue")} value={k.tasks.overdue} tone={k.tasks.overdue ? "red" : undefined} hint={t("overview.overdueHint")} testId="kpi-overdue" />
        </Link>
        <Link className="block" href={`${base}/letter`}>
          <Kpi
            label={t("overview.receipt")}
            value={c.letterPublishedAt ? `${k.receipt.confirmed}/${k.receipt.units}` : t("overview.notPublished")}
            hint={c.letterPublishedAt ? t("overview.receiptHint", { missing: k.receipt.units - k.receipt.confirmed }) : t("overview.letterDraft")}
            testId="kpi-receipt"
          />
        </Link>
        <Link className="block" href={`${base}/pledge`}>
          <Kpi label={t("overview.pledgeRate")} value={percent(k.pledge.rate)} hint={t("overview.ofRoster", { hit: k.pledge.hit, total: k.pledge.total })} testId="kpi-pledge" />
        </Link>
        <Link className="block" href={`${base}/activities`}>
          <Kpi label={t("overview.participationRate")} value={percent(k.participation.rate)} hint={t("overview.participationHint", { hit: k.participation.hit, activities: k.participation.activities })} testId="kpi-participation" />
        </Link>
        <Link className="block" href={`${base}/contest`}>
          <Kpi label={t("overview.awarenessRate")} value={percent(k.awareness.rate)} hint={t("overview.awarenessHint", { hit: k.awareness.hit, total: k.awareness.total })} testId="kpi-awareness" />
        </Link>
      </section>

      {o.sections.length ? (
        <section aria-label={t("overview.framework")}>
          <h2 className="mb-2 text-base font-semibold text-slate-900">{t("overview.framework")}</h2>
          <div className="grid gap-3 md:grid-cols-2 xl:grid-cols-5" data-testid="campaign-sections">
            {o.sections.map((s, i) => (
              <Card key={s.key} className="p-4">
                <p className="text-xs font-medium text-brand-700">{t("overview.part", { n: i + 1 })}</p>
                <h3 className="mt-0.5 text-base font-semibold text-slate-900">{s.title}</h3>
                <p className="mt-1.5 line-clamp-5 text-xs leading-5 text-slate-600">{s.summary}</p>
              </Card>
            ))}
          </div>
        </section>
      ) : null}

      <Card>
        <CardHeader
          title={o.drill.parent ? t("overview.byUnitOf", { name: o.drill.parent.name }) : t("overview.byUnit")}
          description={
            <span className="flex flex-wrap items-center gap-1">
              {o.drill.trail.length > 1 && o.drill.trail.map((n, i) => (
                <span key={n.id}>
                  {i ? " / " : ""}
                  <Link href={`${base}?node=${n.id}`} className="hover:text-brand-700">{n.name}</Link>
                </span>
              ))}
              <span className={o.drill.trail.length > 1 ? "ml-2 text-xs text-slate-400" : "text-xs text-slate-400"}>{t("overview.drillHint")}</span>
            </span>
          }
        />
        {o.drill.rows.length === 0 ? (
          <EmptyState title={t("overview.noUnits")} />
        ) : (
          <Table>
            <thead className="bg-slate-50">
              <tr>
                <Th>{t("fields.unit")}</Th>
                <Th>{t("overview.taskCompletion")}</Th>
                <Th className="text-right">{t("overview.overdue")}</Th>
                <Th>{t("overview.receipt")}</Th>
                <Th>{t("overview.pledgeRate")}</Th>
                <Th>{t("overview.participationRate")}</Th>
                <Th>{t("overview.awarenessRate")}</Th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100" data-testid="overview-units">
              {o.drill.rows.map((r) => (
                <tr key={r.id} className="hover:bg-slate-50">
                  <Td>
                    <Link href={`${base}?node=${r.id}`} className="font-medium text-slate-900 hover:text-brand-700">{r.name}</Link>
                    <p className="text-xs text-slate-400">{t("overview.people", { n: r.pledge.total })}</p>
                  </Td>
                  <Td>{r.tasks.assigned ? <RateBar value={r.tasks.rate} /> : <span className="text-xs text-slate-400">{t("overview.noTasks")}</span>}</Td>
                  <Td className="text-right">
                    {r.tasks.overdue ? (
                      <span className="inline-flex items-center gap-1 font-medium text-brand-700"><AlertTriangle className="h-3.5 w-3.5" aria-hidden />{r.tasks.overdue}</span>
                    ) : (
                      <span className="text-slate-400">0</span>
                    )}
                  </Td>
                  <Td className="whitespace-nowrap tabular-nums">{c.letterPublishedAt && r.receipt.units ? `${r.receipt.confirmed}/${r.receipt.units}` : "—"}</Td>
                  <Td><RateBar value={r.pledge.rate} /></Td>
                  <Td><RateBar value={r.participation.rate} /></Td>
                  <Td><RateBar value={r.awareness.rate} /></Td>
                </tr>
              ))}
            </tbody>
          </Table>
        )}
        <CardBody className="border-t border-slate-100 text-xs leading-5 text-slate-500">{t("overview.formulas")}</CardBody>
      </Card>
    </div>
  );
}
