import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { can } from "@/lib/access/actor";
import { orNotFound } from "@/lib/access/page";
import { requirePageActor } from "@/lib/auth/current-actor";
import { dayKeyOf } from "@/lib/duty/time";
import { listVisits } from "@/lib/links/visits";
import { VisitForm } from "@/components/links/visit-form";
import { VisitHistory } from "@/components/links/visit-history";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";

/** 入户走访: a household's visit history, and a visit logged by staff. */
export default async function HouseholdVisitsPage({ params }: { params: Promise<{ householdId: string }> }) {
  const actor = await requirePageActor();
  const { householdId } = await params;
  const t = await getTranslations("links");
  const { household: h, visits } = await orNotFound(listVisits({ actor, householdId }));
  const address = [h.building, h.unit, h.room].filter(Boolean).join(" ");
  return (
    <>
      <PageHeader
        title={`${address} ${h.headName}`}
        description={
          <span>
            <Link href={`/links?nodeId=${h.node.id}`} className="hover:text-brand-700">{h.node.name}</Link>
            {" · "}
            {h.links.length ? t("linkedTo", { names: h.links.map((l) => l.person.name).join("、") }) : t("notLinked")}
          </span>
        }
      />
      <div className="grid gap-5 xl:grid-cols-[1fr_24rem]">
        <Card>
          <CardHeader title={t("visit.history", { count: visits.length })} />
          <CardBody><VisitHistory visits={visits} /></CardBody>
        </Card>
        {can(actor, "visits.record") ? (
          <Card className="self-start">
            <CardHeader title={t("visit.new")} />
            <CardBody><VisitForm householdId={h.id} today={dayKeyOf(new Date())} visitors={h.links.map((l) => l.person)} /></CardBody>
          </Card>
        ) : null}
      </div>
    </>
  );
}
