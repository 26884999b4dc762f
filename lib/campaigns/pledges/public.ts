import "server-only";
// The public pledge page of one unit (reached by its QR code): anyone signs with name and phone. Matched to the
// roster of the unit's subtree where possible; otherwise kept as an off-roster signature keyed on the phone.
// Limits: per address and per phone, through the shared limiter.
import { AppError, conflict, notFound } from "../../access/errors";
import { inTenantId } from "../../access/tenant-tx";
import { limitPublic } from "../../public/rate-limit";
import { normalizePhone } from "../phone";
import { publicAudit, resolveToken } from "../public";
import { matchRoster } from "../roster-match";

async function loadUnit(token: string) {
  const { tenantId, id } = await resolveToken("pledge", token);
  return inTenantId(tenantId, async (tx) => {
    const unit = await tx.campaignUnit.findFirst({
      where: { id, tenantId },
      select: {
        id: true,
        nodeId: true,
        node: { select: { name: true, path: true } },
        campaign: { select: { id: true, title: true, status: true, pledgeTitle: true, pledgeText: true, node: { select: { name: true } } } },
      },
    });
    if (!unit || !unit.campaign.pledgeText || unit.campaign.status === "DRAFT") throw notFound();
    return { tenantId, unit };
  });
}

export async function getPublicPledge({ token }: { token: string }) {
  const { unit } = await loadUnit(token);
  return {
    unitName: unit.node.name,
    ownerName: unit.campaign.node.name,
    campaignTitle: unit.campaign.title,
    title: unit.campaign.pledgeTitle,
    text: unit.campaign.pledgeText!,
    open: unit.campaign.status === "RUNNING",
  };
}

export const PUBLIC_LIMITS = { perIp: { points: 10, seconds: 600 }, perPhone: { points: 3, seconds: 3600 } };

export async function signPublicPledge({ token, name, phone, ip }: { token: string; name: string; phone: string; ip: string }) {
  await limitPublic("pledge-ip", ip, PUBLIC_LIMITS.perIp.points, PUBLIC_LIMITS.perIp.seconds);
  const key = normalizePhone(phone);
  if (!key) throw new AppError("VALIDATION", "errors.validation", {}, { phone: ["campaignErrors.mobile"] });
  await limitPublic("pledge-phone", key, PUBLIC_LIMITS.perPhone.points, PUBLIC_LIMITS.perPhone.seconds);
  const { tenantId, unit } = await loadUnit(token);
  if (unit.campaign.status !== "RUNNING") throw conflict("campaignErrors.notRunning");
  return inTenantId(tenantId, async (tx) => {
    const person = await matchRoster(tx, tenantId, [unit.node.path], name, key);
    if (person) {
      const dup = await tx.pledgeSignature.findFirst({ where: { tenantId, campaignId: unit.campaign.id, personId: person.id }, select: { id: true } });
      if (dup) throw conflict("campaignErrors.alreadySigned");
    } else {
      const dup = await tx.pledgeSignature.findFirst({ where: { tenantId, campaignId: unit.campaign.id, nodeId: unit.nodeId, phoneKey: key }, select: { id: true } });
      if (dup) throw conflict("campaignErrors.alreadySigned");
    }
    const row = await tx.pledgeSignature.create({
      data: person
        ? { tenantId, campaignId: unit.campaign.id, personId: person.id, nodeId: person.nodeId, channel: "PUBLIC", campaignUnitId: unit.id }
        : { tenantId, campaignId: unit.campaign.id, nodeId: unit.nodeId, signerName: name.trim(), phoneKey: key, channel: "PUBLIC", campaignUnitId: unit.id },
      select: { id: true, signedAt: true },
    });
    await publicAudit(tx, tenantId, { action: "pledge.signPublic", entityType: "PledgeSignature", entityId: row.id, nodeId: person?.nodeId ?? unit.nodeId, actingForPersonId: person?.id ?? null, after: { campaignId: unit.campaign.id, matched: !!person } }, ip);
    return { signedAt: row.signedAt, matched: !!person, name: name.trim() };
  });
}
