import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { can } from "@/lib/access/actor";
import { orNotFound } from "@/lib/access/page";
import { requirePageActor } from "@/lib/auth/current-actor";
import { periodAt, periodLabel, shiftPeriod } from "@/lib/dashboards/periods";
import { listNoticeIssuers, listNotices } from "@/lib/notices/notices";
import { now } from "@/lib/time/clock";
import { NewNoticeForm } from "@/components/notices/new-notice-form";
import { Badge } from "@/components/ui/badge";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { Table, Td, Th } from "@/components/ui/table";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("notices"))("title") };
}

const TONE = { DRAFT: "slate", SUBMITTED: "amber", APPROVED: "blue", PUBLISHED: "green" } as const;

export default async function NoticesPage() {
  const actor = await requirePageActor();
  const t = await getTranslations("notices");
  const locale = (await getLocale()) as "zh-CN" | "en";
  const at = await now();
  const rows = await orNotFound(listNotices({ actor }));
  const write = can(actor, "notices.write");
  const issuers = write ? await listNoticeIssuers({ actor }) : [];
  const current = periodAt("quarter", at);
  const quarters = [0, 1, 2, 3, 4].map((i) => shiftPeriod(current, -i)).map((k) => ({ key: k, label: periodLabel(k, locale) }));
  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      {write && issuers.length ? (
        <Card className="mb-5">
          <CardHeader title={t("new")} />
          <CardBody><NewNoticeForm issuers={issuers} quarters={quarters} /></CardBody>
        </Card>
      ) : null}
      <Card>
        {rows.length ? (
          <Table>
            <thead className="bg-slate-50"><tr><Th>{t("table.title")}</Th><Th>{t("table.unit")}</Th><Th>{t("table.quarter")}</Th><Th>{t("table.status")}</Th></tr></thead>
            <tbody className="divide-y divide-slate-100" data-testid="notice-rows">
              {rows.map((n) => (
                <tr key={n.id} className="hover:bg-slate-50">
                  <Td><Link href={`/notices/${n.id}`} className="font-medium text-slate-900 hover:text-brand-700">{n.title}</Link></Td>
                  <Td>{n.node.name}</Td>
                  <Td className="whitespace-nowrap">{periodLabel(n.quarter, locale)}</Td>
                  <Td><Badge tone={TONE[n.status]}>{t(`status.${n.status}`)}</Badge></Td>
                </tr>
              ))}
            </tbody>
          </Table>
        ) : (
          <EmptyState title={t("empty")} />
        )}
      </Card>
    </>
  );
}
