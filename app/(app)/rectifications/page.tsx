import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { orNotFound } from "@/lib/access/page";
import { requirePageActor } from "@/lib/auth/current-actor";
import { listRectifications } from "@/lib/inspections/rectifications";
import { rectificationListQuery } from "@/lib/inspections/schemas";
import { now } from "@/lib/time/clock";
import { StateBadge } from "@/components/inspections/state-badge";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { Table, Td, Th } from "@/components/ui/table";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("inspections"))("rectificationsTitle") };
}

const day = (d: Date, locale: string) => new Intl.DateTimeFormat(locale, { timeZone: "Asia/Shanghai", year: "numeric", month: "2-digit", day: "2-digit" }).format(d);

/** Rectification items of the units in scope, overdue ones first; the responsible unit reports them done. */
export default async function RectificationsPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const actor = await requirePageActor();
  const t = await getTranslations("inspections");
  const locale = await getLocale();
  const at = await now();
  const q = rectificationListQuery.safeParse(await searchParams);
  const query = q.success ? q.data : { page: 1 as number, node: undefined, state: undefined };
  const list = await orNotFound(listRectifications({ actor, nodeId: query.node, state: query.state, page: query.page, now: at }));
  const states = [undefined, "OVERDUE", "OPEN", "DONE", "VERIFIED"] as const;
  return (
    <>
      <PageHeader title={t("rectificationsTitle")} description={t("rectificationsDescription")} />
      <div className="mb-3 flex flex-wrap gap-2 text-sm" data-testid="rect-filters">
        {states.map((s) => (
          <Link key={s ?? "all"} href={`/rectifications?${new URLSearchParams({ ...(query.node ? { node: query.node } : {}), ...(s ? { state: s } : {}) })}`} className={s === query.state ? "rounded-full bg-brand-600 px-3 py-1 text-white" : "rounded-full bg-white px-3 py-1 text-slate-700 ring-1 ring-slate-200"}>
            {s ? t(`state.${s}`) : t("filters.all")}
            {s ? <span className="ml-1 tabular-nums opacity-75">{s === "OPEN" ? Math.max(0, (list.counts.OPEN ?? 0) - (list.counts.OVERDUE ?? 0)) : (list.counts[s] ?? 0)}</span> : null}
          </Link>
        ))}
      </div>
      <Card>
        {list.rows.length ? (
          <>
            <Table>
              <thead className="bg-slate-50"><tr><Th>{t("table.description")}</Th><Th>{t("table.responsible")}</Th><Th>{t("table.deadline")}</Th><Th>{t("table.state")}</Th><Th>{t("rect.from")}</Th></tr></thead>
              <tbody className="divide-y divide-slate-100" data-testid="rect-rows">
                {list.rows.map((r) => (
                  <tr key={r.id} className="hover:bg-slate-50" data-testid="rect-row">
                    <Td><Link href={`/rectifications/${r.id}`} className="font-medium text-slate-900 hover:text-brand-700">{r.description}</Link></Td>
                    <Td>{r.node.name}</Td>
                    <Td className={`whitespace-nowrap tabular-nums ${r.state === "OVERDUE" ? "font-medium text-red-700" : ""}`}>{day(r.deadline, locale)}</Td>
                    <Td><StateBadge state={r.state} /></Td>
                    <Td className="text-slate-500"><Link href={`/inspections/${r.inspection.id}`} className="hover:text-brand-700">{t(`kind.${r.inspection.kind}`)} {day(r.inspection.occurredAt, locale)}</Link></Td>
                  </tr>
                ))}
              </tbody>
            </Table>
            <Pagination page={list.page} pageSize={list.pageSize} total={list.total} path="/rectifications" params={{ node: query.node, state: query.state }} />
          </>
        ) : (
          <EmptyState title={t("emptyRect")} />
        )}
      </Card>
    </>
  );
}
