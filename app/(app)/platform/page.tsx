import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { CircleCheck, CircleX } from "lucide-react";
import { orNotFound } from "@/lib/access/page";
import { requirePageActor } from "@/lib/auth/current-actor";
import { getPlatformHealth, listTenants } from "@/lib/platform/tenants";
import { Badge } from "@/components/ui/badge";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { Table, Td, Th } from "@/components/ui/table";
import { CreateTenantForm } from "@/components/platform/create-tenant-form";
import { TenantArchiveButton } from "@/components/platform/tenant-archive-button";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("platform"))("title") };
}

export default async function PlatformPage() {
  const actor = await requirePageActor();
  const [tenants, health, t, format] = await Promise.all([
    orNotFound(listTenants({ actor })),
    orNotFound(getPlatformHealth({ actor })),
    getTranslations("platform"),
    getFormatter(),
  ]);
  const n = (v: number) => format.number(v);

  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      <Card className="mb-5">
        <div className="flex flex-wrap items-center gap-x-8 gap-y-3 px-4 py-3">
          <p className="flex items-center gap-2 text-sm font-medium">
            {health.reachable ? (
              <CircleCheck className="h-5 w-5 text-green-600" aria-hidden />
            ) : (
              <CircleX className="h-5 w-5 text-red-600" aria-hidden />
            )}
            <span className={health.reachable ? "text-slate-800" : "text-red-700"}>
              {health.reachable ? t("health.ok", { ms: health.latencyMs }) : t("health.down")}
            </span>
            {health.version ? <span className="text-xs font-normal text-slate-500">PostgreSQL {health.version}</span> : null}
          </p>
          {health.counts ? (
            <dl className="flex flex-wrap gap-x-6 gap-y-1 text-sm">
              {(["tenants", "users", "nodes", "people"] as const).map((k) => (
                <div key={k} className="flex items-baseline gap-1.5">
                  <dt className="text-slate-500">{t(`health.${k}`)}</dt>
                  <dd className="font-semibold tabular-nums text-slate-900">{n(health.counts[k])}</dd>
                </div>
              ))}
            </dl>
          ) : null}
        </div>
      </Card>
      <div className="grid gap-5 lg:grid-cols-5">
        <Card className="self-start lg:col-span-3">
          <CardHeader title={t("tenants.title")} description={t("tenants.count", { count: tenants.length })} />
          {tenants.length === 0 ? (
            <EmptyState title={t("tenants.empty")} />
          ) : (
            <Table>
              <thead className="bg-slate-50">
                <tr>
                  <Th>{t("fields.name")}</Th>
                  <Th>{t("fields.code")}</Th>
                  <Th className="text-right">{t("tenants.nodes")}</Th>
                  <Th className="text-right">{t("tenants.people")}</Th>
                  <Th className="text-right">{t("tenants.users")}</Th>
                  <Th>{t("tenants.createdAt")}</Th>
                  <Th>
                    <span className="sr-only">{t("tenants.actions")}</span>
                  </Th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100 bg-white">
                {tenants.map((x) => (
                  <tr key={x.id} className={x.archived ? "bg-slate-50 text-slate-500" : undefined} data-testid="tenant-row">
                    <Td className="font-medium text-slate-900">
                      {x.name}
                      {x.archived ? <Badge className="ml-2">{t("tenants.archived")}</Badge> : null}
                    </Td>
                    <Td className="font-mono text-xs">{x.code}</Td>
                    <Td className="text-right tabular-nums">{n(x.nodes)}</Td>
                    <Td className="text-right tabular-nums">{n(x.people)}</Td>
                    <Td className="text-right tabular-nums">{n(x.users)}</Td>
                    <Td className="whitespace-nowrap tabular-nums text-slate-500">{format.dateTime(x.createdAt, { dateStyle: "medium" })}</Td>
                    <Td className="text-right">
                      <TenantArchiveButton tenantId={x.id} name={x.name} archived={x.archived} />
                    </Td>
                  </tr>
                ))}
              </tbody>
            </Table>
          )}
        </Card>
        <Card className="self-start lg:col-span-2">
          <CardHeader title={t("create.title")} description={t("create.description")} />
          <CardBody>
            <CreateTenantForm />
          </CardBody>
        </Card>
      </div>
    </>
  );
}
