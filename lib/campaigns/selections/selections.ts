import "server-only";
// Selections (最美职工, 优秀志愿者, 示范户, 示范小区 …): units nominate, the campaign's managers review, members of
// the campaign vote (one vote per member unless the selection allows more; checked under a lock on the voter),
// results are published.
import type { Actor } from "../../access/actor";
import { conflict, notFound } from "../../access/errors";
import { tenantOf } from "../../access/scope";
import { inTenant } from "../../access/tenant-tx";
import { audit } from "../../audit/write-audit";
import type { Tx } from "../../db";
import { inOrder } from "../../db/in-order";
import { inPaths } from "../area";
import { assertRunning, findCampaign, findManagedCampaign, findMemberCampaign } from "../scope";
import { deadlineOn, shanghaiInstant } from "../time";
import { phaseOf, rankResults } from "./rules";

type SelectionData = {
  campaignId: string;
  kind: "MODEL_WORKER" | "VOLUNTEER" | "MODEL_HOUSEHOLD" | "MODEL_COMPOUND" | "OTHER";
  title: string;
  description: string | null;
  nominationEnds: string;
  votingStarts: string;
  votingEnds: string;
  votingEndTime: string;
  votesPerMember: number;
};

export async function createSelection({ actor, data }: { actor: Actor; data: SelectionData }) {
  return inTenant(actor, async (tx) => {
    const c = await findManagedCampaign(tx, actor, data.campaignId);
    if (c.status === "CLOSED") throw conflict("campaignErrors.closed");
    const row = await tx.selection.create({
      data: {
        tenantId: tenantOf(actor),
        campaignId: c.id,
        kind: data.kind,
        title: data.title,
        description: data.description,
        nominationEndsAt: deadlineOn(data.nominationEnds),
        votingStartsAt: shanghaiInstant(data.votingStarts, data.votingStarts === data.nominationEnds ? "17:00" : "00:00"),
        votingEndsAt: shanghaiInstant(data.votingEnds, data.votingEndTime),
        votesPerMember: data.votesPerMember,
        createdById: actor.userId,
      },
      select: { id: true },
    });
    await audit(tx, actor, { action: "selection.create", entityType: "Selection", entityId: row.id, nodeId: c.nodeId, after: data });
    return row;
  });
}

async function findSelection(tx: Tx, actor: Actor, selectionId: string) {
  const s = await tx.selection.findFirst({
    where: { id: selectionId, tenantId: tenantOf(actor) },
    select: { id: true, campaignId: true, kind: true, title: true, description: true, nominationEndsAt: true, votingStartsAt: true, votingEndsAt: true, votesPerMember: true, publishedAt: true },
  });
  if (!s) throw notFound();
  return s;
}

export async function listSelections({ actor, campaignId, now = new Date() }: { actor: Actor; campaignId: string; now?: Date }) {
  return inTenant(actor, async (tx) => {
    const c = await findCampaign(tx, actor, campaignId);
    const rows = await tx.selection.findMany({
      where: { tenantId: tenantOf(actor), campaignId: c.id },
      orderBy: { createdAt: "asc" },
      select: { id: true, kind: true, title: true, nominationEndsAt: true, votingStartsAt: true, votingEndsAt: true, votesPerMember: true, publishedAt: true, _count: { select: { nominations: true, votes: true } } },
    });
    return { campaign: c, rows: rows.map((r) => ({ ...r, phase: phaseOf(r, now) })) };
  });
}

/** A selection for staff: nominations from the actor's view (all for managers), with counts for managers or once published. */
export async function getSelection({ actor, selectionId, now = new Date() }: { actor: Actor; selectionId: string; now?: Date }) {
  return inTenant(actor, async (tx) => {
    const s = await findSelection(tx, actor, selectionId);
    const c = await findCampaign(tx, actor, s.campaignId);
    const tenantId = tenantOf(actor);
    const rows = await tx.nomination.findMany({
      where: { tenantId, selectionId: s.id, node: c.view.length ? { OR: c.view.map((p) => ({ path: { startsWith: p } })) } : { id: "-none-" } },
      orderBy: { createdAt: "asc" },
      select: {
        id: true,
        nomineeName: true,
        reason: true,
        status: true,
        reviewNote: true,
        createdAt: true,
        node: { select: { id: true, name: true } },
        _count: { select: { votes: true } },
      },
    });
    const phase = phaseOf(s, now);
    const showCounts = c.can.manage || phase === "PUBLISHED";
    const nominations = rows.map(({ _count, ...r }) => ({ ...r, votes: showCounts ? _count.votes : null }));
    const voters = showCounts ? (await tx.vote.groupBy({ by: ["voterPersonId"], where: { tenantId, selectionId: s.id } })).length : null;
    return {
      campaign: c,
      selection: { ...s, phase },
      nominations,
      results: showCounts ? rankResults(nominations.filter((n) => n.status === "ACCEPTED").map((n) => ({ ...n, votes: n.votes ?? 0 }))) : null,
      voters,
      can: { manage: c.can.manage, nominate: c.can.unit && phase === "NOMINATING" },
    };
  });
}

type NominateData = { selectionId: string; nodeId: string; nomineePersonId?: string; nomineeHouseholdId?: string; nomineeNodeId?: string; reason: string };

/** A unit nominates a person, household or unit of its own subtree. */
export async function nominate({ actor, data, now = new Date() }: { actor: Actor; data: NominateData; now?: Date }) {
  return inTenant(actor, async (tx) => {
    const s = await findSelection(tx, actor, data.selectionId);
    const c = await findCampaign(tx, actor, s.campaignId, "campaigns.unit");
    assertRunning(c);
    if (phaseOf(s, now) !== "NOMINATING") throw conflict("campaignErrors.nominationClosed");
    const tenantId = tenantOf(actor);
    const unit = await tx.orgNode.findFirst({ where: { id: data.nodeId, tenantId, archived: false }, select: { id: true, path: true } });
    if (!unit || !inPaths(unit.path, c.unitPaths)) throw notFound();
    const below = { path: { startsWith: unit.path } };
    let nomineeName: string;
    if (data.nomineePersonId) {
      const p = await tx.person.findFirst({ where: { id: data.nomineePersonId, tenantId, leftAt: null, node: below }, select: { name: true } });
      if (!p) throw notFound();
      nomineeName = p.name;
    } else if (data.nomineeHouseholdId) {
      const h = await tx.household.findFirst({ where: { id: data.nomineeHouseholdId, tenantId, node: below }, select: { headName: true, building: true, unit: true, room: true, node: { select: { name: true } } } });
      if (!h) throw notFound();
      nomineeName = `${h.headName}（${[h.node.name, h.building, h.unit, h.room].filter(Boolean).join(" ")}）`;
    } else {
      const n = await tx.orgNode.findFirst({ where: { id: data.nomineeNodeId!, tenantId, archived: false, ...below }, select: { name: true } });
      if (!n) throw notFound();
      nomineeName = n.name;
    }
    const dup = await tx.nomination.findFirst({
      where: { tenantId, selectionId: s.id, status: { not: "REJECTED" }, OR: [{ nomineePersonId: data.nomineePersonId ?? "-" }, { nomineeHouseholdId: data.nomineeHouseholdId ?? "-" }, { nomineeNodeId: data.nomineeNodeId ?? "-" }] },
      select: { id: true },
    });
    if (dup) throw conflict("campaignErrors.alreadyNominated");
    const row = await tx.nomination.create({
      data: {
        tenantId,
        selectionId: s.id,
        nodeId: unit.id,
        nomineePersonId: data.nomineePersonId ?? null,
        nomineeHouseholdId: data.nomineeHouseholdId ?? null,
        nomineeNodeId: data.nomineeNodeId ?? null,
        nomineeName,
        reason: data.reason,
        createdById: actor.userId,
      },
      select: { id: true },
    });
    await audit(tx, actor, { action: "nomination.create", entityType: "Nomination", entityId: row.id, nodeId: unit.id, after: { ...data, nomineeName } });
    return row;
  });
}

export async function reviewNomination({ actor, data }: { actor: Actor; data: { nominationId: string; status: "ACCEPTED" | "REJECTED"; note: string | null } }) {
  return inTenant(actor, async (tx) => {
    const tenantId = tenantOf(actor);
    const n = await tx.nomination.findFirst({ where: { id: data.nominationId, tenantId }, select: { id: true, status: true, nodeId: true, selectionId: true, selection: { select: { campaignId: true, publishedAt: true } } } });
    if (!n) throw notFound();
    await findManagedCampaign(tx, actor, n.selection.campaignId);
    if (n.selection.publishedAt) throw conflict("campaignErrors.published");
    if (data.status === "REJECTED" && (await tx.vote.count({ where: { tenantId, nominationId: n.id } }))) throw conflict("campaignErrors.hasVotes");
    await tx.nomination.update({ where: { id: n.id, tenantId }, data: { status: data.status, reviewNote: data.note, reviewedById: actor.userId, reviewedAt: new Date() } });
    await audit(tx, actor, { action: "nomination.review", entityType: "Nomination", entityId: n.id, nodeId: n.nodeId, before: { status: n.status }, after: data });
    return { id: n.id };
  });
}

/**
 * A member's vote. The per-member limit holds under concurrency: an advisory lock on (selection, voter) makes a
 * member's votes on one selection run one after the other, so the count read below is the real one.
 */
export async function castVote({ actor, data, now = new Date() }: { actor: Actor; data: { selectionId: string; nominationId: string }; now?: Date }) {
  return inTenant(actor, async (tx) => {
    const s = await findSelection(tx, actor, data.selectionId);
    const { campaign, me } = await findMemberCampaign(tx, actor, s.campaignId);
    assertRunning(campaign);
    if (phaseOf(s, now) !== "VOTING") throw conflict("campaignErrors.votingClosed");
    const tenantId = tenantOf(actor);
    const n = await tx.nomination.findFirst({ where: { id: data.nominationId, tenantId, selectionId: s.id, status: "ACCEPTED" }, select: { id: true, nodeId: true } });
    if (!n) throw notFound();
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`vote:${s.id}:${me.personId}`}))`;
    const mine = await tx.vote.findMany({ where: { tenantId, selectionId: s.id, voterPersonId: me.personId }, select: { nominationId: true } });
    if (mine.some((v) => v.nominationId === n.id)) throw conflict("campaignErrors.alreadyVoted");
    if (mine.length >= s.votesPerMember) throw conflict("campaignErrors.noVotesLeft", { max: s.votesPerMember });
    const row = await tx.vote.create({ data: { tenantId, selectionId: s.id, nominationId: n.id, voterPersonId: me.personId }, select: { id: true } });
    await audit(tx, actor, { action: "selection.vote", entityType: "Vote", entityId: row.id, nodeId: me.nodeId, after: { selectionId: s.id, nominationId: n.id } });
    return { id: row.id, left: s.votesPerMember - mine.length - 1 };
  });
}

/** Publish the results (voting ends now if it had not). */
export async function publishResults({ actor, data, now = new Date() }: { actor: Actor; data: { selectionId: string }; now?: Date }) {
  return inTenant(actor, async (tx) => {
    const s = await findSelection(tx, actor, data.selectionId);
    const c = await findManagedCampaign(tx, actor, s.campaignId);
    if (s.publishedAt) throw conflict("campaignErrors.published");
    const votingEndsAt = s.votingEndsAt > now ? now : s.votingEndsAt;
    await tx.selection.update({ where: { id: s.id, tenantId: tenantOf(actor) }, data: { publishedAt: now, votingEndsAt } });
    await audit(tx, actor, { action: "selection.publish", entityType: "Selection", entityId: s.id, nodeId: c.nodeId, after: { publishedAt: now } });
    return { id: s.id };
  });
}

/** A selection for a member: accepted nominees, their own votes, and counts once published. */
export async function getSelectionForMember({ actor, selectionId, now = new Date() }: { actor: Actor; selectionId: string; now?: Date }) {
  return inTenant(actor, async (tx) => {
    const s = await findSelection(tx, actor, selectionId);
    const { campaign, me } = await findMemberCampaign(tx, actor, s.campaignId);
    const tenantId = tenantOf(actor);
    const phase = phaseOf(s, now);
    const [rows, mine] = await inOrder([
      () => tx.nomination.findMany({
        where: { tenantId, selectionId: s.id, status: "ACCEPTED" },
        orderBy: { createdAt: "asc" },
        select: { id: true, nomineeName: true, reason: true, node: { select: { name: true } }, _count: { select: { votes: true } } },
      }),
      () => tx.vote.findMany({ where: { tenantId, selectionId: s.id, voterPersonId: me.personId }, select: { nominationId: true } }),
    ]);
    const voted = new Set(mine.map((v) => v.nominationId));
    const nominations = rows.map(({ _count, ...r }) => ({ ...r, votes: phase === "PUBLISHED" ? _count.votes : null, votedByMe: voted.has(r.id) }));
    return {
      campaign: { id: campaign.id, title: campaign.title, status: campaign.status },
      selection: { ...s, phase },
      nominations: phase === "PUBLISHED" ? rankResults(nominations.map((n) => ({ ...n, votes: n.votes ?? 0 }))) : nominations.map((n) => ({ ...n, rank: null as number | null })),
      votesLeft: Math.max(0, s.votesPerMember - mine.length),
      canVote: phase === "VOTING" && campaign.status === "RUNNING" && mine.length < s.votesPerMember,
    };
  });
}

/** Selections of a campaign for a member. */
export async function listMemberSelections({ actor, campaignId, now = new Date() }: { actor: Actor; campaignId: string; now?: Date }) {
  return inTenant(actor, async (tx) => {
    const { campaign, me } = await findMemberCampaign(tx, actor, campaignId);
    const rows = await tx.selection.findMany({
      where: { tenantId: tenantOf(actor), campaignId: campaign.id },
      orderBy: { createdAt: "asc" },
      select: { id: true, kind: true, title: true, nominationEndsAt: true, votingStartsAt: true, votingEndsAt: true, votesPerMember: true, publishedAt: true, votes: { where: { voterPersonId: me.personId }, select: { id: true } } },
    });
    return rows.map(({ votes, ...r }) => ({ ...r, phase: phaseOf(r, now), myVotes: votes.length }));
  });
}
