import { getTranslations } from "next-intl/server";
import { orNotFound } from "@/lib/access/page";
import { requirePageActor } from "@/lib/auth/current-actor";
import { getNode } from "@/lib/org/read-nodes";
import { Alert } from "@/components/ui/alert";
import { Card, CardBody } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { HouseholdForm } from "@/components/households/household-form";

export default async function NewHouseholdPage({ searchParams }: { searchParams: Promise<{ nodeId?: string }> }) {
  const actor = await requirePageActor();
  const t = await getTranslations("households");
  const { nodeId } = await searchParams;
  const { node } = await orNotFound(getNode({ actor, nodeId: nodeId ?? "none" }));
  return (
    <>
      <PageHeader title={t("new")} description={node.name} />
      <Card className="max-w-3xl">
        <CardBody>
          {node.kind.holdsHouseholds ? <HouseholdForm nodeId={node.id} /> : <Alert tone="info">{t("kindHoldsNone", { kind: node.kind.name })}</Alert>}
        </CardBody>
      </Card>
    </>
  );
}
