import type { Tx } from "../db";
import type { Actor } from "../access/actor";
import { maskPhone } from "../people/mask";

const SECRET_KEYS = new Set(["passwordHash", "totpSecret", "recoveryCodes", "token", "tokenHash"]);
const PHONE_KEYS = new Set(["phone", "headPhone", "loginPhone"]);

/** Audit payloads never hold secrets, and hold phone numbers masked (PIPL: logs mask by default). */
export function redact(value: unknown): unknown {
  if (value === null || value === undefined) return value ?? null;
  if (value instanceof Date) return value.toISOString();
  if (typeof value === "bigint") return value.toString();
  if (Array.isArray(value)) return value.map(redact);
  if (typeof value === "object") {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
      if (SECRET_KEYS.has(k)) continue;
      out[k] = PHONE_KEYS.has(k) && typeof v === "string" ? maskPhone(v) : redact(v);
    }
    return out;
  }
  return value;
}

export type AuditEntry = {
  action: string;
  entityType: string;
  entityId?: string | null;
  /** The node the entity hangs on (for scoped reading of the log). */
  nodeId?: string | null;
  before?: unknown;
  after?: unknown;
  actingForPersonId?: string | null;
};

/** Written in the same transaction as the change it describes: both stand or neither does. */
export async function audit(tx: Tx, actor: Actor, entry: AuditEntry) {
  await auditMany(tx, actor, [entry]);
}

/** Many rows of one bulk change (imports) in one insert. createMany: no RETURNING, nothing read back. */
export async function auditMany(tx: Tx, actor: Actor, entries: AuditEntry[]) {
  if (!entries.length) return;
  await tx.auditLog.createMany({
    data: entries.map((entry) => ({
      nodeId: entry.nodeId ?? null,
      tenantId: actor.tenantId,
      actorUserId: actor.userId,
      actingForPersonId: entry.actingForPersonId ?? null,
      action: entry.action,
      entityType: entry.entityType,
      entityId: entry.entityId ?? null,
      before: (redact(entry.before) ?? undefined) as never,
      after: (redact(entry.after) ?? undefined) as never,
      ip: actor.ip ?? null,
      requestId: actor.requestId ?? null,
    })),
  });
}
