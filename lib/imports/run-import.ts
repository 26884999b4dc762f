import "server-only";
import type { Prisma } from "../generated/prisma/client";
import type { ImportKind } from "../generated/prisma/enums";
import type { Actor } from "../access/actor";
import { scopeOf } from "../access/actor";
import { AppError, conflict, notFound, toAppError } from "../access/errors";
import { nodesIn, requireScope, tenantOf } from "../access/scope";
import { inTenant } from "../access/tenant-tx";
import { auditMany } from "../audit/write-audit";
import { newId } from "../ids";
import { requestLog } from "../log";
import type { RowError } from "./cells";
import { loadOrgLookups, loadRosterLookups } from "./import-lookups";
import { looksLikeXlsx, parseXlsx } from "./parse-xlsx";
import { columnsOf } from "./templates";
import { validateOrgRowsSteps } from "./validate-org-rows";
import { validateRosterRowsSteps } from "./validate-roster-rows";
import { writeOrgPlan, writeRosterPlan } from "./write-import";
import { validateLinkRowsSteps } from "../links/import-rows";
import { loadLinkLookups, writeLinkPlan } from "../links/import-links";

export type ImportPhase = "reading" | "validating" | "writing" | "done";

/** A file with more bad cells than this keeps the first ones and a last line saying the rest were cut. */
export const MAX_STORED_ERRORS = 50_000;
/** How many errors the job view carries; the downloadable report has them all. */
export const ERRORS_SHOWN = 200;
/** The single transaction that writes a whole file may take this long (10,000 rows take a few seconds). */
const WRITE_LIMITS = { timeout: 10 * 60_000, maxWait: 15_000 };

const WRITE_PERMISSION = { ORG_TREE: "org.write", ROSTER: "people.write", HOUSEHOLD_LINKS: "households.write" } as const;

const jobSelect = {
  id: true,
  kind: true,
  nodeId: true,
  userId: true,
  fileName: true,
  status: true,
  phase: true,
  total: true,
  processed: true,
  created: true,
  errors: true,
  createdAt: true,
  finishedAt: true,
} satisfies Prisma.ImportJobSelect;

type JobRow = Prisma.ImportJobGetPayload<{ select: typeof jobSelect }>;

export type ImportJobView = Omit<JobRow, "errors" | "userId"> & { errorCount: number; errors: RowError[] };

function toView(job: JobRow, errorLimit: number | null): ImportJobView {
  const { errors, userId: _userId, ...rest } = job;
  void _userId;
  const all = (Array.isArray(errors) ? errors : []) as unknown as RowError[];
  return { ...rest, errorCount: all.length, errors: errorLimit === null ? all : all.slice(0, errorLimit) };
}

function capErrors(errors: RowError[]): RowError[] {
  if (errors.length <= MAX_STORED_ERRORS) return errors;
  return [...errors.slice(0, MAX_STORED_ERRORS), { row: 0, column: null, message: "imports.errors.truncated", params: { max: MAX_STORED_ERRORS } }];
}

/** The target node: inside the actor's import.run scope and the scope of the write the import performs. */
async function findTarget(actor: Actor, kind: ImportKind, nodeId: string) {
  const importScope = requireScope(actor, "import.run");
  const writeScope = requireScope(actor, WRITE_PERMISSION[kind]);
  const node = await inTenant(actor, (tx) =>
    tx.orgNode.findFirst({
      where: { id: nodeId, tenantId: tenantOf(actor), AND: [nodesIn(importScope), nodesIn(writeScope)] },
      select: { id: true, path: true, archived: true },
    }),
  );
  if (!node) throw notFound();
  if (node.archived) throw conflict("errors.parentArchived");
  return node;
}

/**
 * Reads, checks and writes one Excel file. The job row records each phase (in short transactions of its own,
 * so GET /api/imports/[id] shows progress); any bad row rejects the whole file with every error listed and
 * nothing else written; a good file is written in ONE transaction with an audit row per created row.
 */
export async function startImport({ actor, kind, nodeId, fileName, bytes, jobId }: {
  actor: Actor;
  kind: ImportKind;
  nodeId: string;
  fileName: string;
  bytes: Uint8Array;
  /** Chosen by the uploading page so it can poll progress while the upload request is still running. */
  jobId?: string;
}): Promise<ImportJobView> {
  const tenantId = tenantOf(actor);
  if (!looksLikeXlsx(bytes)) throw new AppError("UNSUPPORTED_MEDIA", "errors.fileType");
  const target = await findTarget(actor, kind, nodeId);
  const id = jobId ?? newId();
  await inTenant(actor, (tx) =>
    tx.importJob.create({ data: { id, tenantId, userId: actor.userId, nodeId: target.id, kind, fileName: fileName.slice(0, 200), phase: "reading" } }),
  );
  const update = (data: Prisma.ImportJobUpdateInput) => inTenant(actor, (tx) => tx.importJob.update({ where: { id, tenantId }, data, select: jobSelect }));

  try {
    const rows = await parseXlsx(bytes, columnsOf(kind), { onProgress: (n) => update({ processed: n }).then(() => undefined) });
    await update({ phase: "validating", total: rows.length, processed: 0 });

    const steps = await inTenant(actor, async (tx) =>
      kind === "ORG_TREE"
        ? validateOrgRowsSteps(rows, await loadOrgLookups(tx, tenantId, rows, target))
        : kind === "ROSTER"
          ? validateRosterRowsSteps(rows, await loadRosterLookups(tx, tenantId, rows, target))
          : validateLinkRowsSteps(rows, await loadLinkLookups(tx, tenantId, rows, target)),
    );
    let step = steps.next();
    while (!step.done) {
      await update({ processed: step.value });
      step = steps.next();
    }
    const result = step.value;
    if (!result.ok) return toView(await reject(result.errors), ERRORS_SHOWN);
    await update({ phase: "writing", processed: 0 });

    const outcome = await inTenant(
      actor,
      async (tx) => {
        const ctx = { tx, actor, tenantId, jobId: id, onProgress: (n: number) => update({ processed: n }).then(() => undefined) };
        const written =
          "nodes" in result ? await writeOrgPlan(ctx, result.nodes) : "people" in result ? await writeRosterPlan(ctx, result.people) : await writeLinkPlan(ctx, result.links);
        if (typeof written !== "number") return written;
        await auditMany(tx, actor, [
          { action: "import.done", entityType: "ImportJob", entityId: id, nodeId: target.id, after: { kind, fileName, created: written } },
        ]);
        return tx.importJob.update({
          where: { id, tenantId },
          data: { status: "DONE", phase: "done", processed: rows.length, created: written, finishedAt: new Date() },
          select: jobSelect,
        });
      },
      WRITE_LIMITS,
    );
    if (Array.isArray(outcome)) return toView(await reject(outcome), ERRORS_SHOWN);
    return toView(outcome, ERRORS_SHOWN);
  } catch (e) {
    const err = toAppError(e);
    if (err.code === "INTERNAL") requestLog(actor.requestId).error({ err: e, jobId: id }, "import failed");
    await update({
      status: "FAILED",
      phase: "done",
      finishedAt: new Date(),
      errors: [{ row: 0, column: null, message: err.messageKey, params: err.params }] as never,
    }).catch(() => undefined);
    throw err;
  }

  function reject(errors: RowError[]) {
    return update({ status: "REJECTED", phase: "done", finishedAt: new Date(), errors: capErrors(errors) as never });
  }
}

/**
 * One import job: the user who started it, or someone whose audit.read scope holds its target node. The job has no
 * relation to its node, so the node is looked up with the scope in its WHERE clause, in the same transaction.
 */
export async function getImportJob({ actor, jobId, errorLimit = ERRORS_SHOWN }: { actor: Actor; jobId: string; errorLimit?: number | null }) {
  return inTenant(actor, async (tx) => {
    const tenantId = tenantOf(actor);
    const job = await tx.importJob.findFirst({ where: { id: jobId, tenantId }, select: jobSelect });
    if (!job) throw notFound();
    if (job.userId !== actor.userId) {
      const auditScope = scopeOf(actor, "audit.read");
      const visible = await tx.orgNode.count({ where: { id: job.nodeId, tenantId, ...nodesIn(auditScope) } });
      if (!visible) throw notFound();
    }
    return toView(job, errorLimit);
  });
}

/** The actor's latest imports (the import page lists them). */
export async function listMyImports({ actor, limit = 10 }: { actor: Actor; limit?: number }) {
  requireScope(actor, "import.run");
  return inTenant(actor, async (tx) => {
    const jobs = await tx.importJob.findMany({
      where: { tenantId: tenantOf(actor), userId: actor.userId },
      select: { ...jobSelect, errors: false },
      orderBy: { createdAt: "desc" },
      take: limit,
    });
    return jobs;
  });
}
