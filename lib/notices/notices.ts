import "server-only";
// Quarterly notices (季通报): drafted from the data for a node's units, edited by staff (DRAFT), submitted, approved
// by a leader (never the one who submitted it), published to the units below (notified once each). Staff see the
// notices of their subtree in every state; everybody else reads published notices issued at or above their units.
import type { Prisma } from "../generated/prisma/client";
import type { Actor } from "../access/actor";
import { scopeOf } from "../access/actor";
import { conflict, forbidden, notFound } from "../access/errors";
import { nodesIn, requireScope, tenantOf } from "../access/scope";
import { inTenant } from "../access/tenant-tx";
import { audit } from "../audit/write-audit";
import type { Tx } from "../db";
import { sendNotifications } from "../notifications/notifications";
import { idsOnPath } from "../org/tree-rules";
import { draftNotice, type NoticeSection } from "./generator";
import { gatherNoticeData } from "./gather";
import { sanitizeNoticeHtml } from "./sanitize";
import type { UpdateNoticeInput } from "./schemas";

const select = {
  id: true,
  quarter: true,
  title: true,
  status: true,
  sections: true,
  returnComment: true,
  createdById: true,
  submittedById: true,
  submittedAt: true,
  approvedById: true,
  approvedAt: true,
  publishedAt: true,
  updatedAt: true,
  node: { select: { id: true, name: true, path: true } },
} satisfies Prisma.QuarterlyNoticeSelect;

/** Which notices an actor reaches: staff of the issuing subtree in any state, readers published ones issued at or above them. */
export function noticesWhere(actor: Actor): Prisma.QuarterlyNoticeWhereInput {
  const tenantId = tenantOf(actor);
  const staff = [...scopeOf(actor, "notices.write").paths, ...scopeOf(actor, "notices.approve").paths];
  const read = scopeOf(actor, "notices.read").paths;
  if (!staff.length && !read.length) requireScope(actor, "notices.read");
  const above = [...new Set(read.flatMap((p) => idsOnPath(p)))];
  return {
    tenantId,
    OR: [
      { node: nodesIn({ paths: staff, self: false, global: false }) },
      { status: "PUBLISHED", node: nodesIn({ paths: read, self: false, global: false }) },
      { status: "PUBLISHED", nodeId: { in: above.length ? above : ["-none-"] } },
    ],
  };
}

function sectionsOf(raw: unknown): NoticeSection[] {
  return Array.isArray(raw) ? (raw as NoticeSection[]).map((s) => ({ key: String(s.key), title: String(s.title), html: sanitizeNoticeHtml(String(s.html ?? "")) })) : [];
}

function canOn(actor: Actor, permission: "notices.write" | "notices.approve", path: string) {
  return scopeOf(actor, permission).paths.some((p) => path.startsWith(p));
}

export async function listNotices({ actor, take = 100 }: { actor: Actor; take?: number }) {
  return inTenant(actor, async (tx) => {
    const rows = await tx.quarterlyNotice.findMany({ where: noticesWhere(actor), select: { id: true, quarter: true, title: true, status: true, updatedAt: true, publishedAt: true, node: { select: { id: true, name: true, path: true } } }, orderBy: [{ quarter: "desc" }, { updatedAt: "desc" }], take });
    return rows.map((r) => ({ ...r, canWrite: canOn(actor, "notices.write", r.node.path), canApprove: canOn(actor, "notices.approve", r.node.path) }));
  });
}

export async function getNotice({ actor, noticeId }: { actor: Actor; noticeId: string }) {
  return inTenant(actor, async (tx) => {
    const n = await tx.quarterlyNotice.findFirst({ where: { id: noticeId, AND: [noticesWhere(actor)] }, select });
    if (!n) throw notFound();
    const names = await tx.user.findMany({ where: { tenantId: tenantOf(actor), id: { in: [n.createdById, n.submittedById, n.approvedById].filter((x): x is string => !!x) } }, select: { id: true, displayName: true } });
    const who = new Map(names.map((u) => [u.id, u.displayName]));
    return {
      ...n,
      sections: sectionsOf(n.sections),
      createdBy: who.get(n.createdById) ?? "—",
      submittedBy: n.submittedById ? (who.get(n.submittedById) ?? "—") : null,
      approvedBy: n.approvedById ? (who.get(n.approvedById) ?? "—") : null,
      canWrite: canOn(actor, "notices.write", n.node.path),
      canApprove: canOn(actor, "notices.approve", n.node.path) && n.submittedById !== actor.userId,
    };
  });
}

/** Draft the notice of a quarter for a node from the data (one per node and quarter). */
export async function createNotice({ actor, data, now = new Date() }: { actor: Actor; data: { nodeId: string; quarter: string }; now?: Date }) {
  const scope = requireScope(actor, "notices.write");
  return inTenant(actor, async (tx) => {
    const tenantId = tenantOf(actor);
    const node = await tx.orgNode.findFirst({ where: { id: data.nodeId, tenantId, archived: false, ...nodesIn(scope) }, select: { id: true, name: true, path: true } });
    if (!node) throw notFound();
    if (await tx.quarterlyNotice.findFirst({ where: { tenantId, nodeId: node.id, quarter: data.quarter }, select: { id: true } })) throw conflict("notices.errors.exists");
    const gathered = await gatherNoticeData(tx, tenantId, node, data.quarter, now);
    const draft = draftNotice(gathered);
    const row = await tx.quarterlyNotice.create({
      data: { tenantId, nodeId: node.id, quarter: data.quarter, title: draft.title, sections: draft.sections, generatedFrom: { ...gathered, generatedAt: now.toISOString() } as unknown as Prisma.InputJsonValue, createdById: actor.userId },
      select: { id: true },
    });
    await audit(tx, actor, { action: "notice.draft", entityType: "QuarterlyNotice", entityId: row.id, nodeId: node.id, after: { quarter: data.quarter, title: draft.title } });
    return row;
  });
}

async function findForChange(tx: Tx, actor: Actor, noticeId: string, permission: "notices.write" | "notices.approve") {
  const scope = requireScope(actor, permission);
  const n = await tx.quarterlyNotice.findFirst({ where: { id: noticeId, tenantId: tenantOf(actor), node: nodesIn(scope) }, select: { id: true, status: true, nodeId: true, title: true, quarter: true, submittedById: true, node: { select: { name: true, path: true } } } });
  if (!n) throw notFound();
  return n;
}

/** Staff edit a draft (title and sections; every section's HTML sanitised). */
export async function updateNotice({ actor, data }: { actor: Actor; data: UpdateNoticeInput }) {
  return inTenant(actor, async (tx) => {
    const n = await findForChange(tx, actor, data.noticeId, "notices.write");
    if (n.status !== "DRAFT") throw conflict("notices.errors.notDraft");
    const sections = data.sections.map((s) => ({ key: s.key, title: s.title, html: sanitizeNoticeHtml(s.html) }));
    const { count } = await tx.quarterlyNotice.updateMany({ where: { id: n.id, tenantId: tenantOf(actor), status: "DRAFT" }, data: { title: data.title, sections } });
    if (!count) throw conflict("notices.errors.notDraft");
    await audit(tx, actor, { action: "notice.edit", entityType: "QuarterlyNotice", entityId: n.id, nodeId: n.nodeId, before: { title: n.title }, after: { title: data.title, sections: sections.length } });
    return { id: n.id };
  });
}

/** One step of the workflow: only from the expected state (a second click, a stale tab, changes nothing). */
async function move(tx: Tx, actor: Actor, n: { id: string; nodeId: string }, from: "DRAFT" | "SUBMITTED" | "APPROVED", data: Prisma.QuarterlyNoticeUpdateManyMutationInput, action: string, after: object) {
  const { count } = await tx.quarterlyNotice.updateMany({ where: { id: n.id, tenantId: tenantOf(actor), status: from }, data });
  if (!count) throw conflict("notices.errors.state");
  await audit(tx, actor, { action, entityType: "QuarterlyNotice", entityId: n.id, nodeId: n.nodeId, before: { status: from }, after });
}

export async function submitNotice({ actor, noticeId, now = new Date() }: { actor: Actor; noticeId: string; now?: Date }) {
  return inTenant(actor, async (tx) => {
    const n = await findForChange(tx, actor, noticeId, "notices.write");
    await move(tx, actor, n, "DRAFT", { status: "SUBMITTED", submittedById: actor.userId, submittedAt: now, returnComment: null }, "notice.submit", { status: "SUBMITTED" });
    return { id: n.id, status: "SUBMITTED" as const };
  });
}

/** A leader approves (four eyes: not the one who submitted it). */
export async function approveNotice({ actor, noticeId, now = new Date() }: { actor: Actor; noticeId: string; now?: Date }) {
  return inTenant(actor, async (tx) => {
    const n = await findForChange(tx, actor, noticeId, "notices.approve");
    if (n.submittedById === actor.userId) throw forbidden();
    await move(tx, actor, n, "SUBMITTED", { status: "APPROVED", approvedById: actor.userId, approvedAt: now }, "notice.approve", { status: "APPROVED" });
    return { id: n.id, status: "APPROVED" as const };
  });
}

/** Back to the drafters with a comment. */
export async function returnNotice({ actor, noticeId, comment }: { actor: Actor; noticeId: string; comment: string }) {
  return inTenant(actor, async (tx) => {
    const n = await findForChange(tx, actor, noticeId, "notices.approve");
    await move(tx, actor, n, "SUBMITTED", { status: "DRAFT", returnComment: comment, submittedAt: null }, "notice.return", { status: "DRAFT", comment });
    return { id: n.id, status: "DRAFT" as const };
  });
}

/** Publish an approved notice: the staff of every unit below and the representatives following them are told, once each. */
export async function publishNotice({ actor, noticeId, now = new Date() }: { actor: Actor; noticeId: string; now?: Date }) {
  return inTenant(actor, async (tx) => {
    const tenantId = tenantOf(actor);
    const n = await findForChange(tx, actor, noticeId, "notices.write");
    await move(tx, actor, n, "APPROVED", { status: "PUBLISHED", publishedById: actor.userId, publishedAt: now }, "notice.publish", { status: "PUBLISHED" });
    const under = { path: { startsWith: n.node.path }, archived: false };
    const readers = await tx.roleAssignment.findMany({
      where: { tenantId, role: { in: ["UNIT_ADMIN", "REPORTER", "LEADER", "TENANT_ADMIN"] }, user: { disabled: false }, node: under },
      select: { userId: true },
    });
    // Representatives read the notices of the units they follow (their role sits higher up, on no subtree).
    const followers = await tx.representativeFollow.findMany({
      where: { tenantId, node: under, user: { disabled: false, roles: { some: { role: "REPRESENTATIVE", node: { archived: false } } } } },
      select: { userId: true },
    });
    const sent = await sendNotifications(
      tx,
      tenantId,
      [...new Set([...readers, ...followers].map((r) => r.userId))].map((userId) => ({ userId, kind: "notice.published", title: n.title, body: `${n.node.name}发布了季度通报`, link: `/notices/${n.id}`, dedupeKey: `notice:${n.id}` })),
    );
    return { id: n.id, status: "PUBLISHED" as const, notified: sent };
  });
}

/** The nodes a notice may be issued by: the roots of the actor's notices.write scope and the units directly below. */
export async function listNoticeIssuers({ actor }: { actor: Actor }) {
  const scope = requireScope(actor, "notices.write");
  return inTenant(actor, async (tx) => {
    const roots = await tx.orgNode.findMany({ where: { tenantId: tenantOf(actor), path: { in: scope.paths }, archived: false }, select: { id: true, name: true, depth: true } });
    const kids = await tx.orgNode.findMany({ where: { tenantId: tenantOf(actor), parentId: { in: roots.map((r) => r.id) }, archived: false }, select: { id: true, name: true, depth: true }, orderBy: [{ sortOrder: "asc" }, { name: "asc" }], take: 200 });
    return [...roots, ...kids].map(({ id, name, depth }) => ({ id, name, depth }));
  });
}
