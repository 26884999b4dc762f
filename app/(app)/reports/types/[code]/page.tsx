import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { can } from "@/lib/access/actor";
import { requirePageActor } from "@/lib/auth/current-actor";
import { orNotFound } from "@/lib/access/page";
import { getNode, listKinds } from "@/lib/org/read-nodes";
import { formatInZone } from "@/lib/reports/calendar";
import { getReportType } from "@/lib/reports/report-types";
import { PageHeader } from "@/components/ui/page-header";
import { TypeEditor } from "@/components/reports/type-editor";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("reports"))("types.edit") };
}

export default async function EditReportTypePage({ params }: { params: Promise<{ code: string }> }) {
  const actor = await requirePageActor();
  if (!can(actor, "reports.configure")) notFound();
  const { code } = await params;
  const t = await getTranslations("reports");
  const def = await orNotFound(getReportType({ actor, code }));
  const kinds = await listKinds({ actor });
  const root = def.filerRootId ? await getNode({ actor, nodeId: def.filerRootId }).catch(() => null) : null;
  return (
    <>
      <PageHeader title={t("types.editTitle", { name: def.name })} />
      <TypeEditor
        mode="update"
        kinds={kinds.map((k) => ({ code: k.code, name: k.name }))}
        filerRoot={root ? { id: root.node.id, name: root.node.name, kindName: root.node.kind.name } : null}
        value={{
          code: def.code,
          name: def.name,
          nameEn: def.nameEn,
          description: def.description,
          cadence: def.cadence,
          weekday: def.weekday,
          dayOfMonth: def.dayOfMonth,
          dueTime: def.dueTime,
          periodOffset: def.periodOffset,
          lockAfterDays: def.lockAfterDays,
          reminders: def.reminders,
          fields: def.fields,
          filerKindCodes: def.filerKindCodes,
          reviewKindCodes: def.reviewKindCodes,
          exportTitle: def.exportTitle,
          active: def.active,
          activeFrom: formatInZone(def.activeFrom, def.tz, false),
        }}
      />
    </>
  );
}
