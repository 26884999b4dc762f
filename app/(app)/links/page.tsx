import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { can } from "@/lib/access/actor";
import { orNotFound } from "@/lib/access/page";
import { requirePageActor } from "@/lib/auth/current-actor";
import { listFilterNodes } from "@/lib/duty/filter-nodes";
import { getCoverage } from "@/lib/links/read-coverage";
import { listRecentVisits } from "@/lib/links/visits";
import { addOrgLinkAction, removeOrgLinkAction } from "@/app/actions/links";
import { ActionButton } from "@/components/duty/action-button";
import { ActionForm } from "@/components/duty/action-form";
import { NodeFilter } from "@/components/duty/node-filter";
import { AssignMember } from "@/components/links/assign-member";
import { Badge } from "@/components/ui/badge";
import { LinkButton } from "@/components/ui/button";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { Field, Input, Select } from "@/components/ui/field";
import { PageHeader } from "@/components/ui/page-header";
import { Table, Td, Th } from "@/components/ui/table";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("nav"))("links") };
}

const LOAD_TONE = { none: "red", few: "amber", ok: "green", many: "blue" } as const;
const pct = (r: number | null) => (r === null ? "—" : `${Math.round(r * 1000) / 10}%`);

/** 三联与联户: coverage of a compound or building, its gaps, members' loads, branch and group links. */
export default async function LinksPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const actor = await requirePageActor();
  const sp = await searchParams;
  const t = await getTranslations("links");
  const format = await getFormatter();
  const nodes = await listFilterNodes({ actor, permission: "links.read", kinds: ["district", "district_union", "street", "community", "village", "compound", "party_branch", "party_group", "enterprise"] });
  if (!nodes.length) return <EmptyState title={t("noScope")} />;
  const node = nodes.find((n) => n.id === sp.nodeId) ?? nodes.find((n) => n.kindCode === "compound") ?? nodes[0];
  const c = await orNotFound(getCoverage({ actor, nodeId: node.id, building: sp.building || undefined }));
  const visits = await listRecentVisits({ actor, nodeId: node.id, take: 8 });
  const branches = nodes.filter((n) => n.kindCode === "party_branch");
  const groups = nodes.filter((n) => n.kindCode === "party_group");
  const areas = nodes.filter((n) => ["compound", "village", "enterprise", "community"].includes(n.kindCode));
  const address = (h: { building: string | null; unit: string | null; room: string | null }) => [h.building, h.unit, h.room].filter(Boolean).join(" ") || "—";
  return (
    <>
      <PageHeader
        title={t("title")}
        description={t("description", { min: c.range.min, max: c.range.max })}
        actions={can(actor, "households.write") ? <LinkButton href="/import?kind=links">{t("bulkImport")}</LinkButton> : null}
      />
      <Card className="mb-5">
        <CardBody>
          <NodeFilter nodes={nodes} nodeId={node.id} testId="coverage-node">
            {c.buildings.length > 1 || sp.building ? (
              <label className="space-y-1 text-sm">
                <span className="block font-medium text-slate-700">{t("building")}</span>
                <Select name="building" defaultValue={sp.building ?? ""} className="w-36" data-testid="coverage-building">
                  <option value="">{t("allBuildings")}</option>
                  {c.buildings.map((b) => (
                    <option key={b.building} value={b.building}>{b.building || t("noBuilding")}</option>
                  ))}
                </Select>
              </label>
            ) : null}
          </NodeFilter>
        </CardBody>
      </Card>

      <div className="mb-5 grid grid-cols-2 gap-3 lg:grid-cols-4" data-testid="coverage-summary">
        {[
          { label: t("households"), value: c.total, id: "total" },
          { label: t("covered"), value: c.covered, id: "covered" },
          { label: t("gaps"), value: c.gapCount, id: "gaps", warn: c.gapCount > 0 },
          { label: t("rate"), value: pct(c.rate), id: "rate" },
        ].map((s) => (
          <Card key={s.id} className="p-4">
            <p className="text-sm text-slate-500">{s.label}</p>
            <p className={`mt-1 text-2xl font-semibold tabular-nums ${s.warn ? "text-red-600" : "text-slate-900"}`} data-testid={`coverage-stat-${s.id}`}>{s.value}</p>
          </Card>
        ))}
      </div>

      <div className="grid gap-5 xl:grid-cols-2">
        <Card className="xl:col-span-2">
          <CardHeader title={t("gapsTitle", { count: c.gapCount })} description={t("gapsHint")} />
          {c.gaps.length ? (
            <Table>
              <thead>
                <tr>
                  <Th>{t("address")}</Th>
                  <Th>{t("headName")}</Th>
                  <Th>{t("unit")}</Th>
                  <Th>{t("visits")}</Th>
                  <Th>{c.canAssign ? t("assign") : ""}</Th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100" data-testid="coverage-gaps">
                {c.gaps.map((h) => (
                  <tr key={h.id} data-testid={`gap-${h.id}`}>
                    <Td className="font-medium text-slate-900">{address(h)}</Td>
                    <Td>{h.headName}</Td>
                    <Td className="text-slate-600">{h.nodeName}</Td>
                    <Td><Link href={`/links/households/${h.id}`} className="text-brand-700 hover:underline">{t("history")}</Link></Td>
                    <Td>{c.canAssign ? <AssignMember householdId={h.id} testId={`assign-${h.id}`} /> : null}</Td>
                  </tr>
                ))}
              </tbody>
            </Table>
          ) : (
            <EmptyState title={t("noGaps")} />
          )}
        </Card>

        <Card>
          <CardHeader title={t("buildingsTitle")} />
          {c.buildings.length ? (
            <Table>
              <thead>
                <tr>
                  <Th>{t("building")}</Th>
                  <Th className="text-right">{t("households")}</Th>
                  <Th className="text-right">{t("covered")}</Th>
                  <Th>{t("rate")}</Th>
                  <Th>{t("group")}</Th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100" data-testid="coverage-buildings">
                {c.buildings.map((b) => (
                  <tr key={b.building}>
                    <Td><Link href={`/links?nodeId=${node.id}&building=${encodeURIComponent(b.building)}`} className="hover:text-brand-700">{b.building || t("noBuilding")}</Link></Td>
                    <Td className="text-right tabular-nums">{b.total}</Td>
                    <Td className="text-right tabular-nums">{b.covered}</Td>
                    <Td>
                      <span className="flex items-center gap-2">
                        <span className="h-2 w-20 overflow-hidden rounded-full bg-slate-100"><span className="block h-full bg-green-600" style={{ width: pct(b.rate) }} /></span>
                        <span className="text-xs tabular-nums">{pct(b.rate)}</span>
                      </span>
                    </Td>
                    <Td className="text-xs text-slate-600">{b.groups.join("、") || <span className="text-amber-700">{t("noGroup")}</span>}</Td>
                  </tr>
                ))}
              </tbody>
            </Table>
          ) : (
            <EmptyState title={t("noHouseholds")} />
          )}
        </Card>

        <Card>
          <CardHeader title={t("membersTitle")} description={t("membersHint", { min: c.range.min, max: c.range.max })} />
          {c.members.length ? (
            <ul className="max-h-96 divide-y divide-slate-100 overflow-y-auto px-4" data-testid="coverage-members">
              {c.members.map((m) => (
                <li key={m.id} className="flex items-center justify-between py-2 text-sm">
                  <span>
                    <Link href={`/people/${m.id}`} className="hover:text-brand-700">{m.name}</Link>
                    {m.unit ? <span className="ml-2 text-xs text-slate-500">{m.unit}</span> : null}
                  </span>
                  <span className="flex items-center gap-2">
                    <span className="tabular-nums">{t("householdCount", { count: m.households })}</span>
                    <Badge tone={LOAD_TONE[m.load]}>{t(`load.${m.load}`)}</Badge>
                  </span>
                </li>
              ))}
            </ul>
          ) : (
            <EmptyState title={t("noMembers")} />
          )}
        </Card>

        <Card>
          <CardHeader title={t("areasTitle")} description={t("areasHint")} />
          {c.areas.length ? (
            <ul className="divide-y divide-slate-100 px-4" data-testid="coverage-areas">
              {c.areas.map((a) => (
                <li key={a.id} className="flex justify-between gap-3 py-2 text-sm">
                  <span>{a.name} <span className="text-xs text-slate-500">{a.kindName}</span></span>
                  <span className="text-right text-slate-600">{a.branches.join("、") || <span className="text-amber-700">{t("noBranch")}</span>}</span>
                </li>
              ))}
            </ul>
          ) : (
            <EmptyState title={t("noAreas")} />
          )}
          {c.orgLinks.length ? (
            <ul className="border-t border-slate-100 px-4 py-2 text-xs text-slate-600">
              {c.orgLinks.map((l) => (
                <li key={l.id} className="flex items-center justify-between py-1">
                  <span>{t(`kind.${l.kind}`)}：{l.orgNode.name}{l.building ? ` → ${l.building}` : ""}</span>
                  {c.canManage ? <ActionButton action={removeOrgLinkAction} input={{ linkId: l.id }} label={t("removeLink")} variant="ghost" /> : null}
                </li>
              ))}
            </ul>
          ) : null}
          {c.canManage && (branches.length || groups.length) ? (
            <CardBody className="border-t border-slate-100">
              <details>
                <summary className="cursor-pointer text-sm font-medium text-brand-700">{t("addLink")}</summary>
                <ActionForm action={addOrgLinkAction} submitLabel={t("addLinkSubmit")} className="mt-3 grid gap-3 sm:grid-cols-2" fieldLabels={{ orgNodeId: t("org"), areaNodeId: t("area"), building: t("building") }}>
                  <Field label={t("linkKind")} htmlFor="ol-kind">
                    <Select id="ol-kind" name="kind">
                      <option value="BRANCH_AREA">{t("kind.BRANCH_AREA")}</option>
                      <option value="GROUP_BUILDING">{t("kind.GROUP_BUILDING")}</option>
                    </Select>
                  </Field>
                  <Field label={t("org")} htmlFor="ol-org">
                    <Select id="ol-org" name="orgNodeId">
                      {[...branches, ...groups].map((n) => <option key={n.id} value={n.id}>{n.name}（{n.kindName}）</option>)}
                    </Select>
                  </Field>
                  <Field label={t("area")} htmlFor="ol-area">
                    <Select id="ol-area" name="areaNodeId">
                      {areas.map((n) => <option key={n.id} value={n.id}>{n.name}（{n.kindName}）</option>)}
                    </Select>
                  </Field>
                  <Field label={t("building")} htmlFor="ol-building" hint={t("buildingHint")}><Input id="ol-building" name="building" maxLength={30} /></Field>
                </ActionForm>
              </details>
            </CardBody>
          ) : null}
        </Card>

        <Card>
          <CardHeader title={t("recentVisits")} />
          {visits.length ? (
            <ul className="divide-y divide-slate-100 px-4 text-sm">
              {visits.map((v) => (
                <li key={v.id} className="py-2">
                  <div className="flex justify-between">
                    <Link href={`/links/households/${v.household.id}`} className="font-medium hover:text-brand-700">{address(v.household)} {v.household.headName}</Link>
                    <span className="text-xs text-slate-500">{format.dateTime(v.visitedOn, { dateStyle: "medium", timeZone: "UTC" })}</span>
                  </div>
                  <p className="truncate text-xs text-slate-600">{v.visitor?.name} · {v.explained}</p>
                </li>
              ))}
            </ul>
          ) : (
            <EmptyState title={t("noVisits")} />
          )}
        </Card>
      </div>
    </>
  );
}
