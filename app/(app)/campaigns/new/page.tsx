import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { orNotFound } from "@/lib/access/page";
import { requirePageActor } from "@/lib/auth/current-actor";
import { listManageRoots, listTemplates } from "@/lib/campaigns/campaigns";
import { shanghaiDay, addDays } from "@/lib/campaigns/time";
import { Card, CardBody } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { CreateCampaignForm } from "@/components/campaigns/create-campaign-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("campaigns"))("new") };
}

export default async function NewCampaignPage() {
  const actor = await requirePageActor();
  const t = await getTranslations("campaigns");
  const [templates, owners] = await Promise.all([orNotFound(listTemplates({ actor })), orNotFound(listManageRoots({ actor }))]);
  const today = shanghaiDay(new Date());
  return (
    <>
      <PageHeader title={t("new")} description={t("newHint")} />
      <Card>
        <CardBody>
          <CreateCampaignForm templates={templates} owners={owners} defaults={{ startsOn: today, endsOn: addDays(today, 90) }} />
        </CardBody>
      </Card>
    </>
  );
}
