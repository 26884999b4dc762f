import "server-only";
// The member's page of one campaign: what it is, and where they stand (pledge signed, letter to read).
import type { Actor } from "../access/actor";
import { tenantOf } from "../access/scope";
import { inTenant } from "../access/tenant-tx";
import { findMemberCampaign } from "./scope";
import { inOrder } from "../db/in-order";

export async function getMemberCampaign({ actor, campaignId }: { actor: Actor; campaignId: string }) {
  return inTenant(actor, async (tx) => {
    const { campaign, me } = await findMemberCampaign(tx, actor, campaignId);
    const tenantId = tenantOf(actor);
    const [signature, suggestions] = await inOrder([
      () => tx.pledgeSignature.findFirst({ where: { tenantId, campaignId: campaign.id, personId: me.personId }, select: { signedAt: true, channel: true } }),
      () => tx.suggestion.count({ where: { tenantId, campaignId: campaign.id, status: { not: "HIDDEN" } } }),
    ]);
    return {
      id: campaign.id,
      title: campaign.title,
      description: campaign.description,
      status: campaign.status,
      startsOn: campaign.startsOn,
      endsOn: campaign.endsOn,
      ownerName: campaign.node.name,
      letter: campaign.letterPublishedAt ? { title: campaign.letterTitle } : null,
      pledge: campaign.pledgeText ? { title: campaign.pledgeTitle, signedAt: signature?.signedAt ?? null } : null,
      suggestions,
    };
  });
}
