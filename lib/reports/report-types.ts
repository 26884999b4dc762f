import "server-only";
import type { Actor } from "../access/actor";
import { conflict, notFound } from "../access/errors";
import { requireScope, tenantOf } from "../access/scope";
import { inTenant } from "../access/tenant-tx";
import { audit } from "../audit/write-audit";
import type { Tx } from "../db";
import { BUILTIN_TYPES, filerKindsFor, type TypeTemplate } from "./builtin-types";
import { toTypeDef, type TypeDef, type TypeRow } from "./type-def";
import type { TypeInput } from "./schemas";

const typeSelect = {
  id: true,
  tenantId: true,
  code: true,
  name: true,
  nameEn: true,
  description: true,
  cadence: true,
  weekday: true,
  dayOfMonth: true,
  dueTime: true,
  periodOffset: true,
  lockAfterDays: true,
  reminders: true,
  fields: true,
  filerKindCodes: true,
  filerRootId: true,
  reviewKindCodes: true,
  exportTitle: true,
  activeFrom: true,
  active: true,
  sortOrder: true,
  updatedAt: true,
} as const;

async function tenantZone(tx: Tx, tenantId: string): Promise<string> {
  const t = await tx.tenant.findFirst({ where: { id: tenantId }, select: { timeZone: true } });
  return t?.timeZone || "Asia/Shanghai";
}

async function defsOf(tx: Tx, tenantId: string, rows: TypeRow[]): Promise<TypeDef[]> {
  if (!rows.length) return [];
  const tz = await tenantZone(tx, tenantId);
  const rootIds = [...new Set(rows.map((r) => r.filerRootId).filter((x): x is string => !!x))];
  const roots = rootIds.length ? await tx.orgNode.findMany({ where: { tenantId, id: { in: rootIds } }, select: { id: true, path: true } }) : [];
  const pathOf = new Map(roots.map((r) => [r.id, r.path]));
  return rows.map((r) => toTypeDef(r, tz, r.filerRootId ? (pathOf.get(r.filerRootId) ?? "/-none-/") : null));
}

/** The tenant's report types inside an open transaction (jobs, the data layer). */
export async function loadTypeDefs(tx: Tx, tenantId: string, opts: { activeOnly?: boolean } = {}): Promise<TypeDef[]> {
  const rows = (await tx.reportType.findMany({
    where: { tenantId, ...(opts.activeOnly ? { active: true } : {}) },
    select: typeSelect,
    orderBy: [{ sortOrder: "asc" }, { code: "asc" }],
  })) as TypeRow[];
  return defsOf(tx, tenantId, rows);
}

export async function loadTypeDef(tx: Tx, tenantId: string, code: string): Promise<TypeDef> {
  const row = (await tx.reportType.findFirst({ where: { tenantId, code }, select: typeSelect })) as TypeRow | null;
  if (!row) throw notFound();
  return (await defsOf(tx, tenantId, [row]))[0];
}

// Filing is the hot path: a type is read once a minute per process, and the write statement itself checks that
// the type's updatedAt still matches (a stale copy makes the write refuse, the cache reloads, the write retries).
const CACHE_MS = 60_000;
const g = globalThis as unknown as { __ljflReportTypes?: Map<string, { def: TypeDef; at: number }> };
const cache = (g.__ljflReportTypes ??= new Map());

/** A type for filing: from this process's cache, or loaded in a transaction of its own on a miss. */
export async function cachedTypeDef(actor: Actor, code: string): Promise<TypeDef> {
  const tenantId = tenantOf(actor);
  const key = `${tenantId}:${code}`;
  const hit = cache.get(key);
  if (hit && Date.now() - hit.at < CACHE_MS) return hit.def;
  const def = await inTenant(actor, (tx) => loadTypeDef(tx, tenantId, code));
  cache.set(key, { def, at: Date.now() });
  return def;
}

export function forgetCachedType(tenantId: string, code: string) {
  cache.delete(`${tenantId}:${code}`);
}

/** Report types any reader of reports may see (the lists, the filters). */
export async function listReportTypes({ actor, includeInactive = false }: { actor: Actor; includeInactive?: boolean }) {
  requireScope(actor, "reports.read");
  return inTenant(actor, (tx) => loadTypeDefs(tx, tenantOf(actor), { activeOnly: !includeInactive }));
}

export async function getReportType({ actor, code }: { actor: Actor; code: string }) {
  requireScope(actor, "reports.read");
  return inTenant(actor, (tx) => loadTypeDef(tx, tenantOf(actor), code));
}

function templateData(t: TypeTemplate, filerKindCodes: string[], sortOrder: number) {
  return {
    code: t.code,
    name: t.name,
    nameEn: t.nameEn,
    description: t.description,
    cadence: t.cadence,
    weekday: t.weekday,
    dayOfMonth: t.dayOfMonth,
    dueTime: t.dueTime,
    periodOffset: t.periodOffset,
    lockAfterDays: t.lockAfterDays,
    reminders: t.reminders,
    fields: t.fields,
    filerKindCodes,
    exportTitle: t.exportTitle,
    sortOrder,
  };
}

/** The shipped types a tenant's tree can use (bin-duty only where grassroots unions exist …), added once. */
export async function installBuiltinTypes({ actor }: { actor: Actor }) {
  requireScope(actor, "reports.configure");
  return inTenant(actor, async (tx) => {
    const tenantId = tenantOf(actor);
    const kinds = (await tx.orgKind.findMany({ where: { tenantId }, select: { code: true } })).map((k) => k.code);
    const existing = new Set((await tx.reportType.findMany({ where: { tenantId }, select: { code: true } })).map((t) => t.code));
    const created: string[] = [];
    for (const [i, t] of BUILTIN_TYPES.entries()) {
      const filers = filerKindsFor(t, kinds);
      if (!filers.length || existing.has(t.code)) continue;
      const row = await tx.reportType.create({ data: { tenantId, ...templateData(t, filers, i) }, select: { id: true } });
      await audit(tx, actor, { action: "reportType.create", entityType: "ReportType", entityId: row.id, after: { code: t.code, name: t.name } });
      created.push(t.code);
    }
    return { created };
  });
}

/** Create a type (tenant admin). */
export async function createReportType({ actor, data }: { actor: Actor; data: TypeInput }) {
  requireScope(actor, "reports.configure");
  return inTenant(actor, async (tx) => {
    const tenantId = tenantOf(actor);
    if (await tx.reportType.findFirst({ where: { tenantId, code: data.code }, select: { id: true } })) throw conflict("errors.report.codeTaken");
    await assertFilerRoot(tx, tenantId, data.filerRootId);
    const row = await tx.reportType.create({ data: { tenantId, ...data }, select: { id: true, code: true } });
    await audit(tx, actor, { action: "reportType.create", entityType: "ReportType", entityId: row.id, after: data });
    return row;
  });
}

/** Change a type. Its code stays; fields removed from the form keep their filed values in every report. */
export async function updateReportType({ actor, code, data }: { actor: Actor; code: string; data: Omit<TypeInput, "code"> }) {
  requireScope(actor, "reports.configure");
  return inTenant(actor, async (tx) => {
    const tenantId = tenantOf(actor);
    const before = await tx.reportType.findFirst({ where: { tenantId, code }, select: typeSelect });
    if (!before) throw notFound();
    await assertFilerRoot(tx, tenantId, data.filerRootId);
    const after = await tx.reportType.update({ where: { id: before.id, tenantId }, data, select: typeSelect });
    forgetCachedType(tenantId, code);
    await audit(tx, actor, { action: "reportType.update", entityType: "ReportType", entityId: before.id, before, after });
    return { code };
  });
}

async function assertFilerRoot(tx: Tx, tenantId: string, filerRootId: string | null | undefined) {
  if (!filerRootId) return;
  const node = await tx.orgNode.findFirst({ where: { tenantId, id: filerRootId }, select: { id: true } });
  if (!node) throw notFound();
}
