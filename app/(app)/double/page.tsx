import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { can } from "@/lib/access/actor";
import { requirePageActor } from "@/lib/auth/current-actor";
import { getDoublePerformance } from "@/lib/double-reporting/performance";
import { listCommunities, listRegistrations } from "@/lib/double-reporting/registrations";
import { listFilterNodes } from "@/lib/duty/filter-nodes";
import { isQuarterKey, minutesToHours, quarterKeyOf, quarterRange } from "@/lib/duty/time";
import { decideRegistrationAction, endRegistrationAction } from "@/app/actions/double";
import { ActionButton } from "@/components/duty/action-button";
import { RateForm } from "@/components/double/rate-form";
import { RegisterForm } from "@/components/double/register-form";
import { Tabs } from "@/components/points/tabs";
import { Badge } from "@/components/ui/badge";
import { buttonClass } from "@/components/ui/button";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { Table, Td, Th } from "@/components/ui/table";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("nav"))("double") };
}

const STATUS_TONE = { PENDING: "amber", ACCEPTED: "green", DECLINED: "red", ENDED: "slate" } as const;
const GRADE_TONE = { EXCELLENT: "green", GOOD: "blue", FAIR: "amber", POOR: "red" } as const;

/** 双报到: registrations to accept and rate (community), my members' ratings (unit), the district's table. */
export default async function DoublePage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const actor = await requirePageActor();
  const sp = await searchParams;
  const t = await getTranslations("double");
  const quarter = sp.quarter && isQuarterKey(sp.quarter) ? sp.quarter : quarterKeyOf(new Date());
  const previous = quarterKeyOf(new Date(quarterRange(quarter).start.getTime() - 1));
  const tab = ["community", "unit", "district"].includes(sp.tab ?? "") ? sp.tab! : "community";
  const base = `/double?quarter=${quarter}`;
  return (
    <>
      <PageHeader
        title={t("title")}
        description={t("description")}
        actions={
          <span className="flex gap-1 text-sm">
            {[previous, quarter].map((q) => (
              <Link key={q} href={`/double?quarter=${q}&tab=${tab}`} className={`rounded px-2 py-1 ${q === quarter ? "bg-brand-50 font-medium text-brand-700" : "text-slate-600"}`}>{t("quarterLabel", { q })}</Link>
            ))}
          </span>
        }
      />
      <Tabs base={base} current={tab} tabs={[{ key: "community", label: t("tabs.community") }, { key: "unit", label: t("tabs.unit") }, { key: "district", label: t("tabs.district") }]} />
      {tab === "district" ? <District actor={actor} quarter={quarter} /> : <Registrations actor={actor} quarter={quarter} side={tab as "community" | "unit"} />}
    </>
  );
}

type A = { actor: Awaited<ReturnType<typeof requirePageActor>>; quarter: string };

async function Registrations({ actor, quarter, side }: A & { side: "community" | "unit" }) {
  const t = await getTranslations("double");
  const rows = await listRegistrations({ actor, side, quarter });
  const manage = can(actor, "double.manage");
  const [units, communities] = side === "unit" && manage ? await Promise.all([listFilterNodes({ actor, permission: "double.manage" }), listCommunities({ actor })]) : [[], []];
  return (
    <div className={side === "unit" && manage ? "grid gap-5 xl:grid-cols-[1fr_22rem]" : ""}>
      <Card>
        {rows.length ? (
          <Table>
            <thead>
              <tr>
                <Th>{t("table.who")}</Th>
                <Th>{side === "community" ? t("table.unit") : t("table.community")}</Th>
                <Th>{t("table.status")}</Th>
                <Th>{t("table.activity")}</Th>
                <Th>{t("table.grade")}</Th>
                <Th />
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100" data-testid="registrations">
              {rows.map((r) => (
                <tr key={r.id}>
                  <Td className="font-medium text-slate-900">{r.kind === "MEMBER" ? r.person?.name : <span>{r.unitNode.name} <Badge tone="blue">{t("unitOrg")}</Badge></span>}</Td>
                  <Td className="text-slate-600">{side === "community" ? r.unitNode.name : r.communityNode.name}</Td>
                  <Td><Badge tone={STATUS_TONE[r.status]}>{t(`status.${r.status}`)}</Badge></Td>
                  <Td className="text-xs text-slate-600">{t("activity", { hours: minutesToHours(r.activity.dutyMinutes), records: r.activity.dutyRecords, visits: r.activity.visits })}</Td>
                  <Td>{r.rating ? <span><Badge tone={GRADE_TONE[r.rating.grade]}>{t(`grade.${r.rating.grade}`)}</Badge>{r.rating.comment ? <span className="ml-1 text-xs text-slate-500">{r.rating.comment}</span> : null}</span> : "—"}</Td>
                  <Td className="whitespace-nowrap text-right">
                    {r.canDecide ? (
                      <span className="inline-flex gap-1">
                        <ActionButton action={decideRegistrationAction} input={{ registrationId: r.id, accept: true }} label={t("accept")} variant="primary" />
                        <ActionButton action={decideRegistrationAction} input={{ registrationId: r.id, accept: false }} label={t("decline")} variant="ghost" />
                      </span>
                    ) : null}
                    {r.canRate ? <RateForm registrationId={r.id} quarter={quarter} current={r.rating} /> : null}
                    {side === "unit" && manage && (r.status === "ACCEPTED" || r.status === "PENDING") ? <ActionButton action={endRegistrationAction} input={{ registrationId: r.id }} label={t("end")} variant="ghost" confirmText={t("endConfirm")} /> : null}
                  </Td>
                </tr>
              ))}
            </tbody>
          </Table>
        ) : (
          <EmptyState title={side === "community" ? t("emptyCommunity") : t("emptyUnit")} />
        )}
      </Card>
      {side === "unit" && manage && units.length ? (
        <Card className="self-start">
          <CardHeader title={t("register.title")} description={t("register.hint")} />
          <CardBody><RegisterForm units={units.map((u) => ({ id: u.id, name: u.name }))} communities={communities} /></CardBody>
        </Card>
      ) : null}
    </div>
  );
}

async function District({ actor, quarter }: A) {
  const t = await getTranslations("double");
  const rows = await getDoublePerformance({ actor, quarter });
  return (
    <Card>
      <CardHeader title={t("districtTitle", { quarter })} actions={<a href={`/api/double/export?quarter=${quarter}`} className={buttonClass("secondary", "sm")} data-testid="double-export">{t("exportButton")}</a>} />
      {rows.length ? (
        <Table>
          <thead>
            <tr>
              <Th>{t("table.unit")}</Th><Th>{t("table.communities")}</Th><Th className="text-right">{t("table.members")}</Th><Th className="text-right">{t("table.accepted")}</Th>
              <Th className="text-right">{t("table.dutyHours")}</Th><Th className="text-right">{t("table.visits")}</Th><Th>{t("table.unitGrade")}</Th><Th>{t("table.memberGrades")}</Th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100" data-testid="double-district">
            {rows.map((r) => (
              <tr key={r.unitId}>
                <Td className="font-medium text-slate-900">{r.unitName}</Td>
                <Td className="text-xs text-slate-600">{r.communities.join("、")}</Td>
                <Td className="text-right tabular-nums">{r.members}</Td>
                <Td className="text-right tabular-nums">{r.accepted}</Td>
                <Td className="text-right tabular-nums">{r.dutyHours}</Td>
                <Td className="text-right tabular-nums">{r.visits}</Td>
                <Td className="text-xs">{r.unitGrades.map((g) => `${g.community}：${t(`grade.${g.grade}`)}`).join("；") || "—"}</Td>
                <Td className="text-xs">{(["EXCELLENT", "GOOD", "FAIR", "POOR"] as const).map((g) => `${t(`grade.${g}`)} ${r.memberGrades[g]}`).join(" · ")}{r.unrated ? ` · ${t("table.unrated")} ${r.unrated}` : ""}</Td>
              </tr>
            ))}
          </tbody>
        </Table>
      ) : (
        <EmptyState title={t("emptyDistrict")} />
      )}
    </Card>
  );
}
