import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { Smartphone } from "lucide-react";
import { can } from "@/lib/access/actor";
import { orNotFound } from "@/lib/access/page";
import { requirePageActor } from "@/lib/auth/current-actor";
import { listChecklists } from "@/lib/inspections/checklists";
import { listInspections } from "@/lib/inspections/inspections";
import { inspectionListQuery } from "@/lib/inspections/schemas";
import { installDefaultChecklistAction } from "@/app/actions/inspections";
import { ActionButton } from "@/components/campaigns/action-button";
import { ChecklistEditor } from "@/components/inspections/checklist-editor";
import { buttonClass } from "@/components/ui/button";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { Table, Td, Th } from "@/components/ui/table";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("inspections"))("title") };
}

const when = (d: Date, locale: string) => new Intl.DateTimeFormat(locale, { timeZone: "Asia/Shanghai", year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", hour12: false }).format(d);

/** Inspections of the units in scope, newest first; the checklists the tenant uses. */
export default async function InspectionsPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const actor = await requirePageActor();
  const t = await getTranslations("inspections");
  const locale = await getLocale();
  const q = inspectionListQuery.safeParse(await searchParams);
  const query = q.success ? q.data : { page: 1 as number, node: undefined, kind: undefined };
  const [list, checklists] = await Promise.all([orNotFound(listInspections({ actor, nodeId: query.node, kind: query.kind, page: query.page })), listChecklists({ actor, all: true })]);
  const configure = can(actor, "inspections.configure");
  return (
    <>
      <PageHeader
        title={t("title")}
        description={t("description")}
        actions={
          can(actor, "inspections.record") ? (
            <>
              <Link href="/m/inspections/new" className={buttonClass("primary", "sm")}><Smartphone className="h-4 w-4" aria-hidden />{t("newOnPhone")}</Link>
              <Link href="/m/inspections/follow-up" className={buttonClass("secondary", "sm")}>{t("followUp")}</Link>
            </>
          ) : null
        }
      />
      <div className="mb-3 flex flex-wrap gap-2 text-sm">
        {([undefined, "MONTHLY", "UNANNOUNCED", "FOLLOW_UP"] as const).map((k) => (
          <Link key={k ?? "all"} href={`/inspections?${new URLSearchParams({ ...(query.node ? { node: query.node } : {}), ...(k ? { kind: k } : {}) })}`} className={k === query.kind ? "rounded-full bg-brand-600 px-3 py-1 text-white" : "rounded-full bg-white px-3 py-1 text-slate-700 ring-1 ring-slate-200"}>
            {k ? t(`kind.${k}`) : t("filters.all")}
          </Link>
        ))}
      </div>
      <Card>
        {list.rows.length ? (
          <>
            <Table>
              <thead className="bg-slate-50">
                <tr><Th>{t("table.time")}</Th><Th>{t("table.unit")}</Th><Th>{t("table.kind")}</Th><Th>{t("table.inspector")}</Th><Th className="text-right">{t("table.score")}</Th><Th className="text-right">{t("table.problems")}</Th></tr>
              </thead>
              <tbody className="divide-y divide-slate-100" data-testid="inspection-rows">
                {list.rows.map((r) => (
                  <tr key={r.id} className="hover:bg-slate-50">
                    <Td className="whitespace-nowrap"><Link href={`/inspections/${r.id}`} className="text-slate-900 hover:text-brand-700">{when(r.occurredAt, locale)}</Link></Td>
                    <Td className="font-medium">{r.node.name}</Td>
                    <Td>{t(`kind.${r.kind}`)}</Td>
                    <Td className="text-slate-600">{r.inspectorName}</Td>
                    <Td className="text-right tabular-nums">{r.maxTotal ? `${r.total} / ${r.maxTotal}` : "—"}</Td>
                    <Td className="text-right tabular-nums">{r._count.rectifications}</Td>
                  </tr>
                ))}
              </tbody>
            </Table>
            <Pagination page={list.page} pageSize={list.pageSize} total={list.total} path="/inspections" params={{ node: query.node, kind: query.kind }} />
          </>
        ) : (
          <EmptyState title={t("empty")} />
        )}
      </Card>
      <Card className="mt-5">
        <CardHeader title={t("checklists")} actions={configure && !checklists.length ? <ActionButton action={installDefaultChecklistAction} input={{}} testId="install-checklist">{t("installDefault")}</ActionButton> : null} />
        <CardBody className="space-y-4">
          {checklists.length ? null : <p className="text-sm text-slate-500">{t("noChecklist")}</p>}
          {checklists.map((c) => (
            <div key={c.id}>
              <p className="text-sm font-semibold text-slate-900">{c.name}{c.active ? null : <span className="ml-2 text-xs text-slate-400">（{t("inactive")}）</span>}</p>
              <ul className="mt-1 grid gap-1 text-sm text-slate-600 sm:grid-cols-2">
                {c.items.map((i) => <li key={i.key}>· {i.text}（{i.maxScore}分{i.photoRequired ? `，${t("form.photoRequired")}` : ""}）</li>)}
              </ul>
              {configure ? <ChecklistEditor checklist={c} /> : null}
            </div>
          ))}
          {configure ? <ChecklistEditor checklist={null} /> : null}
        </CardBody>
      </Card>
    </>
  );
}
