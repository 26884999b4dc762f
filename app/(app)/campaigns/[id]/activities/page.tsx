import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { orNotFound } from "@/lib/access/page";
import { requirePageActor } from "@/lib/auth/current-actor";
import { listActivities, listActivityHosts } from "@/lib/campaigns/activities/activities";
import { structureSchema } from "@/lib/campaigns/templates";
import { Badge } from "@/components/ui/badge";
import { Card, CardHeader } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { Table, Td, Th } from "@/components/ui/table";
import { NewActivityButton } from "@/components/campaigns/activity-forms";

export default async function ActivitiesPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requirePageActor();
  const { id } = await params;
  const [t, format] = await Promise.all([getTranslations("campaigns"), getFormatter()]);
  const [data, hosts] = await Promise.all([orNotFound(listActivities({ actor, campaignId: id })), orNotFound(listActivityHosts({ actor, campaignId: id }))]);
  const c = data.campaign;
  const suggested = structureSchema.shape.activities.safeParse(c.suggestedActivities);
  return (
    <Card>
      <CardHeader
        title={t("activities.title")}
        description={t("activities.hint")}
        actions={hosts.length ? <NewActivityButton campaignId={c.id} hosts={hosts} suggestions={suggested.success ? suggested.data : []} /> : null}
      />
      {data.rows.length === 0 ? (
        <EmptyState title={t("activities.empty")} hint={hosts.length ? t("activities.emptyHint") : undefined} />
      ) : (
        <Table>
          <thead className="bg-slate-50">
            <tr>
              <Th>{t("activities.activity")}</Th>
              <Th>{t("activities.kind")}</Th>
              <Th>{t("activities.host")}</Th>
              <Th>{t("activities.time")}</Th>
              <Th className="text-right">{t("activities.registered")}</Th>
              <Th className="text-right">{t("activities.checkedIn")}</Th>
              <Th>{t("fields.status")}</Th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100" data-testid="activities-table">
            {data.rows.map((a) => (
              <tr key={a.id} className="hover:bg-slate-50">
                <Td>
                  <Link href={`/campaigns/${c.id}/activities/${a.id}`} className="font-medium text-slate-900 hover:text-brand-700">{a.title}</Link>
                  {a.place ? <p className="text-xs text-slate-500">{a.place}</p> : null}
                </Td>
                <Td className="whitespace-nowrap">{t(`activities.kinds.${a.kind}`)}</Td>
                <Td>{a.node.name}</Td>
                <Td className="whitespace-nowrap tabular-nums text-slate-600">{format.dateTime(a.startsAt, { dateStyle: "medium", timeStyle: "short" })}</Td>
                <Td className="text-right tabular-nums">{a._count.participants}</Td>
                <Td className="text-right tabular-nums">{a.checkedIn}</Td>
                <Td><Badge tone={a.status === "HELD" ? "green" : a.status === "CANCELLED" ? "slate" : "blue"}>{t(`activities.status.${a.status}`)}</Badge></Td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
    </Card>
  );
}
