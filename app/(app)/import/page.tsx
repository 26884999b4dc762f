import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { can } from "@/lib/access/actor";
import { requirePageActor } from "@/lib/auth/current-actor";
import { listMyImports } from "@/lib/imports/run-import";
import { listScopeRoots, searchNodes } from "@/lib/org/read-nodes";
import { ImportForm, type ImportTarget } from "@/components/imports/import-form";
import { Badge } from "@/components/ui/badge";
import { Card, CardHeader } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { Table, Td, Th } from "@/components/ui/table";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("imports"))("title") };
}

const STATUS_TONE = { RUNNING: "blue", FAILED: "red", REJECTED: "amber", DONE: "green" } as const;
const KIND_LABEL = { ORG_TREE: "kindOrg", ROSTER: "kindRoster", HOUSEHOLD_LINKS: "kindLinks" } as const;

/** Nodes in tree order (parents first, siblings by sort order), each with its depth below the shallowest. */
function treeOrder<T extends { id: string; parentId: string | null; depth: number; sortOrder: number; name: string }>(nodes: T[]): (T & { level: number })[] {
  const ids = new Set(nodes.map((n) => n.id));
  const children = new Map<string | null, T[]>();
  for (const n of nodes) {
    const key = n.parentId && ids.has(n.parentId) ? n.parentId : null;
    children.set(key, [...(children.get(key) ?? []), n]);
  }
  const out: (T & { level: number })[] = [];
  const visit = (parent: string | null, level: number) => {
    const list = (children.get(parent) ?? []).sort((a, b) => a.depth - b.depth || a.sortOrder - b.sortOrder || a.name.localeCompare(b.name, "zh-CN"));
    for (const n of list) {
      out.push({ ...n, level });
      visit(n.id, level + 1);
    }
  };
  visit(null, 0);
  return out;
}

export default async function ImportPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const actor = await requirePageActor();
  if (!can(actor, "import.run")) notFound();
  const [t, format, sp] = await Promise.all([getTranslations("imports"), getFormatter(), searchParams]);
  const [roots, nodes, recent] = await Promise.all([
    listScopeRoots({ actor }),
    searchNodes({ actor, q: "", limit: 100 }),
    listMyImports({ actor }),
  ]);
  const targets: ImportTarget[] = treeOrder(nodes).map((n) => ({ id: n.id, name: n.name, code: n.code, kindName: n.kind.name, level: n.level }));
  const defaultNodeId = targets.some((n) => n.id === sp.nodeId) ? sp.nodeId! : (roots[0]?.id ?? targets[0]?.id ?? "");
  const kinds = [
    ...(can(actor, "org.write") ? (["ORG_TREE"] as const) : []),
    ...(can(actor, "people.write") ? (["ROSTER"] as const) : []),
    ...(can(actor, "households.write") ? (["HOUSEHOLD_LINKS"] as const) : []),
  ];
  const wanted = sp.kind === "roster" ? "ROSTER" : sp.kind === "links" ? "HOUSEHOLD_LINKS" : null;
  const defaultKind = wanted && (kinds as string[]).includes(wanted) ? (wanted as (typeof kinds)[number]) : kinds[0];

  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      <div className="grid gap-5 xl:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
        {defaultKind ? (
          <ImportForm targets={targets} defaultNodeId={defaultNodeId} kinds={[...kinds]} defaultKind={defaultKind} />
        ) : (
          <Card>
            <EmptyState title={t("recentEmpty")} />
          </Card>
        )}
        <Card className="self-start">
          <CardHeader title={t("recent")} />
          {recent.length === 0 ? (
            <EmptyState title={t("recentEmpty")} />
          ) : (
            <Table>
              <thead>
                <tr>
                  <Th>{t("fileName")}</Th>
                  <Th className="text-right">{t("rows")}</Th>
                  <Th>{t("statusColumn")}</Th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100" data-testid="import-recent">
                {recent.map((job) => (
                  <tr key={job.id}>
                    <Td className="max-w-56">
                      <p className="truncate font-medium text-slate-800" title={job.fileName}>{job.fileName}</p>
                      <p className="text-xs text-slate-500">
                        {t(KIND_LABEL[job.kind])} · {format.dateTime(job.createdAt, { dateStyle: "short", timeStyle: "short" })}
                      </p>
                    </Td>
                    <Td className="text-right tabular-nums">{job.total}</Td>
                    <Td>
                      <Badge tone={STATUS_TONE[job.status]} className="whitespace-nowrap">{t(`status.${job.status}`)}</Badge>
                      {job.status === "REJECTED" ? (
                        <a className="mt-1 block text-xs text-brand-700 hover:underline" href={`/api/imports/${job.id}/errors`} download>
                          {t("errorReport")}
                        </a>
                      ) : null}
                      {job.status === "DONE" ? <p className="mt-1 text-xs text-slate-500">{t("created")} {job.created}</p> : null}
                    </Td>
                  </tr>
                ))}
              </tbody>
            </Table>
          )}
        </Card>
      </div>
    </>
  );
}
