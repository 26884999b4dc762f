import "server-only";
// The tenant's question bank: its own questions and those copied from the shipped starter bank. Kept by the
// tenant-level campaign managers (the bank is shared by every unit of the tenant).
import type { Actor } from "../../access/actor";
import { scopeOf } from "../../access/actor";
import { AppError, notFound } from "../../access/errors";
import { tenantOf } from "../../access/scope";
import { inTenant } from "../../access/tenant-tx";
import { audit } from "../../audit/write-audit";
import type { Tx } from "../../db";
import { inOrder } from "../../db/in-order";
import { newId } from "../../ids";
import { STARTER_BANK } from "./starter-bank";

type Category = "KITCHEN" | "RECYCLABLE" | "HAZARDOUS" | "OTHER" | "GENERAL";
type QuestionData = { kind: "SINGLE" | "MULTIPLE" | "TRUE_FALSE"; category: Category; text: string; options: string[]; answer: number[]; explanation: string | null };

/** Managers at the top of the tenant's tree (their scope holds a root). */
export function keepsBank(actor: Actor): boolean {
  return scopeOf(actor, "campaigns.manage").paths.some((p) => p.split("/").filter(Boolean).length === 1);
}

function requireBankKeeper(actor: Actor) {
  if (!keepsBank(actor)) throw new AppError("FORBIDDEN", "errors.forbidden");
}

/** Copy the starter bank into the tenant's bank (questions already copied are left as the tenant edited them). */
export async function ensureStarterBank(tx: Tx, tenantId: string, userId: string | null) {
  const { count } = await tx.question.createMany({
    data: STARTER_BANK.map((q) => ({ id: newId(), tenantId, kind: q.kind, category: q.category, text: q.text, options: q.options, answer: q.answer, explanation: q.explanation, starterKey: q.key, createdById: userId })),
    skipDuplicates: true,
  });
  return count;
}

export async function importStarterBank({ actor }: { actor: Actor }) {
  requireBankKeeper(actor);
  return inTenant(actor, async (tx) => {
    const added = await ensureStarterBank(tx, tenantOf(actor), actor.userId);
    await audit(tx, actor, { action: "question.importStarter", entityType: "Question", after: { added } });
    return { added };
  });
}

export async function listQuestions({ actor, category, includeArchived = false, page = 1 }: { actor: Actor; category?: Category; includeArchived?: boolean; page?: number }) {
  if (!scopeOf(actor, "campaigns.manage").paths.length) throw new AppError("FORBIDDEN", "errors.forbidden");
  return inTenant(actor, async (tx) => {
    const where = { tenantId: tenantOf(actor), ...(category ? { category } : {}), ...(includeArchived ? {} : { archived: false }) };
    const pageSize = 30;
    const [rows, total, byCategory] = await inOrder([
      () => tx.question.findMany({ where, orderBy: [{ category: "asc" }, { createdAt: "asc" }, { starterKey: "asc" }], skip: (page - 1) * pageSize, take: pageSize }),
      () => tx.question.count({ where }),
      () => tx.question.groupBy({ by: ["category"], where: { tenantId: tenantOf(actor), archived: false }, _count: { _all: true } }),
    ]);
    return { rows, total, page, pageSize, byCategory: Object.fromEntries(byCategory.map((c) => [c.category, c._count._all])) as Partial<Record<Category, number>>, canEdit: keepsBank(actor) };
  });
}

export async function createQuestion({ actor, data }: { actor: Actor; data: QuestionData }) {
  requireBankKeeper(actor);
  return inTenant(actor, async (tx) => {
    const row = await tx.question.create({ data: { tenantId: tenantOf(actor), ...data, createdById: actor.userId }, select: { id: true } });
    await audit(tx, actor, { action: "question.create", entityType: "Question", entityId: row.id, after: data });
    return row;
  });
}

export async function updateQuestion({ actor, data }: { actor: Actor; data: QuestionData & { questionId: string } }) {
  requireBankKeeper(actor);
  return inTenant(actor, async (tx) => {
    const { questionId, ...fields } = data;
    const before = await tx.question.findFirst({ where: { id: questionId, tenantId: tenantOf(actor) } });
    if (!before) throw notFound();
    await tx.question.update({ where: { id: before.id, tenantId: tenantOf(actor) }, data: fields });
    await audit(tx, actor, { action: "question.update", entityType: "Question", entityId: before.id, before, after: fields });
    return { id: before.id };
  });
}

/** Archived questions are no longer drawn; attempts that drew them keep them. */
export async function archiveQuestion({ actor, data }: { actor: Actor; data: { questionId: string; archived: boolean } }) {
  requireBankKeeper(actor);
  return inTenant(actor, async (tx) => {
    const before = await tx.question.findFirst({ where: { id: data.questionId, tenantId: tenantOf(actor) }, select: { id: true, archived: true } });
    if (!before) throw notFound();
    await tx.question.update({ where: { id: before.id, tenantId: tenantOf(actor) }, data: { archived: data.archived } });
    await audit(tx, actor, { action: data.archived ? "question.archive" : "question.restore", entityType: "Question", entityId: before.id, before, after: { archived: data.archived } });
    return { id: before.id };
  });
}
