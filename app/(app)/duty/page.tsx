import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { can } from "@/lib/access/actor";
import { orNotFound } from "@/lib/access/page";
import { requirePageActor } from "@/lib/auth/current-actor";
import { listBinPoints } from "@/lib/duty/bin-points";
import { listFilterNodes } from "@/lib/duty/filter-nodes";
import { getDutySummary, listMembersAgainstNorm } from "@/lib/duty/hours";
import { listDutyRecords } from "@/lib/duty/records";
import { chinaParts, formatClock, minutesToHours, monthKeyOf } from "@/lib/duty/time";
import { createBinPointAction, recordHoursAction, rejectRecordAction, verifyRecordAction } from "@/app/actions/duty";
import { ActionButton } from "@/components/duty/action-button";
import { ActionForm } from "@/components/duty/action-form";
import { NodeFilter } from "@/components/duty/node-filter";
import { RejectForm } from "@/components/duty/reject-form";
import { Badge } from "@/components/ui/badge";
import { LinkButton } from "@/components/ui/button";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { Field, Input, Select } from "@/components/ui/field";
import { PageHeader } from "@/components/ui/page-header";
import { Table, Td, Th } from "@/components/ui/table";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("nav"))("duty") };
}

export default async function DutyPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const actor = await requirePageActor();
  const sp = await searchParams;
  const t = await getTranslations("duty");
  const nodes = await listFilterNodes({ actor, permission: "duty.read" });
  if (!nodes.length) return <EmptyState title={t("noScope")} />;
  const node = nodes.find((n) => n.id === sp.nodeId) ?? nodes[0];
  const month = /^\d{4}-\d{2}$/.test(sp.month ?? "") ? sp.month! : monthKeyOf(new Date());
  const units = [node, ...nodes.filter((n) => n.depth === node.depth + 1 && n.path.startsWith(node.path) && n.kindCode !== "leading_group")];
  const [points, pending, summary, norm] = await Promise.all([
    listBinPoints({ actor, nodeId: node.id }),
    listDutyRecords({ actor, nodeId: node.id, status: "PENDING", pageSize: 100 }),
    orNotFound(getDutySummary({ actor, nodeIds: units.map((u) => u.id), month })),
    orNotFound(listMembersAgainstNorm({ actor, nodeId: node.id, month })),
  ]);
  const canManage = can(actor, "duty.manage");
  const areaNodes = nodes.filter((n) => ["compound", "village", "community"].includes(n.kindCode));
  const time = (d: Date) => d.toLocaleString("zh-CN", { timeZone: "Asia/Shanghai", month: "numeric", day: "numeric", hour: "2-digit", minute: "2-digit" });
  const shift = (r: { startAt: Date; endAt: Date | null }) => `${time(r.startAt)}${r.endAt ? `–${formatClock(chinaParts(r.endAt).minuteOfDay)}` : ""}`;
  const nameOf = new Map(units.map((u) => [u.id, u.name]));
  return (
    <>
      <PageHeader title={t("title")} description={t("description")} actions={<LinkButton href={`/duty/members?nodeId=${node.id}`}>{t("membersLink")}</LinkButton>} />
      <Card className="mb-5">
        <CardBody>
          <NodeFilter nodes={nodes} nodeId={node.id}>
            <label className="space-y-1 text-sm">
              <span className="block font-medium text-slate-700">{t("month")}</span>
              <Input type="month" name="month" defaultValue={month} className="w-40" data-testid="month-filter" />
            </label>
          </NodeFilter>
        </CardBody>
      </Card>

      <div className="grid gap-5 xl:grid-cols-2">
        <Card>
          <CardHeader title={t("pendingTitle", { count: pending.total })} description={t("pendingHint")} />
          {pending.rows.length ? (
            <Table>
              <thead>
                <tr>
                  <Th>{t("person")}</Th>
                  <Th className="hidden sm:table-cell">{t("binPoint")}</Th>
                  <Th className="hidden sm:table-cell">{t("time")}</Th>
                  <Th className="text-right">{t("minutesCol")}</Th>
                  <Th />
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100" data-testid="pending-records">
                {pending.rows.map((r) => (
                  <tr key={r.id}>
                    <Td className="min-w-[6rem]">
                      <p className="font-medium text-slate-900">{r.person.name}</p>
                      <p className="text-xs text-slate-500">{r.person.node.name}{r.source === "RECORDED" ? ` · ${t("recordedByStaff")}` : ""}</p>
                      {/* On a phone the bin point and the shift go under the person. */}
                      <p className="text-xs text-slate-500 sm:hidden">
                        {r.binPoint.name} · <span className="whitespace-nowrap">{shift(r)}</span>
                      </p>
                    </Td>
                    <Td className="hidden sm:table-cell">{r.binPoint.name}</Td>
                    <Td className="hidden whitespace-nowrap text-xs sm:table-cell">{shift(r)}</Td>
                    <Td className="text-right tabular-nums">{r.minutes}</Td>
                    <Td className="whitespace-nowrap text-right">
                      {r.canReview ? (
                        <span className="inline-flex gap-1">
                          <ActionButton action={verifyRecordAction} input={{ recordId: r.id }} label={t("verify")} variant="primary" testId={`verify-${r.id}`} />
                          <RejectForm action={rejectRecordAction} input={{ recordId: r.id }} testId={`reject-${r.id}`} />
                        </span>
                      ) : null}
                    </Td>
                  </tr>
                ))}
              </tbody>
            </Table>
          ) : (
            <EmptyState title={t("noPending")} />
          )}
        </Card>

        <Card>
          <CardHeader title={t("summaryTitle", { month })} description={t("summaryHint")} />
          <Table>
            <thead>
              <tr>
                <Th>{t("unit")}</Th>
                {/* The column names wrap on a phone, so the figures fit beside the unit. */}
                <Th className="whitespace-normal text-right sm:whitespace-nowrap">{t("peopleOnDuty")}</Th>
                <Th className="whitespace-normal text-right sm:whitespace-nowrap">{t("totalHours")}</Th>
                <Th className="whitespace-normal text-right sm:whitespace-nowrap">{t("reachingNorm")}</Th>
                <Th className="whitespace-normal text-right sm:whitespace-nowrap">{t("partyMembers")}</Th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100" data-testid="duty-summary">
              {summary.map((s) => (
                <tr key={s.nodeId} className={s.nodeId === node.id ? "bg-slate-50 font-medium" : ""}>
                  <Td className="min-w-[6rem]">{nameOf.get(s.nodeId)}</Td>
                  <Td className="text-right tabular-nums">{s.peopleOnDuty}</Td>
                  <Td className="text-right tabular-nums" data-testid={`summary-hours-${s.nodeId}`}>{s.totalHours}</Td>
                  <Td className="text-right tabular-nums">{s.peopleReaching2h}</Td>
                  <Td className="text-right tabular-nums">{s.partyMembersAmong}</Td>
                </tr>
              ))}
            </tbody>
          </Table>
          {summary[0]?.people.length ? (
            <CardBody className="border-t border-slate-100">
              <p className="mb-2 text-xs font-semibold text-slate-500">{t("peopleOf", { name: node.name })}</p>
              <ul className="grid gap-x-4 gap-y-1 text-sm sm:grid-cols-2" data-testid="summary-people">
                {summary[0].people.map((p) => (
                  <li key={p.personId} className="flex justify-between">
                    <span>{p.name}{p.isPartyMember ? <Badge tone="red" className="ml-1">{t("party")}</Badge> : null}</span>
                    <span className="tabular-nums text-slate-600">{p.hours} h</span>
                  </li>
                ))}
              </ul>
            </CardBody>
          ) : null}
        </Card>

        <Card>
          <CardHeader title={t("belowTitle", { count: norm.below })} description={t("belowHint", { hours: minutesToHours(norm.norm) })} />
          {norm.rows.length ? (
            <ul className="max-h-80 divide-y divide-slate-100 overflow-y-auto px-4" data-testid="below-norm" tabIndex={0} aria-label={t("belowTitle", { count: norm.below })}>
              {norm.rows.map((r) => (
                <li key={r.personId} className="flex items-center justify-between py-2 text-sm">
                  <span>
                    {r.name} <span className="text-xs text-slate-500">{r.unit}</span>
                  </span>
                  <span className={r.below ? "tabular-nums text-red-600" : "tabular-nums text-green-700"}>{minutesToHours(r.minutes)} h</span>
                </li>
              ))}
            </ul>
          ) : (
            <EmptyState title={t("noMembers")} />
          )}
        </Card>

        <Card>
          <CardHeader title={t("pointsTitle")} />
          {points.rows.length ? (
            <ul className="divide-y divide-slate-100" data-testid="bin-points">
              {points.rows.map((p) => (
                <li key={p.id} className="flex items-center justify-between gap-3 px-4 py-2.5 text-sm">
                  <span className="min-w-0">
                    <Link href={`/duty/${p.id}`} className="font-medium text-slate-900 hover:text-brand-700">{p.name}</Link>
                    <span className="block truncate text-xs text-slate-500">
                      {p.node.name}
                      {p.chief ? ` · ${t("chief")} ${p.chief.name}` : ""}
                      {p.responsibleMember ? ` · ${t("responsible")} ${p.responsibleMember.name}` : ""}
                    </span>
                  </span>
                  <span className="shrink-0 text-xs text-slate-500">{p.slots.map((s) => `${formatClock(s.startMinute)}–${formatClock(s.endMinute)}`).join(" ")}</span>
                </li>
              ))}
            </ul>
          ) : (
            <EmptyState title={t("noPoints")} />
          )}
          {canManage && areaNodes.length ? (
            <CardBody className="border-t border-slate-100">
              <details>
                <summary className="cursor-pointer text-sm font-medium text-brand-700">{t("newPoint")}</summary>
                <ActionForm action={createBinPointAction} submitLabel={t("create")} className="mt-3 grid gap-3 sm:grid-cols-2" fieldLabels={{ nodeId: t("area"), name: t("pointName") }}>
                  <Field label={t("area")} htmlFor="bp-node">
                    <Select id="bp-node" name="nodeId" defaultValue={areaNodes.find((n) => n.path.startsWith(node.path))?.id}>
                      {areaNodes.map((n) => (
                        <option key={n.id} value={n.id}>{n.name}</option>
                      ))}
                    </Select>
                  </Field>
                  <Field label={t("pointName")} htmlFor="bp-name"><Input id="bp-name" name="name" required maxLength={60} /></Field>
                  <Field label={t("location")} htmlFor="bp-loc"><Input id="bp-loc" name="location" maxLength={200} /></Field>
                  <div className="grid grid-cols-4 gap-2">
                    {(["kitchen", "recyclable", "hazardous", "other"] as const).map((b) => (
                      <Field key={b} label={t(`bins.${b}`)} htmlFor={`bp-${b}`}><Input id={`bp-${b}`} name={b} type="number" min={0} max={50} defaultValue={b === "hazardous" ? 0 : 1} /></Field>
                    ))}
                  </div>
                </ActionForm>
              </details>
            </CardBody>
          ) : null}
        </Card>

        {canManage && norm.rows.length && points.rows.length ? (
          <Card className="xl:col-span-2">
            <CardHeader title={t("recordTitle")} description={t("recordHint")} />
            <CardBody>
              <ActionForm
                action={recordHoursAction}
                submitLabel={t("recordSubmit")}
                successText={t("recorded")}
                className="grid items-end gap-3 sm:grid-cols-3 lg:grid-cols-6"
                fieldLabels={{ personId: t("person"), binPointId: t("binPoint"), date: t("date"), start: t("start"), end: t("end") }}
                testId="record-hours"
              >
                <Field label={t("person")} htmlFor="rh-person">
                  <Select id="rh-person" name="personId">
                    {norm.rows.map((r) => (
                      <option key={r.personId} value={r.personId}>{r.name}（{r.unit}）</option>
                    ))}
                  </Select>
                </Field>
                <Field label={t("binPoint")} htmlFor="rh-point">
                  <Select id="rh-point" name="binPointId">
                    {points.rows.map((p) => (
                      <option key={p.id} value={p.id}>{p.name}</option>
                    ))}
                  </Select>
                </Field>
                <Field label={t("date")} htmlFor="rh-date"><Input id="rh-date" name="date" type="date" required /></Field>
                <Field label={t("start")} htmlFor="rh-start"><Input id="rh-start" name="start" type="time" defaultValue="06:30" required /></Field>
                <Field label={t("end")} htmlFor="rh-end"><Input id="rh-end" name="end" type="time" defaultValue="08:30" required /></Field>
                <Field label={t("note")} htmlFor="rh-note"><Input id="rh-note" name="note" maxLength={200} /></Field>
              </ActionForm>
            </CardBody>
          </Card>
        ) : null}
      </div>
    </>
  );
}
