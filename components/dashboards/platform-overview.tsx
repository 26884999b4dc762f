import { getLocale, getTranslations } from "next-intl/server";
import { Card, CardHeader } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { Table, Td, Th } from "@/components/ui/table";
import { Badge } from "@/components/ui/badge";
import type { getPlatformDashboard } from "@/lib/dashboards/platform";

/** Root's home: tenants, rosters, freshness of each tenant's figures, the refresh job's queue. */
export async function PlatformOverview({ data, now }: { data: Awaited<ReturnType<typeof getPlatformDashboard>>; now: Date }) {
  const t = await getTranslations("dashboards.home");
  const locale = await getLocale();
  const ago = (d: Date | null) => {
    if (!d) return t("never");
    const s = Math.max(0, Math.round((now.getTime() - new Date(d).getTime()) / 1000));
    return locale === "en" ? `${s < 120 ? `${s} s` : `${Math.round(s / 60)} min`} ago` : s < 120 ? `${s} 秒前` : `${Math.round(s / 60)} 分钟前`;
  };
  const people = data.tenants.reduce((a, x) => a + (x.people ?? 0), 0);
  return (
    <>
      <PageHeader title={t("platformTitle")} />
      <div className="mb-5 grid grid-cols-2 gap-3 md:grid-cols-4">
        <Card className="p-4"><p className="text-sm text-slate-500">{t("tenants")}</p><p className="mt-1 text-2xl font-semibold tabular-nums">{data.tenants.filter((x) => !x.archived).length}</p></Card>
        <Card className="p-4"><p className="text-sm text-slate-500">{t("people")}</p><p className="mt-1 text-2xl font-semibold tabular-nums">{people.toLocaleString()}</p></Card>
        <Card className="p-4"><p className="text-sm text-slate-500">{t("backlog")}</p><p className="mt-1 text-2xl font-semibold tabular-nums">{data.tenants.reduce((a, x) => a + x.backlog, 0)}</p></Card>
        <Card className="p-4">
          <p className="text-sm text-slate-500">{t("jobs")}</p>
          <div className="mt-2 flex flex-wrap gap-1">{data.jobs.length ? data.jobs.map((j) => <Badge key={j.state} tone={j.state === "failed" ? "red" : "slate"}>{j.state} {j.n}</Badge>) : <span className="text-sm text-slate-500">—</span>}</div>
        </Card>
      </div>
      <Card>
        <CardHeader title={t("freshness")} />
        <Table>
          <thead className="bg-slate-50">
            <tr>
              <Th>{t("tenants")}</Th>
              <Th className="text-right">{t("people")}</Th>
              <Th>{t("lastRefresh")}</Th>
              <Th>{t("rebuiltAt")}</Th>
              <Th className="text-right">{t("backlog")}</Th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100" data-testid="platform-tenants">
            {data.tenants.map((x) => (
              <tr key={x.id}>
                <Td className="font-medium">{x.name}{x.archived ? <Badge className="ml-2">archived</Badge> : null}</Td>
                <Td className="text-right tabular-nums">{x.people === null ? "—" : x.people.toLocaleString()}</Td>
                <Td>{ago(x.refreshedAt)}</Td>
                <Td>{ago(x.rebuiltAt)}</Td>
                <Td className="text-right tabular-nums">{x.backlog}</Td>
              </tr>
            ))}
          </tbody>
        </Table>
      </Card>
    </>
  );
}
