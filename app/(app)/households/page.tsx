import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { can } from "@/lib/access/actor";
import { orNotFound } from "@/lib/access/page";
import { requirePageActor } from "@/lib/auth/current-actor";
import { listHouseholds } from "@/lib/households/read-households";
import { listHouseholdsSchema } from "@/lib/households/schemas";
import { Badge } from "@/components/ui/badge";
import { buttonClass, LinkButton } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { Checkbox, Input } from "@/components/ui/field";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { Table, Td, Th } from "@/components/ui/table";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("nav"))("households") };
}

type SP = Record<string, string | undefined>;

export default async function HouseholdsPage({ searchParams }: { searchParams: Promise<SP> }) {
  const actor = await requirePageActor();
  const sp = await searchParams;
  const t = await getTranslations("households");
  const c = await getTranslations("common");
  const parsed = listHouseholdsSchema.safeParse(sp);
  const input = parsed.success ? parsed.data : listHouseholdsSchema.parse({});
  const res = await orNotFound(listHouseholds({ actor, ...input }));
  const params: SP = { nodeId: input.nodeId, q: input.q || undefined, unlinked: input.unlinked ? "true" : undefined };
  return (
    <>
      <PageHeader
        title={t("title")}
        description={res.node ? t("inUnit", { name: res.node.name }) : t("allInScope")}
        actions={
          can(actor, "households.write") && res.node ? (
            <LinkButton variant="primary" href={`/households/new?nodeId=${res.node.id}`}>{t("new")}</LinkButton>
          ) : null
        }
      />
      <Card>
        <form method="get" className="flex flex-wrap items-center gap-3 border-b border-slate-100 px-4 py-3" role="search">
          {input.nodeId ? <input type="hidden" name="nodeId" value={input.nodeId} /> : null}
          <Input name="q" defaultValue={input.q} placeholder={t("searchPlaceholder")} className="max-w-xs" aria-label={c("search")} />
          <Checkbox name="unlinked" value="true" defaultChecked={input.unlinked} label={t("onlyUnlinked")} />
          <button type="submit" className={buttonClass("secondary")}>{c("search")}</button>
          {!res.node ? <span className="text-sm text-slate-500">{t("pickUnitHint")}</span> : null}
        </form>
        {res.rows.length === 0 ? (
          <EmptyState title={t("empty")} />
        ) : (
          <Table>
            <thead className="bg-slate-50">
              <tr>
                <Th>{t("address")}</Th>
                <Th>{t("headName")}</Th>
                <Th>{t("phone")}</Th>
                <Th>{t("unit")}</Th>
                <Th>{t("linkedMembers")}</Th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100" data-testid="households-table">
              {res.rows.map((h) => (
                <tr key={h.id} className="hover:bg-slate-50">
                  <Td>
                    <Link href={`/households/${h.id}`} className="font-medium text-slate-900 hover:text-brand-700">
                      {[h.building, h.unit, h.room].filter(Boolean).join(" ") || "—"}
                    </Link>
                  </Td>
                  <Td>{h.headName}</Td>
                  <Td className="tabular-nums text-slate-600">{h.phone ?? "—"}</Td>
                  <Td><Link href={`/org/${h.node.id}`} className="text-slate-600 hover:text-brand-700">{h.node.name}</Link></Td>
                  <Td>
                    {h.links.length ? (
                      h.links.map((l) => l.person.name).join("、")
                    ) : (
                      <Badge tone="amber">{t("unlinked")}</Badge>
                    )}
                  </Td>
                </tr>
              ))}
            </tbody>
          </Table>
        )}
        <Pagination page={res.page} pageSize={res.pageSize} total={res.total} path="/households" params={params} />
      </Card>
    </>
  );
}
