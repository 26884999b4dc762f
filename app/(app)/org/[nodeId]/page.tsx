import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { requirePageActor } from "@/lib/auth/current-actor";
import { orNotFound } from "@/lib/access/page";
import { getNode, listChildren, listKinds, listScopeRoots } from "@/lib/org/read-nodes";
import { Badge } from "@/components/ui/badge";
import { Card, CardHeader } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { LinkButton } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { Table, Td, Th } from "@/components/ui/table";
import { Breadcrumb } from "@/components/shell/breadcrumb";
import { NodeActions } from "@/components/org/node-actions";
import { OrgTree, type TreeItem } from "@/components/org/org-tree";

type Props = { params: Promise<{ nodeId: string }>; searchParams: Promise<{ archived?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const actor = await requirePageActor();
  const { nodeId } = await params;
  const res = await getNode({ actor, nodeId }).catch(() => null);
  return { title: res?.node.name ?? (await getTranslations("nav"))("org") };
}

export default async function NodePage({ params, searchParams }: Props) {
  const actor = await requirePageActor();
  const { nodeId } = await params;
  const { archived } = await searchParams;
  const showArchived = archived === "1";
  const t = await getTranslations("org");
  const c = await getTranslations("common");
  const { node, breadcrumb, can, usage } = await orNotFound(getNode({ actor, nodeId }));
  const [{ children }, kinds, roots] = await Promise.all([
    listChildren({ actor, nodeId, includeArchived: showArchived }),
    listKinds({ actor }),
    listScopeRoots({ actor }),
  ]);
  // The tree arrives with the way down to this node already open.
  const preloaded: Record<string, TreeItem[]> = {};
  await Promise.all(
    breadcrumb.map(async (b) => {
      const res = b.id === nodeId ? { children } : await listChildren({ actor, nodeId: b.id });
      preloaded[b.id] = res.children.filter((ch) => !ch.archived).map((ch) => ({ id: ch.id, name: ch.name, kindName: ch.kindName, childCount: ch.childCount, archived: ch.archived }));
    }),
  );
  const rootItems: TreeItem[] = roots.map((r) => ({ id: r.id, name: r.name, kindName: r.kind.name, childCount: 1, archived: r.archived }));

  return (
    <div className="grid gap-6 lg:grid-cols-[16rem_1fr]">
      <aside className="hidden lg:block">
        <Card className="sticky top-20 max-h-[calc(100vh-6rem)] overflow-y-auto p-2">
          <OrgTree roots={rootItems} preloaded={preloaded} currentId={node.id} />
        </Card>
      </aside>
      <div className="min-w-0">
        <Breadcrumb items={breadcrumb.map((b) => ({ label: b.name, href: `/org/${b.id}` }))} />
        <PageHeader
          title={
            <span className="flex items-center gap-2">
              <span data-testid="node-title">{node.name}</span>
              <Badge>{node.kind.name}</Badge>
              {node.archived ? <Badge tone="amber">{t("archived")}</Badge> : null}
            </span>
          }
          description={node.code ? `${t("code")}：${node.code}` : undefined}
          actions={
            <NodeActions
              node={{ id: node.id, name: node.name, code: node.code, sortOrder: node.sortOrder, archived: node.archived, kindCode: node.kind.code, kindName: node.kind.name, parentId: node.parentId }}
              kinds={kinds.map((k) => ({ id: k.id, code: k.code, name: actor.locale === "en" && k.nameEn ? k.nameEn : k.name, parentCodes: k.parentCodes }))}
              can={can}
              isEmpty={usage.children + usage.people + usage.households + usage.roles === 0}
            />
          }
        />
        <div className="mb-4 flex flex-wrap gap-2">
          <LinkButton size="sm" href={`/people?nodeId=${node.id}`}>{t("viewPeople")}</LinkButton>
          {node.kind.holdsHouseholds || usage.households ? <LinkButton size="sm" href={`/households?nodeId=${node.id}`}>{t("viewHouseholds")}</LinkButton> : null}
        </div>
        <Card>
          <CardHeader
            title={t("children")}
            description={t("childrenCount", { count: children.length })}
            actions={
              <Link className="text-sm text-slate-600 underline-offset-2 hover:underline" href={showArchived ? `/org/${node.id}` : `/org/${node.id}?archived=1`}>
                {showArchived ? t("hideArchived") : t("showArchived")}
              </Link>
            }
          />
          {children.length === 0 ? (
            <EmptyState title={t("noChildren")} hint={can.addChild ? t("noChildrenHint") : undefined} />
          ) : (
            <Table>
              <thead className="bg-slate-50">
                <tr>
                  <Th>{c("name")}</Th>
                  <Th>{t("kind")}</Th>
                  <Th className="hidden md:table-cell">{t("code")}</Th>
                  <Th className="text-right">{t("subUnits")}</Th>
                  <Th className="text-right">{t("peopleInSubtree")}</Th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100" data-testid="children-table">
                {children.map((ch) => (
                  <tr key={ch.id} className="hover:bg-slate-50">
                    <Td>
                      <Link href={`/org/${ch.id}`} className="font-medium text-slate-900 hover:text-brand-700">{ch.name}</Link>
                      {ch.archived ? <Badge tone="amber" className="ml-2">{t("archived")}</Badge> : null}
                    </Td>
                    <Td>{ch.kindName}</Td>
                    <Td className="hidden text-slate-500 md:table-cell">{ch.code ?? "—"}</Td>
                    <Td className="text-right tabular-nums">{ch.childCount}</Td>
                    <Td className="text-right tabular-nums">
                      <Link href={`/people?nodeId=${ch.id}`} className="hover:text-brand-700">{ch.peopleCount}</Link>
                    </Td>
                  </tr>
                ))}
              </tbody>
            </Table>
          )}
        </Card>
      </div>
    </div>
  );
}
