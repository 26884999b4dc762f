import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { can } from "@/lib/access/actor";
import { requirePageActor } from "@/lib/auth/current-actor";
import { listChecklists } from "@/lib/inspections/checklists";
import { InspectionForm } from "@/components/inspections/inspection-form";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("inspections.form"))("title") };
}

/** 暗访 and monthly checks on the phone (390 px): unit, checklist scores with camera photos, problems to rectify. */
export default async function NewInspectionPage() {
  const actor = await requirePageActor();
  const t = await getTranslations("inspections");
  if (!can(actor, "inspections.record")) return <EmptyState title={t("title")} hint={(await getTranslations("errors"))("forbidden")} />;
  const checklists = await listChecklists({ actor });
  return (
    <div className="space-y-3">
      <div className="flex items-center justify-between px-1">
        <h1 className="text-lg font-semibold text-slate-900">{t("form.title")}</h1>
        <Link href="/m/inspections/follow-up" className="text-sm text-brand-700">{t("followUp")}</Link>
      </div>
      {checklists.length ? <InspectionForm checklists={checklists.map((c) => ({ id: c.id, name: c.name, items: c.items }))} /> : <Card><EmptyState title={t("noChecklist")} /></Card>}
    </div>
  );
}
