import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { requirePageActor } from "@/lib/auth/current-actor";
import { orNotFound } from "@/lib/access/page";
import { loadDashboardPage } from "@/lib/dashboards/home";
import { summaryQuery } from "@/lib/dashboards/schemas";
import { now } from "@/lib/time/clock";
import { DashboardView } from "@/components/dashboards/dashboard-view";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("dashboards"))("title") };
}

/** The dashboard of any node in scope (?node=), for any period (?period=). */
export default async function DashboardsPage({ searchParams }: { searchParams: Promise<{ node?: string; period?: string }> }) {
  const actor = await requirePageActor();
  const t = await getTranslations("dashboards");
  const q = summaryQuery.safeParse(await searchParams);
  const at = await now();
  const { d, overdue, weakest } = await orNotFound(loadDashboardPage({ actor, nodeId: q.success ? q.data.node : undefined, period: q.success ? q.data.period : undefined, now: at }));
  return <DashboardView d={d} overdue={overdue} weakest={weakest} now={at} basePath="/dashboards" title={d.node ? d.node.name : t("followedUnits")} />;
}
