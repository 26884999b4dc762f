import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { requirePageActor } from "@/lib/auth/current-actor";
import { can } from "@/lib/access/actor";
import { notFound } from "next/navigation";
import { listKinds } from "@/lib/org/read-nodes";
import { DEFAULT_REMINDERS } from "@/lib/reports/builtin-types";
import { PageHeader } from "@/components/ui/page-header";
import { TypeEditor } from "@/components/reports/type-editor";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("reports"))("types.new") };
}

export default async function NewReportTypePage() {
  const actor = await requirePageActor();
  if (!can(actor, "reports.configure")) notFound();
  const t = await getTranslations("reports");
  const kinds = await listKinds({ actor });
  return (
    <>
      <PageHeader title={t("types.new")} />
      <TypeEditor
        mode="create"
        kinds={kinds.map((k) => ({ code: k.code, name: k.name }))}
        filerRoot={null}
        value={{
          code: "",
          name: "",
          nameEn: null,
          description: null,
          cadence: "MONTHLY",
          weekday: null,
          dayOfMonth: 5,
          dueTime: "17:00",
          periodOffset: 1,
          lockAfterDays: 7,
          reminders: DEFAULT_REMINDERS,
          fields: [{ key: "summary", label: t("types.defaultField"), type: "textarea", required: true, maxLength: 5000 }],
          filerKindCodes: kinds.filter((k) => k.isUnit).map((k) => k.code),
          reviewKindCodes: [],
          exportTitle: null,
          active: true,
          activeFrom: "",
        }}
      />
    </>
  );
}
