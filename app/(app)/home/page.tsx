import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { requirePageActor } from "@/lib/auth/current-actor";
import { getOverview } from "@/lib/org/overview";
import { summarizeReportsForHome } from "@/lib/reports/read-submissions";
import { now } from "@/lib/time/clock";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("nav"))("home") };
}

export default async function HomePage() {
  const actor = await requirePageActor();
  const t = await getTranslations("home");
  const o = await getOverview({ actor });
  const reports = await summarizeReportsForHome({ actor, now: await now() });
  const coverage = o.households ? Math.round(((o.linkedHouseholds ?? 0) / o.households) * 1000) / 10 : null;
  const stats = [
    { label: t("units"), value: o.units, href: "/org" },
    o.people === null ? null : { label: t("people"), value: o.people, href: "/people" },
    o.partyMembers === null ? null : { label: t("partyMembers"), value: o.partyMembers, href: "/people?flag=isPartyMember" },
    o.households === null ? null : { label: t("households"), value: o.households, href: "/households" },
    o.households === null ? null : { label: t("linkCoverage"), value: coverage === null ? "—" : `${coverage}%`, href: "/households?unlinked=true" },
    reports ? { label: t("reports"), value: reports.toReview === null ? t("reportsToFile", { toFile: reports.toFile }) : t("reportsValue", { toFile: reports.toFile, toReview: reports.toReview }), href: "/reports" } : null,
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
