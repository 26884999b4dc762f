import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { can } from "@/lib/access/actor";
import { orNotFound } from "@/lib/access/page";
import { requirePageActor } from "@/lib/auth/current-actor";
import { getHousehold } from "@/lib/households/read-households";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { HouseholdForm } from "@/components/households/household-form";
import { HouseholdLinks } from "@/components/households/household-links";
import { DeleteHousehold } from "@/components/households/delete-household";

export default async function HouseholdPage({ params }: { params: Promise<{ householdId: string }> }) {
  const actor = await requirePageActor();
  const { householdId } = await params;
  const t = await getTranslations("households");
  const h = await orNotFound(getHousehold({ actor, householdId }));
  const canWrite = can(actor, "households.write");
  const address = [h.building, h.unit, h.room].filter(Boolean).join(" ") || h.headName;
  return (
    <>
      <PageHeader
        title={<span data-testid="household-title">{address}</span>}
        description={<Link href={`/households?nodeId=${h.node.id}`} className="hover:text-brand-700">{h.node.name}</Link>}
        actions={canWrite ? <DeleteHousehold householdId={h.id} nodeId={h.node.id} /> : null}
      />
      <div className="grid gap-6 xl:grid-cols-[1fr_22rem]">
        <Card>
          <CardHeader title={t("details")} />
          <CardBody>
            {canWrite ? (
              <HouseholdForm household={h} />
            ) : (
              <p className="text-sm">{h.headName} · {h.phone ?? "—"}</p>
            )}
          </CardBody>
        </Card>
        <Card>
          <CardHeader title={t("linkedMembers")} description={t("linkHint")} />
          <CardBody>
            <HouseholdLinks householdId={h.id} links={h.links.map((l) => ({ personId: l.person.id, name: l.person.name }))} canWrite={canWrite} />
          </CardBody>
        </Card>
      </div>
    </>
  );
}
