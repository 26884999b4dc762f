import "server-only";
// Public pages (no sign-in) know only an unguessable token: a narrow database function answers its tenant and row,
// and the page then works inside that tenant. Their writes are audited without a user.
import { notFound } from "../access/errors";
import { redact } from "../audit/write-audit";
import { getDb, type Tx } from "../db";
import { TOKEN_PATTERN } from "./tokens";

export async function resolveToken(kind: "pledge" | "checkin", token: string): Promise<{ tenantId: string; id: string }> {
  if (!TOKEN_PATTERN.test(token)) throw notFound();
  const rows = await getDb().$queryRaw<{ tenantId: string; id: string }[]>`SELECT * FROM campaigns_resolve_token(${kind}, ${token})`;
  if (!rows.length) throw notFound();
  return rows[0];
}

export async function publicAudit(tx: Tx, tenantId: string, entry: { action: string; entityType: string; entityId: string; nodeId: string; after?: unknown; actingForPersonId?: string | null }, ip: string) {
  await tx.auditLog.create({
    data: {
      tenantId,
      actorUserId: null,
      actingForPersonId: entry.actingForPersonId ?? null,
      action: entry.action,
      entityType: entry.entityType,
      entityId: entry.entityId,
      nodeId: entry.nodeId,
      after: (redact(entry.after) ?? undefined) as never,
      ip,
    },
  });
}
