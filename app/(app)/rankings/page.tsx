import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { can } from "@/lib/access/actor";
import { orNotFound } from "@/lib/access/page";
import { requirePageActor } from "@/lib/auth/current-actor";
import { CATALOGUE } from "@/lib/dashboards/catalogue";
import { periodAt, periodLabel, shiftPeriod } from "@/lib/dashboards/periods";
import { listRankings } from "@/lib/rankings/rankings";
import { listSchemes } from "@/lib/rankings/schemes";
import { listNoticeIssuers } from "@/lib/notices/notices";
import { now } from "@/lib/time/clock";
import { ComputeRankingForm } from "@/components/rankings/compute-form";
import { SchemeEditor } from "@/components/rankings/scheme-editor";
import { Badge } from "@/components/ui/badge";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { Table, Td, Th } from "@/components/ui/table";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("rankings"))("title") };
}

const TONE = { DRAFT: "slate", APPROVED: "blue", PUBLISHED: "green" } as const;

export default async function RankingsPage() {
  const actor = await requirePageActor();
  const t = await getTranslations("rankings");
  const td = await getTranslations("dashboards");
  const locale = (await getLocale()) as "zh-CN" | "en";
  const at = await now();
  const [rows, schemes] = await Promise.all([orNotFound(listRankings({ actor })), listSchemes({ actor })]);
  const manage = can(actor, "rankings.manage");
  const configure = can(actor, "dashboards.configure");
  // The same nodes a notice may be issued by: the roots of the actor's scope and the units below them.
  const nodes = manage && can(actor, "notices.write") ? await listNoticeIssuers({ actor }) : [];
  const current = periodAt("half", at);
  const periods = [0, 1, 2].map((i) => shiftPeriod(current, -i)).map((k) => ({ key: k, label: periodLabel(k, locale) }));
  const indicators = CATALOGUE.filter((i) => i.rankable).map((i) => ({ code: i.code, name: td(`indicators.${i.code}.name`) }));
  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      {manage && schemes.length && nodes.length ? (
        <Card className="mb-5">
          <CardHeader title={t("compute")} />
          <CardBody><ComputeRankingForm schemes={schemes} nodes={nodes} periods={periods} /></CardBody>
        </Card>
      ) : null}
      <Card>
        {rows.length ? (
          <Table>
            <thead className="bg-slate-50"><tr><Th>{t("unit")}</Th><Th>{t("period")}</Th><Th>{t("scheme")}</Th><Th className="text-right">{t("table.unit")}</Th><Th>{t("statusLabel")}</Th></tr></thead>
            <tbody className="divide-y divide-slate-100" data-testid="ranking-rows">
              {rows.map((r) => (
                <tr key={r.id} className="hover:bg-slate-50">
                  <Td><Link href={`/rankings/${r.id}`} className="font-medium text-slate-900 hover:text-brand-700">{r.node.name}</Link></Td>
                  <Td>{periodLabel(r.period, locale)}</Td>
                  <Td>{r.scheme.name}</Td>
                  <Td className="text-right tabular-nums">{r.units}</Td>
                  <Td><Badge tone={TONE[r.status]}>{t(`status.${r.status}`)}</Badge></Td>
                </tr>
              ))}
            </tbody>
          </Table>
        ) : (
          <EmptyState title={t("empty")} />
        )}
      </Card>
      <Card className="mt-5">
        <CardHeader title={t("schemes")} />
        <CardBody className="space-y-3">
          {schemes.length ? null : <p className="text-sm text-slate-500">{t("noScheme")}</p>}
          {schemes.map((s) => (
            <div key={s.id}>
              <p className="text-sm font-semibold">{s.name}</p>
              <p className="text-sm text-slate-600">{s.weights.map((w) => `${td(`indicators.${w.indicator}.short`)} ${w.weight}%`).join("，")}</p>
              {configure ? <SchemeEditor scheme={s} indicators={indicators} /> : null}
            </div>
          ))}
          {configure ? <SchemeEditor scheme={null} indicators={indicators} /> : null}
        </CardBody>
      </Card>
    </>
  );
}
