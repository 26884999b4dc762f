import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import type { Actor } from "@/lib/access/actor";
import { can } from "@/lib/access/actor";
import type { Indicator } from "@/lib/dashboards/catalogue";
import { periodBounds, snapshotMonth } from "@/lib/dashboards/periods";
import { listMembersAgainstNorm } from "@/lib/duty/hours";
import { listInspections } from "@/lib/inspections/inspections";
import { listRectifications } from "@/lib/inspections/rectifications";
import { periodKeyAt, periodLabel as reportPeriodLabel } from "@/lib/reports/calendar";
import { getCompleteness } from "@/lib/reports/read-completeness";
import { listReportTypes } from "@/lib/reports/report-types";
import { typeName } from "@/lib/reports/type-def";
import { Badge } from "@/components/ui/badge";
import { Card, CardHeader } from "@/components/ui/card";
import { Table, Td, Th } from "@/components/ui/table";

const MODULE_HREF: Record<Indicator["records"], (node: string) => string> = {
  reports: (n) => `/reports/completeness?node=${n}`,
  campaigns: () => `/campaigns`,
  duty: () => `/duty`,
  ledgers: (n) => `/ledgers?nodeId=${n}`,
  links: (n) => `/links?nodeId=${n}`,
  points: () => `/points`,
  timebank: () => `/timebank`,
  inspections: (n) => `/inspections?node=${n}`,
  rectifications: (n) => `/rectifications?node=${n}`,
};

const fmtDate = (d: Date, locale: string) => new Intl.DateTimeFormat(locale, { timeZone: "Asia/Shanghai", year: "numeric", month: "2-digit", day: "2-digit" }).format(d);

/**
 * The records beneath a leaf's figure, through the owning domain's own scoped functions: the missing reports, the
 * party members below the duty norm, the inspections and rectifications; a link to the module for the others.
 */
export async function LeafRecords({ actor, ind, node, period, now, linkOnly = false }: { actor: Actor; ind: Indicator; node: { id: string; name: string }; period: string; now: Date; linkOnly?: boolean }) {
  const t = await getTranslations("dashboards.drill");
  const ti = await getTranslations("inspections");
  const locale = await getLocale();
  const { start, end } = periodBounds(period);
  const until = new Date(Math.min(end.getTime() - 1, now.getTime()));
  const more = (
    <Link href={MODULE_HREF[ind.records](node.id)} className="text-sm text-brand-700 hover:underline" data-testid="records-module-link">
      {t("moreRecords", { module: t(`modules.${ind.records}`) })}
    </Link>
  );

  if (linkOnly) return <div className="mt-5 rounded-md bg-white px-4 py-3 ring-1 ring-slate-200">{more}</div>;

  if (ind.records === "reports" && can(actor, "reports.read")) {
    const types = await listReportTypes({ actor });
    const lists = await Promise.all(
      types.map(async (def) => {
        const c = await getCompleteness({ actor, type: def.code, nodeId: node.id, from: periodKeyAt(def.rule.cadence, start, def.tz), to: periodKeyAt(def.rule.cadence, until, def.tz), now }).catch(() => null);
        return { def, missing: c?.missing ?? [] };
      }),
    );
    const rows = lists.flatMap((l) => l.missing.map((m) => ({ ...m, def: l.def })));
    return (
      <Card className="mt-5">
        <CardHeader title={t("missingReports")} actions={more} />
        {rows.length ? (
          <ul className="divide-y divide-slate-100" data-testid="missing-reports">
            {rows.map((m) => (
              <li key={`${m.def.code}-${m.nodeId}-${m.periodKey}`} className="flex items-center justify-between gap-3 px-4 py-2.5 text-sm">
                <Link href={`/reports/${m.def.code}/${m.periodKey}/${m.nodeId}`} className="font-medium text-slate-900 hover:text-brand-700" data-testid="missing-report-link">
                  {typeName(m.def, actor.locale)} · {reportPeriodLabel(m.def.rule.cadence, m.periodKey, actor.locale)}
                </Link>
                <span className="text-xs text-slate-500">{m.name}</span>
              </li>
            ))}
          </ul>
        ) : (
          <p className="px-4 py-5 text-sm text-slate-500">{t("noMissing")}</p>
        )}
      </Card>
    );
  }

  if (ind.records === "duty" && can(actor, "duty.read")) {
    const month = snapshotMonth(period, now);
    const r = await listMembersAgainstNorm({ actor, nodeId: node.id, month });
    const below = r.rows.filter((x) => x.below);
    return (
      <Card className="mt-5">
        <CardHeader title={t("belowNorm", { month })} description={t("norm", { hours: r.norm / 60 })} actions={more} />
        {below.length ? (
          <Table>
            <thead className="bg-slate-50"><tr><Th>{t("unit")}</Th><Th>{ti("table.member")}</Th><Th className="text-right">{t("minutes")}</Th></tr></thead>
            <tbody className="divide-y divide-slate-100" data-testid="below-norm">
              {below.slice(0, 200).map((m) => (
                <tr key={m.personId}>
                  <Td className="text-slate-500">{m.unit}</Td>
                  <Td className="font-medium">{m.name}</Td>
                  <Td className="text-right tabular-nums">{(m.minutes / 60).toFixed(1)} h</Td>
                </tr>
              ))}
            </tbody>
          </Table>
        ) : (
          <p className="px-4 py-5 text-sm text-slate-500">{t("noneBelow")}</p>
        )}
      </Card>
    );
  }

  if (ind.records === "inspections" && can(actor, "inspections.read")) {
    const r = await listInspections({ actor, nodeId: node.id, from: start, to: end, pageSize: 50 });
    return (
      <Card className="mt-5">
        <CardHeader title={t("inspections")} actions={more} />
        {r.rows.length ? (
          <ul className="divide-y divide-slate-100" data-testid="leaf-inspections">
            {r.rows.map((i) => (
              <li key={i.id} className="flex items-center justify-between px-4 py-2.5 text-sm">
                <Link href={`/inspections/${i.id}`} className="font-medium text-slate-900 hover:text-brand-700">{fmtDate(i.occurredAt, locale)} · {i.node.name}</Link>
                <span className="tabular-nums text-slate-600">{i.maxTotal ? `${Math.round((i.total / i.maxTotal) * 1000) / 10}` : "—"}</span>
              </li>
            ))}
          </ul>
        ) : (
          <p className="px-4 py-5 text-sm text-slate-500">{t("noRecords")}</p>
        )}
      </Card>
    );
  }

  if (ind.records === "rectifications" && can(actor, "inspections.read")) {
    const r = await listRectifications({ actor, nodeId: node.id, now, pageSize: 50 });
    return (
      <Card className="mt-5">
        <CardHeader title={t("rectifications")} actions={more} />
        {r.rows.length ? (
          <ul className="divide-y divide-slate-100" data-testid="leaf-rectifications">
            {r.rows.map((x) => (
              <li key={x.id} className="flex items-center justify-between gap-3 px-4 py-2.5 text-sm">
                <Link href={`/rectifications/${x.id}`} className="font-medium text-slate-900 hover:text-brand-700">{x.description}</Link>
                <span className="shrink-0 text-xs text-slate-500">
                  {fmtDate(x.deadline, locale)} <Badge tone={x.state === "OVERDUE" ? "red" : x.state === "VERIFIED" ? "green" : x.state === "DONE" ? "blue" : "amber"}>{ti(`state.${x.state}`)}</Badge>
                </span>
              </li>
            ))}
          </ul>
        ) : (
          <p className="px-4 py-5 text-sm text-slate-500">{t("noRecords")}</p>
        )}
      </Card>
    );
  }

  return <div className="mt-5 rounded-md bg-white px-4 py-3 ring-1 ring-slate-200">{more}</div>;
}
