import "server-only";
// The pledge (承诺书, "我分类、我承诺"): members sign in the app, unit staff record paper signatures for people
// without an account (acting for them, audited), anyone signs on a unit's public page (QR code). The pledge rate of
// a unit is signed ÷ active roster people in its subtree (metrics.ts); signers not on the roster are counted apart.
import type { Actor } from "../../access/actor";
import { conflict, notFound } from "../../access/errors";
import { tenantOf } from "../../access/scope";
import { inTenant } from "../../access/tenant-tx";
import { audit } from "../../audit/write-audit";
import { maskPhone } from "../../people/mask";
import { inPaths } from "../area";
import { sortByTree } from "../campaigns";
import { metricRollUp } from "../metrics";
import { assertRunning, findCampaign, findManagedCampaign, findMemberCampaign } from "../scope";
import { inOrder } from "../../db/in-order";

export async function savePledgeText({ actor, data }: { actor: Actor; data: { campaignId: string; title: string; text: string } }) {
  return inTenant(actor, async (tx) => {
    const c = await findManagedCampaign(tx, actor, data.campaignId);
    // Once somebody signed, the text they signed stays as it was.
    const signed = await tx.pledgeSignature.count({ where: { tenantId: tenantOf(actor), campaignId: c.id } });
    if (signed) throw conflict("campaignErrors.pledgeSigned");
    await tx.campaign.update({ where: { id: c.id, tenantId: tenantOf(actor) }, data: { pledgeTitle: data.title, pledgeText: data.text } });
    await audit(tx, actor, { action: "pledge.save", entityType: "Campaign", entityId: c.id, nodeId: c.nodeId, before: { title: c.pledgeTitle, text: c.pledgeText }, after: data });
    return { id: c.id };
  });
}

/** The signed-in member signs for themself. */
export async function signPledge({ actor, data }: { actor: Actor; data: { campaignId: string } }) {
  return inTenant(actor, async (tx) => {
    const { campaign, me } = await findMemberCampaign(tx, actor, data.campaignId);
    assertRunning(campaign);
    if (!campaign.pledgeText) throw notFound();
    const tenantId = tenantOf(actor);
    const existing = await tx.pledgeSignature.findFirst({ where: { tenantId, campaignId: campaign.id, personId: me.personId }, select: { id: true } });
    if (existing) throw conflict("campaignErrors.alreadySigned");
    const row = await tx.pledgeSignature.create({
      data: { tenantId, campaignId: campaign.id, personId: me.personId, nodeId: me.nodeId, channel: "APP", recordedById: actor.userId },
      select: { id: true, signedAt: true },
    });
    await audit(tx, actor, { action: "pledge.sign", entityType: "PledgeSignature", entityId: row.id, nodeId: me.nodeId, after: { campaignId: campaign.id, channel: "APP" } });
    return row;
  });
}

/** Unit staff record signatures collected on paper, acting for each person (one audit row per person). */
export async function recordPaperSignatures({ actor, data }: { actor: Actor; data: { campaignId: string; personIds: string[] } }) {
  return inTenant(actor, async (tx) => {
    const c = await findCampaign(tx, actor, data.campaignId, "campaigns.unit");
    assertRunning(c);
    if (!c.pledgeText) throw notFound();
    const tenantId = tenantOf(actor);
    const people = c.unitPaths.length
      ? await tx.person.findMany({
          where: { tenantId, id: { in: data.personIds }, leftAt: null, node: { OR: c.unitPaths.map((p) => ({ path: { startsWith: p } })) } },
          select: { id: true, nodeId: true },
        })
      : [];
    if (people.length !== data.personIds.length) throw notFound();
    const already = await tx.pledgeSignature.findMany({ where: { tenantId, campaignId: c.id, personId: { in: data.personIds } }, select: { personId: true } });
    const skip = new Set(already.map((s) => s.personId));
    let recorded = 0;
    for (const p of people) {
      if (skip.has(p.id)) continue;
      const row = await tx.pledgeSignature.create({
        data: { tenantId, campaignId: c.id, personId: p.id, nodeId: p.nodeId, channel: "PAPER", recordedById: actor.userId },
        select: { id: true },
      });
      await audit(tx, actor, { action: "pledge.recordPaper", entityType: "PledgeSignature", entityId: row.id, nodeId: p.nodeId, actingForPersonId: p.id, after: { campaignId: c.id, channel: "PAPER" } });
      recorded++;
    }
    return { recorded, skipped: skip.size };
  });
}

/** The pledge page for staff: text, rate per unit with drill-down, signatures of the view, QR pages of the units. */
export async function getPledgeOverview({ actor, campaignId, nodeId, page = 1 }: { actor: Actor; campaignId: string; nodeId?: string | null; page?: number }) {
  return inTenant(actor, async (tx) => {
    const c = await findCampaign(tx, actor, campaignId);
    const tenantId = tenantOf(actor);
    const inView = c.view.length ? { node: { OR: c.view.map((p) => ({ path: { startsWith: p } })) } } : { id: "-none-" };
    const pageSize = 20;
    const [rates, signatures, total, offRoster, units] = await inOrder([
      () => metricRollUp(tx, tenantId, c, c.view, "pledge", nodeId),
      () => tx.pledgeSignature.findMany({
        where: { tenantId, campaignId: c.id, ...inView },
        orderBy: { signedAt: "desc" },
        skip: (page - 1) * pageSize,
        take: pageSize,
        select: { id: true, channel: true, signedAt: true, signerName: true, phoneKey: true, person: { select: { name: true } }, node: { select: { name: true } } },
      }),
      () => tx.pledgeSignature.count({ where: { tenantId, campaignId: c.id, ...inView } }),
      () => tx.pledgeSignature.count({ where: { tenantId, campaignId: c.id, personId: null, ...inView } }),
      () => tx.campaignUnit.findMany({
        where: { tenantId, campaignId: c.id, ...inView },
        select: { id: true, pledgeToken: true, node: { select: { id: true, name: true, path: true, sortOrder: true, depth: true } } },
      }),
    ]);
    return {
      campaign: c,
      rates,
      offRoster,
      signatures: signatures.map((s) => ({
        id: s.id,
        channel: s.channel,
        signedAt: s.signedAt,
        name: s.person?.name ?? s.signerName ?? "—",
        onRoster: !!s.person,
        phone: s.person ? null : maskPhone(s.phoneKey),
        unit: s.node.name,
      })),
      total,
      page,
      pageSize,
      // QR pages: for the units where the actor does unit work (or all, for managers).
      qrUnits: sortByTree(units, (u) => u.node).filter((u) => c.can.manage || inPaths(u.node.path, c.unitPaths)),
      can: { edit: c.can.manage, paper: c.can.unit && !!c.pledgeText },
    };
  });
}

/** People of the actor's unit scope who have not signed (the paper-signature picker). */
export async function listUnsigned({ actor, campaignId, q = "" }: { actor: Actor; campaignId: string; q?: string }) {
  return inTenant(actor, async (tx) => {
    const c = await findCampaign(tx, actor, campaignId, "campaigns.unit");
    if (!c.unitPaths.length) return [];
    const tenantId = tenantOf(actor);
    const rows = await tx.person.findMany({
      where: {
        tenantId,
        leftAt: null,
        node: { OR: c.unitPaths.map((p) => ({ path: { startsWith: p } })) },
        pledgeSignatures: { none: { campaignId: c.id } },
        ...(q.trim() ? { name: { contains: q.trim() } } : {}),
      },
      select: { id: true, name: true, phone: true, node: { select: { name: true } } },
      orderBy: [{ name: "asc" }],
      take: 50,
    });
    return rows.map((p) => ({ id: p.id, name: p.name, phone: maskPhone(p.phone), unit: p.node.name }));
  });
}

/** The pledge as a member sees it, with their own signature. */
export async function getPledgeForMember({ actor, campaignId }: { actor: Actor; campaignId: string }) {
  return inTenant(actor, async (tx) => {
    const { campaign, me } = await findMemberCampaign(tx, actor, campaignId);
    if (!campaign.pledgeText) throw notFound();
    const mine = await tx.pledgeSignature.findFirst({ where: { tenantId: tenantOf(actor), campaignId: campaign.id, personId: me.personId }, select: { signedAt: true, channel: true } });
    return { campaignId: campaign.id, campaignTitle: campaign.title, status: campaign.status, title: campaign.pledgeTitle, text: campaign.pledgeText, signerName: me.name, signed: mine };
  });
}

/** The public page's token of a unit, for its QR code: units where the actor works, or any unit for managers. */
export async function getPledgeToken({ actor, campaignId, unitId }: { actor: Actor; campaignId: string; unitId: string }) {
  return inTenant(actor, async (tx) => {
    const c = await findCampaign(tx, actor, campaignId);
    const unit = await tx.campaignUnit.findFirst({ where: { id: unitId, tenantId: tenantOf(actor), campaignId: c.id }, select: { pledgeToken: true, node: { select: { name: true, path: true } } } });
    if (!unit || !(c.can.manage || inPaths(unit.node.path, c.unitPaths))) throw notFound();
    return { token: unit.pledgeToken, unitName: unit.node.name, campaignTitle: c.title };
  });
}
