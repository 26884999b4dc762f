import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { orNotFound } from "@/lib/access/page";
import { requirePageActor } from "@/lib/auth/current-actor";
import { getNode, listScopeRoots } from "@/lib/org/read-nodes";
import { Card, CardBody } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { PersonForm } from "@/components/people/person-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("people"))("new") };
}

export default async function NewPersonPage({ searchParams }: { searchParams: Promise<{ nodeId?: string }> }) {
  const actor = await requirePageActor();
  const t = await getTranslations("people");
  const { nodeId } = await searchParams;
  const targetId = nodeId ?? (await listScopeRoots({ actor }))[0]?.id;
  const { node } = await orNotFound(getNode({ actor, nodeId: targetId ?? "none" }));
  return (
    <>
      <PageHeader title={t("new")} />
      <Card className="max-w-3xl">
        <CardBody>
          <PersonForm nodeId={node.id} nodeName={node.name} />
        </CardBody>
      </Card>
    </>
  );
}
