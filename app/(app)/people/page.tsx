import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { can } from "@/lib/access/actor";
import { orNotFound } from "@/lib/access/page";
import { requirePageActor } from "@/lib/auth/current-actor";
import { listPeople } from "@/lib/people/read-people";
import { listPeopleSchema } from "@/lib/people/schemas";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { LinkButton } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { Table, Td, Th } from "@/components/ui/table";
import { PeopleFilters } from "@/components/people/people-filters";
import { PersonFlags } from "@/components/people/person-flags";
import { ExportButton } from "@/components/people/export-button";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("nav"))("people") };
}

type SP = Record<string, string | undefined>;

export default async function PeoplePage({ searchParams }: { searchParams: Promise<SP> }) {
  const actor = await requirePageActor();
  const sp = await searchParams;
  const t = await getTranslations("people");
  const parsed = listPeopleSchema.safeParse(sp);
  const input = parsed.success ? parsed.data : listPeopleSchema.parse({});
  const res = await orNotFound(listPeople({ actor, ...input }));
  const canWrite = can(actor, "people.write");
  const params: SP = { nodeId: input.nodeId, q: input.q || undefined, flag: input.flag, status: input.status === "active" ? undefined : input.status };
  return (
    <>
      <PageHeader
        title={t("title")}
        description={res.node ? t("inUnit", { name: res.node.name }) : t("allInScope")}
        actions={
          <>
            {can(actor, "export.run") ? <ExportButton nodeId={input.nodeId} q={input.q || undefined} flag={input.flag} status={input.status} /> : null}
            {canWrite ? (
              <LinkButton variant="primary" href={`/people/new${input.nodeId ? `?nodeId=${input.nodeId}` : ""}`} data-testid="new-person">
                {t("new")}
              </LinkButton>
            ) : null}
          </>
        }
      />
      <div className="mb-4 flex flex-wrap gap-2 text-sm" data-testid="people-counts">
        <Badge>{t("countAll", { count: res.counts.all })}</Badge>
        <Badge tone="red">{t("countParty", { count: res.counts.isPartyMember })}</Badge>
        <Badge tone="blue">{t("countUnion", { count: res.counts.isUnionMember })}</Badge>
        <Badge tone="green">{t("countVolunteer", { count: res.counts.isVolunteer })}</Badge>
        <Badge tone="amber">{t("countModel", { count: res.counts.isModelWorker })}</Badge>
        <Badge>{t("countCadre", { count: res.counts.isCadre })}</Badge>
      </div>
      <Card>
        <PeopleFilters nodeId={input.nodeId} nodeName={res.node?.name} q={input.q} flag={input.flag} status={input.status} />
        {res.rows.length === 0 ? (
          <EmptyState title={input.q || input.flag ? t("noMatches") : t("empty")} hint={canWrite ? t("emptyHint") : undefined} />
        ) : (
          <Table>
            <thead className="bg-slate-50">
              <tr>
                <Th>{t("name")}</Th>
                <Th>{t("phone")}</Th>
                {/* On a phone: the person (their unit under the name) and the phone number. */}
                <Th className="hidden sm:table-cell">{t("unit")}</Th>
                <Th className="hidden sm:table-cell">{t("flags")}</Th>
                <Th className="hidden md:table-cell">{t("joinedAt")}</Th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100" data-testid="people-table">
              {res.rows.map((p) => (
                <tr key={p.id} className="hover:bg-slate-50">
                  <Td>
                    <Link href={`/people/${p.id}`} className="font-medium text-slate-900 hover:text-brand-700">{p.name}</Link>
                    {p.leftAt ? <Badge tone="slate" className="ml-2">{t("left")}</Badge> : null}
                    {p.user ? <Badge tone="blue" className="ml-2">{t("hasAccount")}</Badge> : null}
                    <p className="text-xs text-slate-500 sm:hidden">{p.node.name}</p>
                  </Td>
                  <Td className="whitespace-nowrap tabular-nums text-slate-600">{p.phone ?? "—"}</Td>
                  <Td className="hidden sm:table-cell">
                    <Link href={`/org/${p.node.id}`} className="text-slate-600 hover:text-brand-700">{p.node.name}</Link>
                  </Td>
                  <Td className="hidden sm:table-cell"><PersonFlags person={p} /></Td>
                  <Td className="hidden text-slate-500 md:table-cell">{p.joinedAt ? p.joinedAt.toISOString().slice(0, 10) : "—"}</Td>
                </tr>
              ))}
            </tbody>
          </Table>
        )}
        <Pagination page={res.page} pageSize={res.pageSize} total={res.total} path="/people" params={params} />
      </Card>
    </>
  );
}
