import { getTranslations } from "next-intl/server";
import { orNotFound } from "@/lib/access/page";
import { requirePageActor } from "@/lib/auth/current-actor";
import { dayKeyOf } from "@/lib/duty/time";
import { listVisits } from "@/lib/links/visits";
import { VisitForm } from "@/components/links/visit-form";
import { VisitHistory } from "@/components/links/visit-history";
import { Card } from "@/components/ui/card";

/** One household of mine: log a visit (under a minute), and its history below. */
export default async function MyHouseholdPage({ params }: { params: Promise<{ householdId: string }> }) {
  const actor = await requirePageActor();
  const { householdId } = await params;
  const t = await getTranslations("links");
  const { household: h, visits } = await orNotFound(listVisits({ actor, householdId }));
  return (
    <div className="space-y-4">
      <Card className="p-4">
        <p className="text-xs text-slate-500">{h.node.name}</p>
        <h1 className="text-lg font-semibold text-slate-900">{[h.building, h.unit, h.room].filter(Boolean).join(" ")} · {h.headName}</h1>
      </Card>
      <Card className="p-4">
        <h2 className="mb-3 text-sm font-semibold text-slate-900">{t("visit.new")}</h2>
        <VisitForm householdId={h.id} today={dayKeyOf(new Date())} />
      </Card>
      <Card className="p-4">
        <h2 className="mb-3 text-sm font-semibold text-slate-900">{t("visit.history", { count: visits.length })}</h2>
        <VisitHistory visits={visits} />
      </Card>
    </div>
  );
}
