import "server-only";
import type { OrgLinkKind } from "../generated/prisma/enums";
import type { Actor } from "../access/actor";
import { invalid, notFound } from "../access/errors";
import { nodesIn, requireScope, tenantOf } from "../access/scope";
import { inTenant } from "../access/tenant-tx";
import { audit } from "../audit/write-audit";
import { inOrder } from "../db/in-order";

const ORG_KIND: Record<OrgLinkKind, string> = { BRANCH_AREA: "party_branch", GROUP_BUILDING: "party_group" };
const AREA_KINDS: Record<OrgLinkKind, string[]> = { BRANCH_AREA: ["compound", "village", "enterprise", "community"], GROUP_BUILDING: ["compound", "village"] };

/** 党支部联小区 / 党小组联楼栋 where the tree does not already say it. Both ends inside the actor's scope. */
export async function addOrgLink({ actor, data }: { actor: Actor; data: { kind: OrgLinkKind; orgNodeId: string; areaNodeId: string; building: string } }) {
  const scope = requireScope(actor, "links.manage");
  return inTenant(actor, async (tx) => {
    const tenantId = tenantOf(actor);
    const [org, area] = await inOrder(
      [data.orgNodeId, data.areaNodeId].map((id) => () => tx.orgNode.findFirst({ where: { id, tenantId, archived: false, ...nodesIn(scope) }, select: { id: true, kind: { select: { code: true } } } })),
    );
    if (!org || !area) throw notFound();
    if (org.kind.code !== ORG_KIND[data.kind]) throw invalid("errors.validation", { orgNodeId: [`links.validation.org.${data.kind}`] });
    if (!AREA_KINDS[data.kind].includes(area.kind.code)) throw invalid("errors.validation", { areaNodeId: [`links.validation.area.${data.kind}`] });
    const building = data.kind === "GROUP_BUILDING" ? data.building : "";
    const existing = await tx.orgLink.findFirst({ where: { tenantId, kind: data.kind, orgNodeId: org.id, areaNodeId: area.id, building }, select: { id: true } });
    if (existing) return existing;
    const row = await tx.orgLink.create({ data: { tenantId, kind: data.kind, orgNodeId: org.id, areaNodeId: area.id, building }, select: { id: true } });
    await audit(tx, actor, { action: "orgLink.create", entityType: "OrgLink", entityId: row.id, nodeId: area.id, after: { ...data, building } });
    return row;
  });
}

export async function removeOrgLink({ actor, linkId }: { actor: Actor; linkId: string }) {
  const scope = requireScope(actor, "links.manage");
  return inTenant(actor, async (tx) => {
    const row = await tx.orgLink.findFirst({ where: { id: linkId, tenantId: tenantOf(actor), areaNode: nodesIn(scope), orgNode: nodesIn(scope) }, select: { id: true, kind: true, orgNodeId: true, areaNodeId: true, building: true } });
    if (!row) throw notFound();
    await tx.orgLink.delete({ where: { id: row.id, tenantId: tenantOf(actor) } });
    await audit(tx, actor, { action: "orgLink.delete", entityType: "OrgLink", entityId: row.id, nodeId: row.areaNodeId, before: row });
    return { id: row.id };
  });
}
