import "server-only";
import { Prisma } from "../generated/prisma/client";
import type { Actor } from "../access/actor";
import { requireScope, tenantOf } from "../access/scope";
import { inTenant } from "../access/tenant-tx";
import type { Scope } from "../access/actor";
import { idsOnPath } from "../org/tree-rules";

export type AuditRow = {
  id: string;
  createdAt: Date;
  action: string;
  entityType: string;
  entityId: string | null;
  nodeId: string | null;
  nodeName: string | null;
  actorUserId: string | null;
  actorUsername: string | null;
  actorDisplayName: string | null;
  before: unknown;
  after: unknown;
  ip: string | null;
};

// Days are calendar days in China (the whole platform runs on Asia/Shanghai, which has no daylight saving).
const dayStart = (day: string) => new Date(`${day}T00:00:00+08:00`);
const dayEnd = (day: string) => new Date(dayStart(day).getTime() + 24 * 3600 * 1000);

/**
 * Rows inside the audit.read scope: those hanging on a node of the actor's subtrees, and those with no node
 * (account and tenant-wide changes) only for someone whose scope is a whole tenant tree.
 */
function scopeClause(scope: Scope): Prisma.Sql {
  const prefixes = scope.paths.map((p) => `${p}%`);
  const wholeTree = scope.paths.some((p) => idsOnPath(p).length === 1);
  if (!prefixes.length) return Prisma.sql`FALSE`;
  return wholeTree
    ? Prisma.sql`(n.path LIKE ANY(${prefixes}::text[]) OR a."nodeId" IS NULL)`
    : Prisma.sql`n.path LIKE ANY(${prefixes}::text[])`;
}

export async function listAuditLog({
  actor,
  entityType,
  entityId,
  actorUserId,
  from,
  to,
  page = 1,
  pageSize = 30,
}: {
  actor: Actor;
  entityType?: string;
  entityId?: string;
  actorUserId?: string;
  from?: string;
  to?: string;
  page?: number;
  pageSize?: number;
}) {
  const scope = requireScope(actor, "audit.read");
  const tenantId = tenantOf(actor);
  const size = Math.min(Math.max(pageSize, 1), 100);
  const conditions: Prisma.Sql[] = [Prisma.sql`a."tenantId" = ${tenantId}`, scopeClause(scope)];
  if (entityType) conditions.push(Prisma.sql`a."entityType" = ${entityType}`);
  if (entityId) conditions.push(Prisma.sql`a."entityId" = ${entityId}`);
  if (actorUserId) conditions.push(Prisma.sql`a."actorUserId" = ${actorUserId}`);
  if (from) conditions.push(Prisma.sql`a."createdAt" >= ${dayStart(from)}`);
  if (to) conditions.push(Prisma.sql`a."createdAt" < ${dayEnd(to)}`);
  const where = Prisma.join(conditions, " AND ");
  // The node join stays inside the tenant: a nodeId can never pull in another tenant's tree.
  const from_ = Prisma.sql`"AuditLog" a LEFT JOIN "OrgNode" n ON n.id = a."nodeId" AND n."tenantId" = a."tenantId"`;

  return inTenant(actor, async (tx) => {
    // One after the other: queries of one transaction share its connection.
    const rows = await tx.$queryRaw<(Omit<AuditRow, "id"> & { id: bigint })[]>`
      SELECT a.id, a."createdAt", a.action, a."entityType", a."entityId", a."nodeId", n.name AS "nodeName",
        a."actorUserId", u.username AS "actorUsername", u."displayName" AS "actorDisplayName", a.before, a.after, a.ip
      FROM ${from_}
      LEFT JOIN "User" u ON u.id = a."actorUserId" AND u."tenantId" = a."tenantId"
      WHERE ${where}
      ORDER BY a."createdAt" DESC, a.id DESC
      LIMIT ${size} OFFSET ${(page - 1) * size}`;
    const count = await tx.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM ${from_} WHERE ${where}`;
    return { rows: rows.map((r) => ({ ...r, id: r.id.toString() })) as AuditRow[], total: count[0].n, page, pageSize: size };
  });
}

/** The entity types that occur in the actor's tenant (the filter's choices). */
export async function listAuditEntityTypes({ actor }: { actor: Actor }) {
  requireScope(actor, "audit.read");
  const tenantId = tenantOf(actor);
  return inTenant(actor, async (tx) => {
    const rows = await tx.$queryRaw<{ entityType: string }[]>`
      SELECT DISTINCT "entityType" FROM "AuditLog" WHERE "tenantId" = ${tenantId} ORDER BY "entityType"`;
    return rows.map((r) => r.entityType);
  });
}
