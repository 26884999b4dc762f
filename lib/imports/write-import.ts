import "server-only";
import type { Actor } from "../access/actor";
import { conflict } from "../access/errors";
import { auditMany } from "../audit/write-audit";
import type { Tx } from "../db";
import { newId } from "../ids";
import type { RowError } from "./cells";
import { findTakenPhones } from "./import-lookups";
import type { PlannedNode } from "./validate-org-rows";
import type { PlannedPerson } from "./validate-roster-rows";

/** Rows per INSERT: about 12 columns each, well under PostgreSQL's bind-parameter limit. */
export const WRITE_CHUNK = 1_000;

type WriteCtx = {
  tx: Tx;
  actor: Actor;
  tenantId: string;
  jobId: string;
  /** Awaited after each chunk; runs in its own transaction so a poller sees it before this one commits. */
  onProgress: (written: number) => Promise<void>;
};

/** One import of a kind at a time per tenant: the second waits here until the first commits or rolls back. */
async function lockImports(tx: Tx, tenantId: string, kind: string) {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`import:${kind}:${tenantId}`}))`;
}

/**
 * Parents the plan hangs on, locked against a concurrent move or archive until this transaction ends, and checked
 * to be where validation saw them (a move in between would make the planned paths wrong).
 */
async function lockParents(tx: Tx, tenantId: string, expected: Map<string, string>) {
  const ids = [...expected.keys()];
  if (!ids.length) return;
  const rows = await tx.$queryRaw<{ id: string; path: string; archived: boolean }[]>`
    SELECT id, path, archived FROM "OrgNode" WHERE "tenantId" = ${tenantId} AND id = ANY(${ids}) FOR SHARE`;
  const changed = rows.length !== ids.length || rows.some((r) => r.archived || r.path !== expected.get(r.id));
  if (changed) throw conflict("errors.retry");
}

export async function writeOrgPlan({ tx, actor, tenantId, jobId, onProgress }: WriteCtx, nodes: PlannedNode[]) {
  await lockImports(tx, tenantId, "org");
  const planned = new Set(nodes.map((n) => n.id));
  const parents = new Map<string, string>();
  for (const n of nodes) if (!planned.has(n.parentId)) parents.set(n.parentId, n.path.slice(0, -(n.id.length + 1)));
  await lockParents(tx, tenantId, parents);
  // The plan is in topological order, so every chunk's parents exist before it is inserted.
  for (let i = 0; i < nodes.length; i += WRITE_CHUNK) {
    const data = nodes.slice(i, i + WRITE_CHUNK).map(({ row: _row, ...n }) => ({ ...n, tenantId }));
    await tx.orgNode.createMany({ data });
    await auditMany(tx, actor, data.map((n) => ({ action: "org.create", entityType: "OrgNode", entityId: n.id, nodeId: n.id, after: { ...n, importJobId: jobId } })));
    await onProgress(Math.min(i + WRITE_CHUNK, nodes.length));
  }
  return nodes.length;
}

/** Writes the people, or returns the rows whose phone another import added since validation (nothing written). */
export async function writeRosterPlan({ tx, actor, tenantId, jobId, onProgress }: WriteCtx, people: PlannedPerson[]): Promise<number | RowError[]> {
  await lockImports(tx, tenantId, "roster");
  const phones = people.flatMap((p) => (p.phone ? [p.phone] : []));
  const taken = await findTakenPhones(tx, tenantId, phones);
  if (taken.size) {
    return people.filter((p) => p.phone && taken.has(p.phone)).map((p) => ({ row: p.row, column: "phone", message: "imports.errors.phoneTaken", value: p.phone! }));
  }
  for (let i = 0; i < people.length; i += WRITE_CHUNK) {
    const data = people.slice(i, i + WRITE_CHUNK).map(({ row: _row, ...p }) => ({ ...p, id: newId(), tenantId }));
    await tx.person.createMany({ data });
    await auditMany(tx, actor, data.map((p) => ({ action: "person.create", entityType: "Person", entityId: p.id, nodeId: p.nodeId, after: { ...p, importJobId: jobId } })));
    await onProgress(Math.min(i + WRITE_CHUNK, people.length));
  }
  return people.length;
}
