import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { can, isPlatformAdmin, type Actor } from "@/lib/access/actor";
import { orNotFound } from "@/lib/access/page";
import { requirePageActor } from "@/lib/auth/current-actor";
import { loadDashboardPage } from "@/lib/dashboards/home";
import { getPlatformDashboard } from "@/lib/dashboards/platform";
import { summaryQuery } from "@/lib/dashboards/schemas";
import { getOverview } from "@/lib/org/overview";
import { summarizeReportsForHome } from "@/lib/reports/read-submissions";
import { now } from "@/lib/time/clock";
import { DashboardView } from "@/components/dashboards/dashboard-view";
import { PlatformOverview } from "@/components/dashboards/platform-overview";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("nav"))("home") };
}

/**
 * The role's home: the platform overview for root, the dashboard of the actor's own scope for every role that reads
 * indicators (the tenant for leaders and tenant admins, the subtree for unit admins and reporters, the followed
 * units for representatives), and the unit counts for the field roles.
 */
export default async function HomePage({ searchParams }: { searchParams: Promise<{ period?: string }> }) {
  const actor = await requirePageActor();
  const at = await now();
  if (isPlatformAdmin(actor) && !actor.tenantId) return <PlatformOverview data={await getPlatformDashboard({ actor, now: at })} now={at} />;
  if (can(actor, "dashboards.read")) {
    const q = summaryQuery.safeParse(await searchParams);
    const [{ d, overdue, weakest }, reports, t] = await Promise.all([
      orNotFound(loadDashboardPage({ actor, period: q.success ? q.data.period : undefined, now: at })),
      can(actor, "reports.submit") ? summarizeReportsForHome({ actor, now: at }) : Promise.resolve(null),
      getTranslations("home"),
    ]);
    return (
      <>
        {reports && reports.toFile ? (
          <Link href="/reports" className="mb-4 block rounded-md bg-amber-50 px-4 py-2 text-sm text-amber-900 ring-1 ring-amber-200 hover:bg-amber-100" data-testid="home-reports">
            {t("reports")}：{reports.toReview === null ? t("reportsToFile", { toFile: reports.toFile }) : t("reportsValue", { toFile: reports.toFile, toReview: reports.toReview })}
          </Link>
        ) : null}
        <DashboardView d={d} overdue={overdue} weakest={weakest} now={at} basePath="/home" title={t("title", { name: actor.displayName })} />
      </>
    );
  }
  return <UnitCounts actor={actor} at={at} />;
}

async function UnitCounts({ actor, at }: { actor: Actor; at: Date }) {
  const t = await getTranslations("home");
  const ti = await getTranslations("inspections");
  const o = await getOverview({ actor });
  const reports = await summarizeReportsForHome({ actor, now: at });
  const coverage = o.households ? Math.round(((o.linkedHouseholds ?? 0) / o.households) * 1000) / 10 : null;
  const stats = [
    { label: t("units"), value: o.units, href: "/org" },
    o.people === null ? null : { label: t("people"), value: o.people, href: "/people" },
    o.partyMembers === null ? null : { label: t("partyMembers"), value: o.partyMembers, href: "/people?flag=isPartyMember" },
    o.households === null ? null : { label: t("households"), value: o.households, href: "/households" },
    o.households === null ? null : { label: t("linkCoverage"), value: coverage === null ? "—" : `${coverage}%`, href: "/households?unlinked=true" },
    reports ? { label: t("reports"), value: reports.toReview === null ? t("reportsToFile", { toFile: reports.toFile }) : t("reportsValue", { toFile: reports.toFile, toReview: reports.toReview }), href: "/reports" } : null,
    can(actor, "inspections.record") ? { label: ti("title"), value: ti("newInspection"), href: "/m/inspections/new" } : null,
  ].filter((s) => s !== null);
  return (
    <>
      <PageHeader title={t("title", { name: actor.displayName })} description={o.roots.map((r) => `${r.name}（${r.kind.name}）`).join("、")} />
      <div className="grid grid-cols-2 gap-3 md:grid-cols-3 xl:grid-cols-5">
        {stats.map((s) => (
          <Link key={s.label} href={s.href} className="group">
            <Card className="p-4 transition-shadow group-hover:shadow-md">
              <p className="text-sm text-slate-500">{s.label}</p>
              <p className="mt-1 text-2xl font-semibold text-slate-900 tabular-nums">{s.value}</p>
            </Card>
          </Link>
        ))}
      </div>
    </>
  );
}
