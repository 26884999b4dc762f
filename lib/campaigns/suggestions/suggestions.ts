import "server-only";
// Suggestions and tips (我为垃圾分类献一策, 小妙招): members submit, other members support (one each, never their
// own), the campaign's managers answer or adopt them, and hide what should not be shown (with a reason the author
// sees).
import type { Actor } from "../../access/actor";
import { conflict, notFound } from "../../access/errors";
import { tenantOf } from "../../access/scope";
import { inTenant } from "../../access/tenant-tx";
import { audit } from "../../audit/write-audit";
import type { Tx } from "../../db";
import { assertRunning, findCampaign, findManagedCampaign, findMemberCampaign } from "../scope";

/** A member may submit this many a day (a typo spree, not a campaign, should hit it). */
export const DAILY_LIMIT = 20;

export async function submitSuggestion({ actor, data, now = new Date() }: { actor: Actor; data: { campaignId: string; kind: "SUGGESTION" | "TIP"; text: string }; now?: Date }) {
  return inTenant(actor, async (tx) => {
    const { campaign, me } = await findMemberCampaign(tx, actor, data.campaignId);
    assertRunning(campaign);
    const tenantId = tenantOf(actor);
    const today = await tx.suggestion.count({ where: { tenantId, authorPersonId: me.personId, createdAt: { gte: new Date(now.getTime() - 86_400_000) } } });
    if (today >= DAILY_LIMIT) throw conflict("campaignErrors.tooManySuggestions");
    const row = await tx.suggestion.create({ data: { tenantId, campaignId: campaign.id, nodeId: me.nodeId, authorPersonId: me.personId, kind: data.kind, text: data.text }, select: { id: true } });
    await audit(tx, actor, { action: "suggestion.create", entityType: "Suggestion", entityId: row.id, nodeId: me.nodeId, after: data });
    return row;
  });
}

/** Support someone else's suggestion, once. */
export async function supportSuggestion({ actor, data }: { actor: Actor; data: { suggestionId: string } }) {
  return inTenant(actor, async (tx) => {
    const tenantId = tenantOf(actor);
    const s = await tx.suggestion.findFirst({ where: { id: data.suggestionId, tenantId, status: { not: "HIDDEN" } }, select: { id: true, campaignId: true, authorPersonId: true, nodeId: true } });
    if (!s) throw notFound();
    const { campaign, me } = await findMemberCampaign(tx, actor, s.campaignId);
    assertRunning(campaign);
    if (s.authorPersonId === me.personId) throw conflict("campaignErrors.ownSuggestion");
    const dup = await tx.suggestionSupport.findFirst({ where: { tenantId, suggestionId: s.id, personId: me.personId }, select: { id: true } });
    if (dup) throw conflict("campaignErrors.alreadySupported");
    const row = await tx.suggestionSupport.create({ data: { tenantId, suggestionId: s.id, personId: me.personId }, select: { id: true } });
    await audit(tx, actor, { action: "suggestion.support", entityType: "Suggestion", entityId: s.id, nodeId: s.nodeId });
    return { id: row.id, supports: await tx.suggestionSupport.count({ where: { tenantId, suggestionId: s.id } }) };
  });
}

async function findManagedSuggestion(tx: Tx, actor: Actor, suggestionId: string) {
  const s = await tx.suggestion.findFirst({ where: { id: suggestionId, tenantId: tenantOf(actor) }, select: { id: true, campaignId: true, nodeId: true, status: true, answer: true, hiddenReason: true } });
  if (!s) throw notFound();
  await findManagedCampaign(tx, actor, s.campaignId);
  return s;
}

export async function answerSuggestion({ actor, data }: { actor: Actor; data: { suggestionId: string; answer: string; adopt: boolean } }) {
  return inTenant(actor, async (tx) => {
    const s = await findManagedSuggestion(tx, actor, data.suggestionId);
    const status = data.adopt ? "ADOPTED" : "ANSWERED";
    await tx.suggestion.update({ where: { id: s.id, tenantId: tenantOf(actor) }, data: { answer: data.answer, status, answeredById: actor.userId, answeredAt: new Date(), hiddenReason: null, hiddenById: null } });
    await audit(tx, actor, { action: data.adopt ? "suggestion.adopt" : "suggestion.answer", entityType: "Suggestion", entityId: s.id, nodeId: s.nodeId, before: s, after: { status, answer: data.answer } });
    return { id: s.id, status };
  });
}

export async function hideSuggestion({ actor, data }: { actor: Actor; data: { suggestionId: string; reason: string } }) {
  return inTenant(actor, async (tx) => {
    const s = await findManagedSuggestion(tx, actor, data.suggestionId);
    await tx.suggestion.update({ where: { id: s.id, tenantId: tenantOf(actor) }, data: { status: "HIDDEN", hiddenReason: data.reason, hiddenById: actor.userId } });
    await audit(tx, actor, { action: "suggestion.hide", entityType: "Suggestion", entityId: s.id, nodeId: s.nodeId, before: s, after: { status: "HIDDEN", reason: data.reason } });
    return { id: s.id };
  });
}

/** Show a hidden suggestion again (answered ones go back to answered). */
export async function restoreSuggestion({ actor, data }: { actor: Actor; data: { suggestionId: string } }) {
  return inTenant(actor, async (tx) => {
    const s = await findManagedSuggestion(tx, actor, data.suggestionId);
    if (s.status !== "HIDDEN") return { id: s.id };
    const status = s.answer ? "ANSWERED" : "OPEN";
    await tx.suggestion.update({ where: { id: s.id, tenantId: tenantOf(actor) }, data: { status, hiddenReason: null, hiddenById: null } });
    await audit(tx, actor, { action: "suggestion.restore", entityType: "Suggestion", entityId: s.id, nodeId: s.nodeId, before: s, after: { status } });
    return { id: s.id };
  });
}

const listSelect = {
  id: true,
  kind: true,
  text: true,
  status: true,
  answer: true,
  answeredAt: true,
  hiddenReason: true,
  createdAt: true,
  authorPersonId: true,
  author: { select: { name: true } },
  node: { select: { name: true } },
  _count: { select: { supports: true } },
} as const;

/** Staff: the suggestions from the units in their view (managers also see hidden ones). */
export async function listSuggestions({ actor, campaignId, status }: { actor: Actor; campaignId: string; status?: "OPEN" | "ANSWERED" | "ADOPTED" | "HIDDEN" }) {
  return inTenant(actor, async (tx) => {
    const c = await findCampaign(tx, actor, campaignId);
    const rows = await tx.suggestion.findMany({
      where: {
        tenantId: tenantOf(actor),
        campaignId: c.id,
        node: c.view.length ? { OR: c.view.map((p) => ({ path: { startsWith: p } })) } : { id: "-none-" },
        ...(status ? { status } : c.can.manage ? {} : { status: { not: "HIDDEN" as const } }),
      },
      orderBy: [{ createdAt: "desc" }],
      take: 300,
      select: listSelect,
    });
    if (!c.can.manage && status === "HIDDEN") return { campaign: c, rows: [] };
    return { campaign: c, rows: rows.map(({ _count, authorPersonId: _a, ...r }) => ({ ...r, supports: _count.supports })) };
  });
}

/** Members: the campaign's visible suggestions (and their own hidden ones, with the reason), most supported first. */
export async function listSuggestionsForMember({ actor, campaignId }: { actor: Actor; campaignId: string }) {
  return inTenant(actor, async (tx) => {
    const { campaign, me } = await findMemberCampaign(tx, actor, campaignId);
    const tenantId = tenantOf(actor);
    const rows = await tx.suggestion.findMany({
      where: { tenantId, campaignId: campaign.id, OR: [{ status: { not: "HIDDEN" } }, { authorPersonId: me.personId }] },
      orderBy: [{ supports: { _count: "desc" } }, { createdAt: "desc" }],
      take: 200,
      select: { ...listSelect, supports: { where: { personId: me.personId }, select: { id: true } } },
    });
    return {
      campaign: { id: campaign.id, title: campaign.title, status: campaign.status },
      rows: rows.map(({ _count, supports, authorPersonId, ...r }) => ({ ...r, supports: _count.supports, mine: authorPersonId === me.personId, supported: supports.length > 0 })),
    };
  });
}
