import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { orNotFound } from "@/lib/access/page";
import { requirePageActor } from "@/lib/auth/current-actor";
import { smtpSettings } from "@/lib/notifications/smtp-config";
import { getTenantSettings } from "@/lib/tenants/update-settings";
import { Card, CardBody } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { TenantSettingsForm } from "@/components/settings/tenant-settings-form";
import { ParticipationSettingsForm } from "@/components/duty/participation-settings-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("settings"))("title") };
}

export default async function SettingsPage() {
  const actor = await requirePageActor();
  const t = await getTranslations("settings");
  const { name, settings } = await orNotFound(getTenantSettings({ actor }));
  return (
    <>
      <PageHeader title={t("title")} description={name} />
      <Card className="max-w-3xl">
        <CardBody>
          <TenantSettingsForm settings={settings} emailConfigured={!!smtpSettings()} />
        </CardBody>
      </Card>
      <Card className="mt-5 max-w-3xl">
        <CardBody>
          <ParticipationSettingsForm settings={settings} />
        </CardBody>
      </Card>
    </>
  );
}
