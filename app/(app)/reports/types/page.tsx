import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Plus } from "lucide-react";
import { requirePageActor } from "@/lib/auth/current-actor";
import { orNotFound } from "@/lib/access/page";
import { listKinds } from "@/lib/org/read-nodes";
import { BUILTIN_TYPES, filerKindsFor } from "@/lib/reports/builtin-types";
import { ruleLabel } from "@/lib/reports/calendar";
import { listReportTypes } from "@/lib/reports/report-types";
import { reportTabsFor } from "@/lib/reports/tabs";
import { typeName } from "@/lib/reports/type-def";
import { Badge } from "@/components/ui/badge";
import { buttonClass } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { Table, Td, Th } from "@/components/ui/table";
import { InstallBuiltinButton } from "@/components/reports/install-builtin-button";
import { ReportsTabs } from "@/components/reports/reports-tabs";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("reports"))("types.title") };
}

export default async function ReportTypesPage() {
  const actor = await requirePageActor();
  const t = await getTranslations("reports");
  const [types, kinds] = await Promise.all([orNotFound(listReportTypes({ actor, includeInactive: true })), listKinds({ actor })]);
  const kindName = new Map(kinds.map((k) => [k.code, k.name]));
  const codes = new Set(types.map((x) => x.code));
  const installable = BUILTIN_TYPES.filter((b) => !codes.has(b.code) && filerKindsFor(b, kinds.map((k) => k.code)).length);
  return (
    <>
      <PageHeader
        title={t("types.title")}
        description={t("types.subtitle")}
        actions={
          <>
            {installable.length ? <InstallBuiltinButton label={t("types.install", { names: installable.map((b) => b.name).join("、") })} /> : null}
            <Link href="/reports/types/new" className={buttonClass("primary", "md")}><Plus className="h-4 w-4" />{t("types.new")}</Link>
          </>
        }
      />
      <ReportsTabs active="types" tabs={reportTabsFor(actor)} />
      <Card>
        {types.length ? (
          <Table>
            <thead>
              <tr>
                <Th>{t("types.name")}</Th>
                <Th>{t("types.rule")}</Th>
                <Th className="hidden md:table-cell">{t("types.filers")}</Th>
                <Th className="hidden sm:table-cell">{t("types.fieldCount")}</Th>
                <Th />
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {types.map((d) => (
                <tr key={d.id}>
                  <Td>
                    <span className="font-medium text-slate-900">{typeName(d, actor.locale)}</span>
                    <span className="ml-2 font-mono text-xs text-slate-400">{d.code}</span>
                    {!d.active ? <Badge className="ml-2">{t("types.inactive")}</Badge> : null}
                  </Td>
                  <Td className="whitespace-nowrap">{ruleLabel(d.rule, actor.locale)}</Td>
                  <Td className="hidden md:table-cell">{d.filerKindCodes.map((c) => kindName.get(c) ?? c).join("、")}</Td>
                  <Td className="hidden sm:table-cell tabular-nums">{d.fields.length}</Td>
                  <Td className="text-right"><Link href={`/reports/types/${d.code}`} className={buttonClass("secondary", "sm")}>{t("types.edit")}</Link></Td>
                </tr>
              ))}
            </tbody>
          </Table>
        ) : (
          <EmptyState title={t("types.empty")} hint={t("types.emptyHint")} />
        )}
      </Card>
    </>
  );
}
