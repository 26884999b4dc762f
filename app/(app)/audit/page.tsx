import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { X } from "lucide-react";
import { orNotFound } from "@/lib/access/page";
import { requirePageActor } from "@/lib/auth/current-actor";
import { listAuditEntityTypes, listAuditLog } from "@/lib/audit/read-audit";
import { auditFiltersSchema } from "@/lib/audit/schemas";
import { Alert } from "@/components/ui/alert";
import { buttonClass } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { Field, Input, Select } from "@/components/ui/field";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { Table, Td, Th } from "@/components/ui/table";
import { AuditDiff, type DiffLabels } from "@/components/audit/audit-diff";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("audit"))("title") };
}

export default async function AuditPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const actor = await requirePageActor();
  const sp = await searchParams;
  const parsed = auditFiltersSchema.safeParse(sp);
  const filters = parsed.success ? parsed.data : auditFiltersSchema.parse({});
  const [t, tRoles, c, format, res, entityTypes] = await Promise.all([
    getTranslations("audit"),
    getTranslations("roles"),
    getTranslations("common"),
    getFormatter(),
    orNotFound(listAuditLog({ actor, ...filters })),
    orNotFound(listAuditEntityTypes({ actor })),
  ]);
  const actionLabel = (a: string) => (t.has(`actions.${a}`) ? t(`actions.${a}`) : a);
  const typeLabel = (e: string) => (t.has(`entityTypes.${e}`) ? t(`entityTypes.${e}`) : e);
  const diffLabels: DiffLabels = {
    field: t("diff.field"),
    before: t("diff.before"),
    after: t("diff.after"),
    fieldName: (k) => (t.has(`fields.${k}`) ? t(`fields.${k}`) : k),
    value: (k, v) =>
      typeof v === "boolean" ? c(v ? "yes" : "no") : k === "role" && typeof v === "string" && tRoles.has(v) ? tRoles(v) : null,
  };
  const params = {
    entityType: filters.entityType,
    entityId: filters.entityId,
    actorUserId: filters.actorUserId,
    from: filters.from,
    to: filters.to,
  };
  const narrowed = filters.entityId || filters.actorUserId;
  const withoutNarrowing = new URLSearchParams(
    Object.entries({ entityType: filters.entityType, from: filters.from, to: filters.to }).filter((e): e is [string, string] => !!e[1]),
  ).toString();

  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      <Card>
        <form className="flex flex-wrap items-end gap-3 border-b border-slate-100 px-4 py-3" role="search">
          {filters.entityId ? <input type="hidden" name="entityId" value={filters.entityId} /> : null}
          {filters.actorUserId ? <input type="hidden" name="actorUserId" value={filters.actorUserId} /> : null}
          <Field label={t("filters.entityType")} htmlFor="entityType" className="w-44">
            <Select id="entityType" name="entityType" defaultValue={filters.entityType ?? ""} className="h-10">
              <option value="">{t("filters.allTypes")}</option>
              {entityTypes.map((e) => (
                <option key={e} value={e}>{typeLabel(e)}</option>
              ))}
            </Select>
          </Field>
          <Field label={t("filters.from")} htmlFor="from" className="w-40">
            <Input id="from" name="from" type="date" defaultValue={filters.from ?? ""} className="h-10" />
          </Field>
          <Field label={t("filters.to")} htmlFor="to" className="w-40">
            <Input id="to" name="to" type="date" defaultValue={filters.to ?? ""} className="h-10" />
          </Field>
          <button type="submit" className={buttonClass("secondary", "md")}>{t("filters.apply")}</button>
          <Link href="/audit" className="pb-2.5 text-sm text-slate-500 hover:text-slate-800">{t("filters.reset")}</Link>
        </form>
        {!parsed.success ? (
          <div className="px-4 pt-3">
            <Alert tone="error">{t("filters.invalid")}</Alert>
          </div>
        ) : null}
        {narrowed ? (
          <div className="flex items-center gap-2 px-4 pt-3 text-sm text-slate-600">
            <span className="inline-flex items-center gap-1 rounded-full bg-slate-100 py-1 pl-3 pr-1.5">
              {filters.entityId ? t("filters.oneEntity", { type: typeLabel(filters.entityType ?? ""), id: filters.entityId.slice(-6) }) : t("filters.oneActor")}
              <Link href={`/audit${withoutNarrowing ? `?${withoutNarrowing}` : ""}`} className="rounded-full p-0.5 hover:bg-slate-200" aria-label={t("filters.reset")}>
                <X className="h-3.5 w-3.5" aria-hidden />
              </Link>
            </span>
          </div>
        ) : null}
        {res.rows.length === 0 ? (
          <EmptyState
            title={filters.entityType || filters.from || filters.to || narrowed ? t("empty") : t("emptyAll")}
            hint={filters.entityType || filters.from || filters.to || narrowed ? t("emptyHint") : t("emptyAllHint")}
          />
        ) : (
          <Table className="table-fixed">
            <thead className="bg-slate-50">
              <tr>
                <Th className="w-40">{t("columns.time")}</Th>
                <Th className="w-36">{t("columns.actor")}</Th>
                <Th className="w-32">{t("columns.action")}</Th>
                <Th className="w-44">{t("columns.entity")}</Th>
                <Th>{t("columns.details")}</Th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100 bg-white">
              {res.rows.map((r) => {
                const hasDiff = r.before != null || r.after != null;
                return (
                  <tr key={r.id} className="align-top" data-testid="audit-row">
                    <Td className="whitespace-nowrap tabular-nums text-slate-500">
                      {format.dateTime(r.createdAt, { dateStyle: "short", timeStyle: "medium" })}
                      {r.ip ? <span className="block font-mono text-xs text-slate-500">{r.ip}</span> : null}
                    </Td>
                    <Td>
                      {r.actorUsername ? (
                        <span className="block truncate" title={r.actorUsername}>
                          {r.actorDisplayName}
                          <span className="block text-xs text-slate-500">{r.actorUsername}</span>
                        </span>
                      ) : (
                        <span className="text-slate-500">{r.actorUserId ? t("unknownActor") : t("system")}</span>
                      )}
                    </Td>
                    <Td className="font-medium text-slate-800">{actionLabel(r.action)}</Td>
                    <Td>
                      <span className="block">
                        {typeLabel(r.entityType)}
                        {r.entityId ? (
                          r.entityType === "User" ? (
                            <Link href={`/users/${r.entityId}`} className="ml-1 font-mono text-xs text-brand-700 hover:underline">#{r.entityId.slice(-6)}</Link>
                          ) : (
                            <span className="ml-1 font-mono text-xs text-slate-500">#{r.entityId.slice(-6)}</span>
                          )
                        ) : null}
                      </span>
                      {r.nodeName ? <span className="block truncate text-xs text-slate-500">{r.nodeName}</span> : null}
                    </Td>
                    <Td>
                      {hasDiff ? (
                        <details className="group">
                          <summary className="cursor-pointer select-none text-sm text-brand-700 hover:underline">{t("showChanges")}</summary>
                          <div className="mt-2">
                            <AuditDiff before={r.before} after={r.after} labels={diffLabels} />
                          </div>
                        </details>
                      ) : (
                        <span className="text-slate-500">—</span>
                      )}
                    </Td>
                  </tr>
                );
              })}
            </tbody>
          </Table>
        )}
        {res.total > res.pageSize ? <Pagination page={res.page} pageSize={res.pageSize} total={res.total} path="/audit" params={params} /> : null}
      </Card>
    </>
  );
}
