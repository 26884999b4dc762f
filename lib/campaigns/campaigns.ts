import "server-only";
// Campaigns themselves: list, read, create (from a framework or from nothing), edit, start and close, the units
// they reach, and a tenant's own saved frameworks.
import type { Prisma } from "../generated/prisma/client";
import type { Actor } from "../access/actor";
import { scopeOf } from "../access/actor";
import { AppError, conflict, invalid, notFound } from "../access/errors";
import { nodesIn, requireScope, tenantOf } from "../access/scope";
import { inTenant } from "../access/tenant-tx";
import { audit } from "../audit/write-audit";
import type { Tx } from "../db";
import { inOrder } from "../db/in-order";
import { newId } from "../ids";
import { inPaths } from "./area";
import { sanitizeLetterHtml } from "./letters/sanitize";
import { areaOf, campaignsReachingWhere, campaignsWhere, findCampaign, findManagedCampaign, findMe } from "./scope";
import { BLANK_STRUCTURE, BUILT_IN_TEMPLATES, builtInTemplate, structureSchema, type CampaignStructure } from "./templates";
import { addDays, dateString, dateValue, deadlineOn } from "./time";
import { newToken } from "./tokens";

export type CampaignListFilter = { status?: "DRAFT" | "RUNNING" | "CLOSED" };

export async function listCampaigns({ actor, status }: { actor: Actor } & CampaignListFilter) {
  return inTenant(actor, async (tx) => {
    const rows = await tx.campaign.findMany({
      where: { AND: [campaignsWhere(actor, "campaigns.read"), status ? { status } : {}] },
      select: {
        id: true,
        title: true,
        status: true,
        scopeKind: true,
        startsOn: true,
        endsOn: true,
        templateKey: true,
        letterPublishedAt: true,
        node: { select: { id: true, name: true } },
        _count: { select: { units: true, tasks: true, signatures: true, activities: true } },
      },
      orderBy: [{ startsOn: "desc" }, { createdAt: "desc" }],
      take: 200,
    });
    return rows;
  });
}

export async function getCampaign({ actor, campaignId }: { actor: Actor; campaignId: string }) {
  return inTenant(actor, (tx) => findCampaign(tx, actor, campaignId));
}

/** The units of a campaign the actor sees (pickers for tasks, QR codes, receipts), in tree order. */
export async function listCampaignUnits({ actor, campaignId }: { actor: Actor; campaignId: string }) {
  return inTenant(actor, async (tx) => {
    const c = await findCampaign(tx, actor, campaignId);
    return unitsInView(tx, tenantOf(actor), c.id, c.view);
  });
}

export async function unitsInView(tx: Tx, tenantId: string, campaignId: string, view: string[]) {
  if (!view.length) return [];
  const rows = await tx.campaignUnit.findMany({
    where: { tenantId, campaignId, node: { OR: view.map((p) => ({ path: { startsWith: p } })) } },
    select: {
      id: true,
      chosen: true,
      letterReceivedAt: true,
      pledgeToken: true,
      node: { select: { id: true, name: true, path: true, depth: true, sortOrder: true, kind: { select: { name: true } } } },
    },
  });
  return sortByTree(rows, (r) => r.node);
}

/** Rows in tree order (parents before children, siblings by sortOrder then name). */
export function sortByTree<T>(rows: T[], nodeOf: (r: T) => { id: string; path: string; sortOrder: number; name: string }): T[] {
  const key = new Map<string, string>();
  const byId = new Map(rows.map((r) => [nodeOf(r).id, nodeOf(r)]));
  const keyOf = (n: { id: string; path: string; sortOrder: number; name: string }): string => {
    const hit = key.get(n.id);
    if (hit) return hit;
    const ids = n.path.split("/").filter(Boolean);
    const parts = ids.map((id) => {
      const m = byId.get(id);
      return m ? `${String(m.sortOrder).padStart(6, "0")}${m.name}` : "";
    });
    const k = parts.join("/");
    key.set(n.id, k);
    return k;
  };
  return [...rows].sort((a, b) => (keyOf(nodeOf(a)) < keyOf(nodeOf(b)) ? -1 : keyOf(nodeOf(a)) > keyOf(nodeOf(b)) ? 1 : 0));
}

/**
 * Make sure every unit of the area has its CampaignUnit row (units kinds below the owner; the chosen units and the
 * unit kinds below them). Rows are never removed: receipts and signatures hang on them.
 */
export async function syncCampaignUnits(tx: Tx, tenantId: string, campaignId: string) {
  const c = await tx.campaign.findFirst({
    where: { id: campaignId, tenantId },
    select: { id: true, scopeKind: true, node: { select: { id: true, path: true } }, units: { where: { chosen: true }, select: { nodeId: true, node: { select: { path: true } } } } },
  });
  if (!c) throw notFound();
  const area = areaOf(c);
  const found = await tx.orgNode.findMany({
    where: { tenantId, archived: false, kind: { isUnit: true }, OR: area.map((p) => ({ path: { startsWith: p } })) },
    select: { id: true },
  });
  const ids = new Set(found.map((n) => n.id));
  ids.delete(c.node.id);
  const { count } = await tx.campaignUnit.createMany({
    data: [...ids].map((nodeId) => ({ id: newId(), tenantId, campaignId, nodeId, chosen: false, pledgeToken: newToken() })),
    skipDuplicates: true,
  });
  return count;
}

async function structureFor(tx: Tx, tenantId: string, key: string): Promise<{ structure: CampaignStructure; templateKey: string | null }> {
  if (key === "blank") return { structure: BLANK_STRUCTURE, templateKey: null };
  const built = builtInTemplate(key);
  if (built) return { structure: built.structure, templateKey: built.key };
  const saved = await tx.campaignTemplate.findFirst({ where: { id: key, tenantId }, select: { id: true, structure: true } });
  if (!saved) throw invalid("errors.validation", { template: ["campaignErrors.template"] });
  return { structure: structureSchema.parse(saved.structure), templateKey: saved.id };
}

export type CreateCampaignData = {
  title: string;
  description: string | null;
  startsOn: string;
  endsOn: string;
  nodeId: string;
  scopeKind: "SUBTREE" | "UNITS";
  unitIds: string[];
  template: string;
};

/** A new campaign (draft) owned by a node the actor manages, with the framework's parts, tasks, letter and pledge. */
export async function createCampaign({ actor, data }: { actor: Actor; data: CreateCampaignData }) {
  return inTenant(actor, async (tx) => {
    const tenantId = tenantOf(actor);
    const manage = scopeOf(actor, "campaigns.manage");
    const owner = await tx.orgNode.findFirst({ where: { id: data.nodeId, tenantId, archived: false, ...nodesIn(manage) }, select: { id: true, path: true } });
    if (!owner) throw notFound();
    let chosen: { id: string }[] = [];
    if (data.scopeKind === "UNITS") {
      chosen = await tx.orgNode.findMany({ where: { tenantId, id: { in: data.unitIds }, archived: false, path: { startsWith: owner.path } }, select: { id: true } });
      if (chosen.length !== data.unitIds.length) throw invalid("errors.validation", { unitIds: ["campaignErrors.unitOutsideOwner"] });
    }
    const { structure, templateKey } = await structureFor(tx, tenantId, data.template);
    const campaign = await tx.campaign.create({
      data: {
        tenantId,
        nodeId: owner.id,
        title: data.title,
        description: data.description,
        startsOn: dateValue(data.startsOn),
        endsOn: dateValue(data.endsOn),
        scopeKind: data.scopeKind,
        templateKey,
        sections: structure.sections,
        suggestedActivities: structure.activities,
        letterTitle: structure.letter?.title ?? null,
        letterHtml: structure.letter ? sanitizeLetterHtml(structure.letter.html) : null,
        pledgeTitle: structure.pledge?.title ?? null,
        pledgeText: structure.pledge?.text ?? null,
        createdById: actor.userId,
      },
      select: { id: true },
    });
    if (chosen.length) {
      await tx.campaignUnit.createMany({ data: chosen.map((n) => ({ id: newId(), tenantId, campaignId: campaign.id, nodeId: n.id, chosen: true, pledgeToken: newToken() })) });
    }
    await syncCampaignUnits(tx, tenantId, campaign.id);
    if (structure.tasks.length) {
      const last = data.endsOn;
      await tx.campaignTask.createMany({
        data: structure.tasks.map((t, i) => {
          const due = addDays(data.startsOn, t.dueInDays);
          return {
            id: newId(),
            tenantId,
            campaignId: campaign.id,
            sectionKey: t.sectionKey,
            title: t.title,
            description: t.description ?? null,
            dueAt: deadlineOn(due > last ? last : due),
            responsibleName: t.responsibleName ?? null,
            sortOrder: i + 1,
            createdById: actor.userId,
          };
        }),
      });
    }
    await audit(tx, actor, { action: "campaign.create", entityType: "Campaign", entityId: campaign.id, nodeId: owner.id, after: { ...data, templateKey } });
    return { id: campaign.id };
  });
}

export async function updateCampaign({ actor, data }: { actor: Actor; data: { campaignId: string; title: string; description: string | null; startsOn: string; endsOn: string } }) {
  return inTenant(actor, async (tx) => {
    const c = await findManagedCampaign(tx, actor, data.campaignId);
    if (c.status === "CLOSED") throw conflict("campaignErrors.closed");
    const after = { title: data.title, description: data.description, startsOn: dateValue(data.startsOn), endsOn: dateValue(data.endsOn) };
    await tx.campaign.update({ where: { id: c.id, tenantId: tenantOf(actor) }, data: after });
    await audit(tx, actor, {
      action: "campaign.update",
      entityType: "Campaign",
      entityId: c.id,
      nodeId: c.nodeId,
      before: { title: c.title, description: c.description, startsOn: dateString(c.startsOn), endsOn: dateString(c.endsOn) },
      after: data,
    });
    return { id: c.id };
  });
}

/** Start (draft → running, units brought up to date), close, or reopen a closed campaign. */
export async function setCampaignStatus({ actor, data }: { actor: Actor; data: { campaignId: string; status: "RUNNING" | "CLOSED" } }) {
  return inTenant(actor, async (tx) => {
    const c = await findManagedCampaign(tx, actor, data.campaignId);
    if (c.status === data.status) return { id: c.id, status: c.status };
    const now = new Date();
    const patch: Prisma.CampaignUpdateInput =
      data.status === "RUNNING" ? { status: "RUNNING", startedAt: c.startedAt ?? now, closedAt: null } : { status: "CLOSED", closedAt: now };
    await tx.campaign.update({ where: { id: c.id, tenantId: tenantOf(actor) }, data: patch });
    if (data.status === "RUNNING") await syncCampaignUnits(tx, tenantOf(actor), c.id);
    await audit(tx, actor, { action: "campaign.status", entityType: "Campaign", entityId: c.id, nodeId: c.nodeId, before: { status: c.status }, after: { status: data.status } });
    return { id: c.id, status: data.status };
  });
}

/** Built-in frameworks and the tenant's own saved ones (for the "new campaign" form): for those who make campaigns. */
export async function listTemplates({ actor }: { actor: Actor }) {
  requireScope(actor, "campaigns.manage");
  return inTenant(actor, async (tx) => {
    const saved = await tx.campaignTemplate.findMany({
      where: { tenantId: tenantOf(actor) },
      select: { id: true, name: true, description: true, structure: true, createdAt: true },
      orderBy: { createdAt: "desc" },
      take: 50,
    });
    const summarise = (s: CampaignStructure) => ({ sections: s.sections.map((x) => x.title), tasks: s.tasks.length, letter: !!s.letter, pledge: !!s.pledge, activities: s.activities.length });
    return [
      ...BUILT_IN_TEMPLATES.map((t) => ({ key: t.key as string, name: t.name, description: t.description, source: t.source, builtIn: true, ...summarise(t.structure) })),
      ...saved.flatMap((t) => {
        const parsed = structureSchema.safeParse(t.structure);
        return parsed.success ? [{ key: t.id, name: t.name, description: t.description, source: null, builtIn: false, ...summarise(parsed.data) }] : [];
      }),
    ];
  });
}

/** Save a campaign's structure as the tenant's own framework (deadlines kept as days after the start). */
export async function saveCampaignAsTemplate({ actor, data }: { actor: Actor; data: { campaignId: string; name: string; description: string | null } }) {
  return inTenant(actor, async (tx) => {
    const c = await findManagedCampaign(tx, actor, data.campaignId);
    const tenantId = tenantOf(actor);
    const [tasks, selections] = await inOrder([
      () => tx.campaignTask.findMany({ where: { tenantId, campaignId: c.id }, orderBy: [{ sortOrder: "asc" }, { createdAt: "asc" }], select: { sectionKey: true, title: true, description: true, dueAt: true, responsibleName: true } }),
      () => tx.selection.findMany({ where: { tenantId, campaignId: c.id }, select: { kind: true, title: true } }),
    ]);
    const start = c.startsOn.getTime();
    const structure: CampaignStructure = structureSchema.parse({
      sections: c.sections,
      tasks: tasks.map((t) => ({
        sectionKey: t.sectionKey,
        title: t.title,
        description: t.description,
        dueInDays: Math.max(0, Math.min(730, Math.round((t.dueAt.getTime() - start) / 86_400_000))),
        responsibleName: t.responsibleName,
      })),
      letter: c.letterHtml ? { title: c.letterTitle ?? "", html: c.letterHtml } : null,
      pledge: c.pledgeText ? { title: c.pledgeTitle ?? "", text: c.pledgeText } : null,
      activities: c.suggestedActivities,
      selections,
    });
    const row = await tx.campaignTemplate.create({ data: { tenantId, name: data.name, description: data.description, structure, createdById: actor.userId }, select: { id: true } });
    await audit(tx, actor, { action: "campaignTemplate.create", entityType: "CampaignTemplate", entityId: row.id, nodeId: c.nodeId, after: { name: data.name, fromCampaign: c.id } });
    return { id: row.id };
  });
}

/** Campaigns the signed-in member takes part in, with whether they signed its pledge. */
export async function listMyCampaigns({ actor }: { actor: Actor }) {
  if (!actor.personId || !actor.tenantId) return [];
  return inTenant(actor, async (tx) => {
    const me = await findMe(tx, actor).catch(() => null);
    if (!me) return [];
    const rows = await tx.campaign.findMany({
      where: campaignsReachingWhere(tenantOf(actor), me.path),
      select: {
        id: true,
        title: true,
        status: true,
        startsOn: true,
        endsOn: true,
        pledgeText: true,
        pledgeTitle: true,
        letterPublishedAt: true,
        node: { select: { name: true } },
        signatures: { where: { personId: me.personId }, select: { signedAt: true } },
      },
      orderBy: [{ status: "asc" }, { startsOn: "desc" }],
      take: 20,
    });
    return rows.map(({ signatures, pledgeText, ...r }) => ({ ...r, hasPledge: !!pledgeText, signedAt: signatures[0]?.signedAt ?? null }));
  });
}

/** For the data layer of the parts: is a node (by path) inside what the actor may do unit work on? 404 if not. */
export function assertUnitPath(unitPaths: string[], path: string) {
  if (!inPaths(path, unitPaths)) throw notFound();
}

/** Where the actor may own a campaign: the roots of their campaigns.manage scope and the nodes right below them. */
export async function listManageRoots({ actor }: { actor: Actor }) {
  const scope = scopeOf(actor, "campaigns.manage");
  if (!scope.paths.length) throw new AppError("FORBIDDEN", "errors.forbidden");
  return inTenant(actor, async (tx) => {
    const tenantId = tenantOf(actor);
    const roots = await tx.orgNode.findMany({ where: { tenantId, path: { in: scope.paths }, archived: false }, select: { id: true, name: true, path: true, depth: true, sortOrder: true } });
    const children = await tx.orgNode.findMany({
      where: { tenantId, parentId: { in: roots.map((r) => r.id) }, archived: false },
      select: { id: true, name: true, path: true, depth: true, sortOrder: true },
    });
    return sortByTree([...roots, ...children], (n) => n).map((n) => ({ id: n.id, name: n.name, depth: n.depth - Math.min(...roots.map((r) => r.depth)) }));
  });
}
