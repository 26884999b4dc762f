import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Download } from "lucide-react";
import { can } from "@/lib/access/actor";
import { orNotFound } from "@/lib/access/page";
import { requirePageActor } from "@/lib/auth/current-actor";
import { periodAt } from "@/lib/dashboards/periods";
import { evaluateBranches, evaluateMembers, MAX_MEMBERS } from "@/lib/evaluations/evaluate";
import { evaluationQuery } from "@/lib/evaluations/schemas";
import type { Grade } from "@/lib/evaluations/rules";
import { now } from "@/lib/time/clock";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { buttonClass } from "@/components/ui/button";
import { Card, CardBody } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { Table, Td, Th } from "@/components/ui/table";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("evaluations"))("title") };
}

const TONE: Record<Grade, "green" | "blue" | "slate" | "red"> = { EXCELLENT: "green", GOOD: "blue", PASS: "slate", FAIL: "red" };
const num = (v: number | null) => (v === null ? "—" : v);

/** Year-end evaluation of party branches and party members of a unit, with the parts of each score. */
export default async function EvaluationsPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const actor = await requirePageActor();
  const t = await getTranslations("evaluations");
  const at = await now();
  const q = evaluationQuery.safeParse(await searchParams);
  const query = q.success ? q.data : { kind: "branches" as const, year: undefined, node: undefined };
  const year = query.year ?? periodAt("year", at);
  const years = [0, 1].map((i) => String(Number(periodAt("year", at)) - i));
  const qs = (patch: Record<string, string>) => `/evaluations?${new URLSearchParams({ kind: query.kind, year, ...(query.node ? { node: query.node } : {}), ...patch })}`;
  const tabs = (
    <div className="mb-4 flex flex-wrap items-center gap-2 text-sm">
      {(["branches", "members"] as const).map((k) => (
        <Link key={k} href={qs({ kind: k })} className={k === query.kind ? "rounded-full bg-brand-600 px-3 py-1 text-white" : "rounded-full bg-white px-3 py-1 ring-1 ring-slate-200"} data-testid={`eval-tab-${k}`}>{t(`${k}Tab`)}</Link>
      ))}
      <span className="ml-3 text-slate-500">{t("year")}</span>
      {years.map((y) => <Link key={y} href={qs({ year: y })} className={y === year ? "font-semibold text-brand-700" : "text-slate-600"}>{y}</Link>)}
    </div>
  );
  const exportLink = can(actor, "export.run") ? (
    <a href={`/api/evaluations/export?${new URLSearchParams({ kind: query.kind, year, ...(query.node ? { node: query.node } : {}) })}`} className={buttonClass("secondary", "sm")} data-testid="eval-export"><Download className="h-4 w-4" aria-hidden />{t("export")}</a>
  ) : null;
  if (query.kind === "members") {
    const e = await orNotFound(evaluateMembers({ actor, nodeId: query.node, year, now: at }));
    return (
      <>
        <PageHeader title={t("title")} description={`${e.root.name} · ${t("description")}`} actions={exportLink} />
        {tabs}
        <Card className="mb-4"><CardBody className="text-sm text-slate-600">{t("memberMethod")}</CardBody></Card>
        {e.tooMany ? <Alert tone="info" className="mb-4">{t("tooMany", { max: MAX_MEMBERS })}</Alert> : null}
        <Card>
          {e.rows.length ? (
            <Table>
              <thead className="bg-slate-50"><tr><Th>{t("table.member")}</Th><Th>{t("table.unit")}</Th><Th className="text-right">{t("table.normMonths")}</Th><Th className="text-right">{t("table.hours")}</Th><Th className="text-right">{t("table.visits")}</Th><Th className="text-right">{t("table.points")}</Th><Th className="text-right">{t("table.score")}</Th><Th>{t("table.grade")}</Th></tr></thead>
              <tbody className="divide-y divide-slate-100" data-testid="eval-members">
                {e.rows.slice(0, 500).map((r) => (
                  <tr key={r.id}><Td className="font-medium">{r.name}</Td><Td className="text-slate-600">{r.unit}</Td><Td className="text-right tabular-nums">{r.normMonths} / {e.monthsSoFar}</Td><Td className="text-right tabular-nums">{r.hours}</Td><Td className="text-right tabular-nums">{r.visits}</Td><Td className="text-right tabular-nums">{r.points}</Td><Td className="text-right font-semibold tabular-nums">{r.score}</Td><Td><Badge tone={TONE[r.grade]}>{t(`grade.${r.grade}`)}</Badge></Td></tr>
                ))}
              </tbody>
            </Table>
          ) : (
            <EmptyState title={t("noMembers")} />
          )}
        </Card>
      </>
    );
  }
  const e = await orNotFound(evaluateBranches({ actor, nodeId: query.node, year, now: at }));
  return (
    <>
      <PageHeader title={t("title")} description={`${e.root.name} · ${t("description")}`} actions={exportLink} />
      {tabs}
      <Card className="mb-4"><CardBody className="text-sm text-slate-600">{t("branchMethod")}</CardBody></Card>
      <Card>
        {e.rows.length ? (
          <Table>
            <thead className="bg-slate-50"><tr><Th>{t("table.branch")}</Th><Th>{t("table.parent")}</Th>{(["duty", "coverage", "visits", "inspection", "double"] as const).map((p) => <Th key={p} className="text-right">{t(`parts.${p}`)}</Th>)}<Th className="text-right">{t("table.score")}</Th><Th>{t("table.grade")}</Th></tr></thead>
            <tbody className="divide-y divide-slate-100" data-testid="eval-branches">
              {e.rows.map((r) => (
                <tr key={r.id}>
                  <Td className="font-medium"><Link href={qs({ kind: "members", node: r.id })} className="hover:text-brand-700">{r.name}</Link></Td>
                  <Td className="text-slate-600">{r.parent}</Td>
                  {(["duty", "coverage", "visits", "inspection", "double"] as const).map((p) => <Td key={p} className="text-right tabular-nums">{num(r.parts[p])}</Td>)}
                  <Td className="text-right font-semibold tabular-nums">{num(r.score)}</Td>
                  <Td>{r.grade ? <Badge tone={TONE[r.grade]}>{t(`grade.${r.grade}`)}</Badge> : "—"}</Td>
                </tr>
              ))}
            </tbody>
          </Table>
        ) : (
          <EmptyState title={t("noBranches")} />
        )}
      </Card>
    </>
  );
}
