import "server-only";
// The initiative letter (倡议书): written by the campaign's managers (sanitised on every save), published once to
// the campaign's units, whose staff confirm receipt; the owner sees who has not.
import type { Actor } from "../../access/actor";
import { AppError, conflict, notFound } from "../../access/errors";
import { tenantOf } from "../../access/scope";
import { inTenant } from "../../access/tenant-tx";
import { audit } from "../../audit/write-audit";
import { sendNotifications } from "../../notifications/notifications";
import { inPaths } from "../area";
import { assertUnitPath, unitsInView } from "../campaigns";
import { assertRunning, findCampaign, findManagedCampaign, findMemberCampaign } from "../scope";
import { letterText, sanitizeLetterHtml } from "./sanitize";

export async function saveLetter({ actor, data }: { actor: Actor; data: { campaignId: string; title: string; html: string } }) {
  return inTenant(actor, async (tx) => {
    const c = await findManagedCampaign(tx, actor, data.campaignId);
    if (c.letterPublishedAt) throw conflict("campaignErrors.letterPublished");
    const html = sanitizeLetterHtml(data.html);
    if (!letterText(html)) throw new AppError("VALIDATION", "errors.validation", {}, { html: ["campaignErrors.letterEmpty"] });
    await tx.campaign.update({ where: { id: c.id, tenantId: tenantOf(actor) }, data: { letterTitle: data.title, letterHtml: html } });
    await audit(tx, actor, { action: "campaignLetter.save", entityType: "Campaign", entityId: c.id, nodeId: c.nodeId, before: { title: c.letterTitle, html: c.letterHtml }, after: { title: data.title, html } });
    return { id: c.id, html };
  });
}

/** Publish to every unit of the campaign and tell their staff (once, however often it is called). */
export async function publishLetter({ actor, data }: { actor: Actor; data: { campaignId: string } }) {
  return inTenant(actor, async (tx) => {
    const c = await findManagedCampaign(tx, actor, data.campaignId);
    assertRunning(c);
    if (c.letterPublishedAt) throw conflict("campaignErrors.letterPublished");
    if (!c.letterHtml || !letterText(c.letterHtml)) throw conflict("campaignErrors.letterEmpty");
    const tenantId = tenantOf(actor);
    const now = new Date();
    await tx.campaign.update({ where: { id: c.id, tenantId }, data: { letterPublishedAt: now, letterPublishedById: actor.userId } });
    const units = await tx.campaignUnit.findMany({ where: { tenantId, campaignId: c.id }, select: { nodeId: true } });
    const staff = await tx.roleAssignment.findMany({
      where: { tenantId, nodeId: { in: units.map((u) => u.nodeId) }, role: { in: ["UNIT_ADMIN", "REPORTER"] }, user: { disabled: false } },
      select: { userId: true },
    });
    const sent = await sendNotifications(
      tx,
      tenantId,
      [...new Set(staff.map((s) => s.userId))].map((userId) => ({
        userId,
        kind: "campaign.letter",
        title: c.letterTitle ?? c.title,
        body: letterText(c.letterHtml!).slice(0, 140),
        link: `/campaigns/${c.id}/letter`,
        dedupeKey: `campaign.letter:${c.id}`,
      })),
    );
    await audit(tx, actor, { action: "campaignLetter.publish", entityType: "Campaign", entityId: c.id, nodeId: c.nodeId, after: { units: units.length, notified: sent } });
    return { units: units.length, notified: sent };
  });
}

/** A unit's staff confirm they received the letter (once; a second confirmation changes nothing). */
export async function confirmReceipt({ actor, data }: { actor: Actor; data: { campaignId: string; nodeId: string } }) {
  return inTenant(actor, async (tx) => {
    const c = await findCampaign(tx, actor, data.campaignId, "campaigns.unit");
    if (!c.letterPublishedAt) throw notFound();
    const tenantId = tenantOf(actor);
    const unit = await tx.campaignUnit.findFirst({ where: { tenantId, campaignId: c.id, nodeId: data.nodeId }, select: { id: true, letterReceivedAt: true, node: { select: { path: true } } } });
    if (!unit) throw notFound();
    assertUnitPath(c.unitPaths, unit.node.path);
    assertRunning(c);
    if (unit.letterReceivedAt) return { receivedAt: unit.letterReceivedAt, already: true };
    const now = new Date();
    await tx.campaignUnit.update({ where: { id: unit.id, tenantId }, data: { letterReceivedAt: now, letterReceivedById: actor.userId } });
    await audit(tx, actor, { action: "campaignLetter.confirm", entityType: "CampaignUnit", entityId: unit.id, nodeId: data.nodeId, after: { receivedAt: now } });
    return { receivedAt: now, already: false };
  });
}

/** The letter and the receipts of the units in the actor's view. */
export async function getLetter({ actor, campaignId }: { actor: Actor; campaignId: string }) {
  return inTenant(actor, async (tx) => {
    const c = await findCampaign(tx, actor, campaignId);
    const units = await unitsInView(tx, tenantOf(actor), c.id, c.view);
    const receipts = units.map((u) => ({ id: u.id, node: u.node, receivedAt: u.letterReceivedAt, mine: inPaths(u.node.path, c.unitPaths) }));
    return {
      campaign: c,
      title: c.letterTitle,
      html: c.letterHtml ? sanitizeLetterHtml(c.letterHtml) : null,
      publishedAt: c.letterPublishedAt,
      receipts,
      confirmed: receipts.filter((r) => r.receivedAt).length,
    };
  });
}

/** The published letter for a member of the campaign. */
export async function getLetterForMember({ actor, campaignId }: { actor: Actor; campaignId: string }) {
  return inTenant(actor, async (tx) => {
    const { campaign } = await findMemberCampaign(tx, actor, campaignId);
    if (!campaign.letterPublishedAt || !campaign.letterHtml) throw notFound();
    return { title: campaign.letterTitle, html: sanitizeLetterHtml(campaign.letterHtml), publishedAt: campaign.letterPublishedAt, campaignTitle: campaign.title };
  });
}
