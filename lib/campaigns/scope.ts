import "server-only";
// Which campaigns an actor reaches, in the WHERE clause. Staff: campaigns owned inside their subtree, and running
// campaigns whose area (owner subtree, or chosen units) meets their subtree. Members: running or closed campaigns
// whose area holds their own person's node. Everything else answers 404.
import type { Prisma } from "../generated/prisma/client";
import type { Actor } from "../access/actor";
import { pathInScope, scopeOf } from "../access/actor";
import { AppError, notFound } from "../access/errors";
import { nodesIn, requireScope, tenantOf } from "../access/scope";
import type { Tx } from "../db";
import { idsOnPath } from "../org/tree-rules";
import { intersectPaths, minimalPaths } from "./area";

export type StaffPermission = "campaigns.read" | "campaigns.manage" | "campaigns.unit";

/** Campaigns the actor reaches with a staff permission (drafts only for those who manage the owner). */
export function campaignsWhere(actor: Actor, permission: StaffPermission): Prisma.CampaignWhereInput {
  const tenantId = tenantOf(actor);
  const manage = scopeOf(actor, "campaigns.manage");
  const owned: Prisma.CampaignWhereInput = { node: nodesIn(manage) };
  if (permission === "campaigns.manage") {
    requireScope(actor, permission);
    return { tenantId, ...owned };
  }
  const scope = requireScope(actor, permission);
  const meets: Prisma.CampaignWhereInput[] = [];
  for (const s of scope.paths) {
    const above = idsOnPath(s);
    meets.push(
      { scopeKind: "SUBTREE", node: { path: { startsWith: s } } },
      { scopeKind: "SUBTREE", nodeId: { in: above } },
      { scopeKind: "UNITS", units: { some: { chosen: true, node: { path: { startsWith: s } } } } },
      { scopeKind: "UNITS", units: { some: { chosen: true, nodeId: { in: above } } } },
    );
  }
  return { tenantId, OR: [owned, { status: { not: "DRAFT" }, OR: meets.length ? meets : [{ id: "-none-" }] }] };
}

/** Campaigns whose area holds a node (given by its path): what a member on that node takes part in. */
export function campaignsReachingWhere(tenantId: string, nodePath: string): Prisma.CampaignWhereInput {
  const above = idsOnPath(nodePath);
  return {
    tenantId,
    status: { not: "DRAFT" },
    OR: [
      { scopeKind: "SUBTREE", nodeId: { in: above } },
      { scopeKind: "UNITS", units: { some: { chosen: true, nodeId: { in: above } } } },
    ],
  };
}

export const campaignSelect = {
  id: true,
  title: true,
  description: true,
  startsOn: true,
  endsOn: true,
  status: true,
  scopeKind: true,
  templateKey: true,
  sections: true,
  suggestedActivities: true,
  letterTitle: true,
  letterHtml: true,
  letterPublishedAt: true,
  pledgeTitle: true,
  pledgeText: true,
  startedAt: true,
  closedAt: true,
  createdAt: true,
  nodeId: true,
  node: { select: { id: true, name: true, path: true } },
  units: { where: { chosen: true }, select: { node: { select: { id: true, name: true, path: true } } } },
} satisfies Prisma.CampaignSelect;

type CampaignRow = Prisma.CampaignGetPayload<{ select: typeof campaignSelect }>;

/** The subtrees the campaign reaches. */
export function areaOf(c: { scopeKind: string; node: { path: string }; units: { node: { path: string } }[] }): string[] {
  return c.scopeKind === "SUBTREE" ? [c.node.path] : minimalPaths(c.units.map((u) => u.node.path));
}

export type CampaignView = CampaignRow & {
  area: string[];
  /** The part of the area the actor sees (all of it for those who manage the campaign). */
  view: string[];
  /** Where the actor does unit work in it (receipt, progress, paper signatures, participants). */
  unitPaths: string[];
  can: { manage: boolean; unit: boolean };
};

export function viewOf(actor: Actor, c: CampaignRow): CampaignView {
  const area = areaOf(c);
  const manage = pathInScope(c.node.path, scopeOf(actor, "campaigns.manage"));
  const view = manage ? area : intersectPaths(area, scopeOf(actor, "campaigns.read").paths);
  const unitPaths = intersectPaths(area, scopeOf(actor, "campaigns.unit").paths);
  return { ...c, area, view, unitPaths, can: { manage, unit: unitPaths.length > 0 && c.status === "RUNNING" } };
}

/** A campaign the actor reaches with `permission`, loaded with the scope in the WHERE clause; 404 otherwise. */
export async function findCampaign(tx: Tx, actor: Actor, campaignId: string, permission: StaffPermission = "campaigns.read"): Promise<CampaignView> {
  const row = await tx.campaign.findFirst({ where: { id: campaignId, ...campaignsWhere(actor, permission) }, select: campaignSelect });
  if (!row) throw notFound();
  return viewOf(actor, row);
}

/** The same, for a change only its managers may make. */
export function findManagedCampaign(tx: Tx, actor: Actor, campaignId: string) {
  return findCampaign(tx, actor, campaignId, "campaigns.manage");
}

export type Me = { personId: string; nodeId: string; path: string; name: string };

/** The actor's own person (active, with their node): who signs, answers, suggests and votes (campaigns.participate). */
export async function findMe(tx: Tx, actor: Actor): Promise<Me> {
  requireScope(actor, "campaigns.participate");
  if (!actor.personId) throw new AppError("NOT_FOUND", "errors.noPerson");
  const p = await tx.person.findFirst({
    where: { id: actor.personId, tenantId: tenantOf(actor), leftAt: null },
    select: { id: true, name: true, nodeId: true, node: { select: { path: true } } },
  });
  if (!p) throw new AppError("NOT_FOUND", "errors.noPerson");
  return { personId: p.id, nodeId: p.nodeId, path: p.node.path, name: p.name };
}

/** A campaign the actor takes part in as a member (their person's node is in its area). */
export async function findMemberCampaign(tx: Tx, actor: Actor, campaignId: string) {
  const me = await findMe(tx, actor);
  const row = await tx.campaign.findFirst({ where: { id: campaignId, ...campaignsReachingWhere(tenantOf(actor), me.path) }, select: campaignSelect });
  if (!row) throw notFound();
  return { campaign: row, me };
}

/** Writes that only a running campaign accepts. */
export function assertRunning(c: { status: string }) {
  if (c.status !== "RUNNING") throw new AppError("CONFLICT", "campaignErrors.notRunning");
}
