import "server-only";
import type { Prisma } from "../generated/prisma/client";
import type { ClaimOrigin } from "../generated/prisma/enums";
import type { Actor } from "../access/actor";
import { scopeOf } from "../access/actor";
import { AppError, conflict, invalid, notFound } from "../access/errors";
import { nodesIn, requireScope, tenantOf } from "../access/scope";
import { inTenant } from "../access/tenant-tx";
import { audit } from "../audit/write-audit";
import type { Tx } from "../db";
import { inOrder } from "../db/in-order";
import { attachPhotos } from "../duty/attach-photos";
import { addDays, dateColumn, dayKeyOf, type DayKey } from "../duty/time";
import { readTenantSettings } from "../tenants/settings";
import { findCard } from "./cards";
import { accountFor, accountsIn, book } from "./ledger";
import { capWindow, initialStatus, pendingStep, statusAfter, withinCap, type ReviewStep } from "./review";

/** Claims may be made for the last month's good deeds, not older ones. */
export const CLAIM_DAYS_BACK = 31;

const claimSelect = {
  id: true,
  origin: true,
  points: true,
  occurredOn: true,
  note: true,
  photoIds: true,
  status: true,
  rejectReason: true,
  submittedById: true,
  verifiedById: true,
  createdAt: true,
  accountId: true,
  rule: { select: { id: true, name: true, category: true, cap: true, capPeriod: true } },
  account: {
    select: {
      id: true,
      person: { select: { id: true, name: true, nodeId: true, node: { select: { name: true, path: true } } } },
      card: { select: { id: true, number: true, holderName: true, nodeId: true, node: { select: { name: true, path: true } } } },
    },
  },
} satisfies Prisma.PointsClaimSelect;

type ClaimRow = Prisma.PointsClaimGetPayload<{ select: typeof claimSelect }>;

async function reviewSteps(tx: Tx, tenantId: string): Promise<ReviewStep[]> {
  const t = await tx.tenant.findFirst({ where: { id: tenantId }, select: { settings: true } });
  return readTenantSettings(t?.settings).pointsReviewSteps;
}

async function findRule(tx: Tx, tenantId: string, ruleId: string) {
  // A rule of another tenant is invisible here (tenant filter and row-level security): "not found".
  const rule = await tx.pointsRule.findFirst({ where: { id: ruleId, tenantId, archived: false } });
  if (!rule) throw invalid("errors.validation", { ruleId: ["points.validation.ruleUnknown"] });
  return rule;
}

/** Points already confirmed from a rule for an account in the cap period holding `day`. */
async function pointsInPeriod(tx: Tx, tenantId: string, accountId: string, rule: { id: string; capPeriod: string | null }, day: DayKey, exceptClaimId?: string) {
  if (!rule.capPeriod) return 0;
  const { from, to } = capWindow(rule.capPeriod as "DAY", day);
  const agg = await tx.pointsClaim.aggregate({
    where: { tenantId, accountId, ruleId: rule.id, status: "CONFIRMED", occurredOn: { gte: dateColumn(from), lte: dateColumn(to) }, ...(exceptClaimId ? { id: { not: exceptClaimId } } : {}) },
    _sum: { points: true },
  });
  return agg._sum.points ?? 0;
}

async function assertCap(tx: Tx, tenantId: string, accountId: string, rule: { id: string; cap: number | null; capPeriod: string | null }, day: DayKey, points: number, exceptClaimId?: string) {
  if (rule.cap === null) return;
  // Claims on one account are booked one at a time, so two confirmations cannot both slip under the cap.
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`claims:${tenantId}:${accountId}`}))`;
  const already = await pointsInPeriod(tx, tenantId, accountId, rule, day, exceptClaimId);
  if (!withinCap(rule.cap, already, points)) throw conflict("points.errors.capReached", { cap: rule.cap, already: Math.abs(already) });
}

async function bookClaim(tx: Tx, actor: Actor, claim: { id: string; accountId: string; points: number; origin: ClaimOrigin; ruleId: string }) {
  await book(tx, {
    tenantId: tenantOf(actor),
    accountId: claim.accountId,
    currency: "POINTS",
    amount: claim.points,
    kind: claim.origin === "AWARD" ? "AWARD" : "CLAIM",
    sourceType: "PointsClaim",
    sourceId: claim.id,
    ruleId: claim.ruleId,
    createdById: actor.userId,
  });
}

function checkDay(day: DayKey, today: DayKey) {
  if (day > today) throw invalid("errors.validation", { occurredOn: ["points.validation.future"] });
  if (day < addDays(today, -CLAIM_DAYS_BACK)) throw invalid("errors.validation", { occurredOn: ["points.validation.tooOld"] }, { days: CLAIM_DAYS_BACK });
}

async function createClaim(tx: Tx, actor: Actor, c: { accountId: string; nodeId: string; rule: Awaited<ReturnType<typeof findRule>>; origin: ClaimOrigin; occurredOn: DayKey; note: string | null; photoIds: string[] }) {
  const tenantId = tenantOf(actor);
  const steps = await reviewSteps(tx, tenantId);
  const status = initialStatus(steps);
  await assertCap(tx, tenantId, c.accountId, c.rule, c.occurredOn, c.rule.points);
  const photoIds = await attachPhotos(tx, actor, c.photoIds, c.nodeId);
  const claim = await tx.pointsClaim.create({
    data: {
      tenantId,
      accountId: c.accountId,
      ruleId: c.rule.id,
      origin: c.origin,
      points: c.rule.points,
      occurredOn: dateColumn(c.occurredOn),
      note: c.note,
      photoIds,
      status,
      submittedById: actor.userId,
      ...(status === "CONFIRMED" ? { confirmedById: actor.userId, confirmedAt: new Date() } : {}),
    },
    select: { id: true, status: true, accountId: true, points: true, origin: true, ruleId: true },
  });
  if (status === "CONFIRMED") await bookClaim(tx, actor, claim);
  await audit(tx, actor, { action: c.origin === "AWARD" ? "points.award" : "points.claim", entityType: "PointsClaim", entityId: claim.id, nodeId: c.nodeId, after: { rule: c.rule.name, points: c.rule.points, status } });
  return claim;
}

/** A member claims points for something they did (with a note and photos); it goes through the tenant's review. */
export async function submitClaim({ actor, data, today = dayKeyOf(new Date()) }: { actor: Actor; data: { ruleId: string; occurredOn: DayKey; note: string | null; photoIds: string[] }; today?: DayKey }) {
  requireScope(actor, "points.self");
  if (!actor.personId) throw new AppError("CONFLICT", "errors.noPerson");
  checkDay(data.occurredOn, today);
  return inTenant(actor, async (tx) => {
    const tenantId = tenantOf(actor);
    const rule = await findRule(tx, tenantId, data.ruleId);
    if (rule.points <= 0) throw invalid("errors.validation", { ruleId: ["points.validation.noSelfDeduction"] });
    const person = await tx.person.findFirst({ where: { id: actor.personId!, tenantId }, select: { id: true, nodeId: true, isPartyMember: true } });
    if (!person) throw notFound();
    if (rule.audience === "MEMBER" && !person.isPartyMember) throw invalid("errors.validation", { ruleId: ["points.validation.membersOnly"] });
    const account = await accountFor(tx, tenantId, { personId: person.id });
    return createClaim(tx, actor, { accountId: account.id, nodeId: person.nodeId, rule, origin: "CLAIM", occurredOn: data.occurredOn, note: data.note, photoIds: data.photoIds });
  });
}

/**
 * Points awarded on the spot (a supervisor scanning a resident's card, staff for a member): deductions too. Still
 * reviewed as the tenant configures.
 */
export async function awardPoints({ actor, data, today = dayKeyOf(new Date()) }: { actor: Actor; data: { ruleId: string; cardToken?: string; personId?: string; occurredOn?: DayKey; note: string | null; photoIds: string[] }; today?: DayKey }) {
  const scope = requireScope(actor, "points.award");
  const day = data.occurredOn ?? today;
  checkDay(day, today);
  return inTenant(actor, async (tx) => {
    const tenantId = tenantOf(actor);
    let accountId: string;
    let nodeId: string;
    let isMember: boolean;
    if (data.cardToken) {
      const card = await findCard(tx, actor, "points.award", { token: data.cardToken });
      accountId = card.account?.id ?? (await accountFor(tx, tenantId, { cardId: card.id })).id;
      nodeId = card.nodeId;
      isMember = false;
    } else {
      const person = await tx.person.findFirst({ where: { id: data.personId!, tenantId, leftAt: null, node: nodesIn(scope) }, select: { id: true, nodeId: true, isPartyMember: true } });
      if (!person) throw notFound();
      if (person.id === actor.personId) throw conflict("points.errors.ownAward");
      accountId = (await accountFor(tx, tenantId, { personId: person.id })).id;
      nodeId = person.nodeId;
      isMember = person.isPartyMember;
    }
    const rule = await findRule(tx, tenantId, data.ruleId);
    if (rule.audience === "MEMBER" && !isMember) throw invalid("errors.validation", { ruleId: ["points.validation.membersOnly"] });
    return createClaim(tx, actor, { accountId, nodeId, rule, origin: "AWARD", occurredOn: day, note: data.note, photoIds: data.photoIds });
  });
}

async function findClaimForReview(tx: Tx, actor: Actor, claimId: string, permission: "points.verify" | "points.manage") {
  const row = await tx.pointsClaim.findFirst({ where: { id: claimId, tenantId: tenantOf(actor), account: accountsIn(scopeOf(actor, permission)) }, select: claimSelect });
  if (!row) throw notFound();
  if (row.submittedById === actor.userId) throw conflict("points.errors.ownClaim");
  return row;
}

const nodeOfClaim = (c: ClaimRow) => c.account.person?.nodeId ?? c.account.card?.nodeId ?? null;

/** The agency's step: the claim is true (seen, photos checked). */
export async function verifyClaim({ actor, claimId }: { actor: Actor; claimId: string }) {
  requireScope(actor, "points.verify");
  return inTenant(actor, async (tx) => {
    const steps = await reviewSteps(tx, tenantOf(actor));
    const row = await findClaimForReview(tx, actor, claimId, "points.verify");
    if (pendingStep(row.status, steps) !== "VERIFY") throw conflict("points.errors.notAwaiting");
    const next = statusAfter("VERIFY", steps);
    const { count } = await tx.pointsClaim.updateMany({ where: { id: row.id, tenantId: tenantOf(actor), status: row.status }, data: { status: next, verifiedById: actor.userId, verifiedAt: new Date(), ...(next === "CONFIRMED" ? { confirmedById: actor.userId, confirmedAt: new Date() } : {}) } });
    if (!count) throw conflict("points.errors.notAwaiting");
    if (next === "CONFIRMED") {
      await assertCap(tx, tenantOf(actor), row.accountId, row.rule, row.occurredOn.toISOString().slice(0, 10), row.points, row.id);
      await bookClaim(tx, actor, { ...row, ruleId: row.rule.id });
    }
    await audit(tx, actor, { action: "points.verify", entityType: "PointsClaim", entityId: row.id, nodeId: nodeOfClaim(row), before: { status: row.status }, after: { status: next } });
    return { id: row.id, status: next };
  });
}

/** The party organisation's step: the points are booked. */
export async function confirmClaim({ actor, claimId }: { actor: Actor; claimId: string }) {
  requireScope(actor, "points.manage");
  return inTenant(actor, async (tx) => {
    const steps = await reviewSteps(tx, tenantOf(actor));
    const row = await findClaimForReview(tx, actor, claimId, "points.manage");
    if (pendingStep(row.status, steps) !== "CONFIRM") throw conflict("points.errors.notAwaiting");
    if (row.verifiedById === actor.userId) throw conflict("points.errors.sameReviewer");
    await assertCap(tx, tenantOf(actor), row.accountId, row.rule, row.occurredOn.toISOString().slice(0, 10), row.points, row.id);
    const { count } = await tx.pointsClaim.updateMany({ where: { id: row.id, tenantId: tenantOf(actor), status: row.status }, data: { status: "CONFIRMED", confirmedById: actor.userId, confirmedAt: new Date() } });
    if (!count) throw conflict("points.errors.notAwaiting");
    await bookClaim(tx, actor, { ...row, ruleId: row.rule.id });
    await audit(tx, actor, { action: "points.confirm", entityType: "PointsClaim", entityId: row.id, nodeId: nodeOfClaim(row), before: { status: row.status }, after: { status: "CONFIRMED", points: row.points } });
    return { id: row.id, status: "CONFIRMED" as const };
  });
}

/** Either reviewer may reject a claim waiting for them, with a reason the claimant sees. */
export async function rejectClaim({ actor, claimId, reason }: { actor: Actor; claimId: string; reason: string }) {
  const verify = scopeOf(actor, "points.verify");
  const manage = scopeOf(actor, "points.manage");
  if (!verify.paths.length && !manage.paths.length) throw new AppError("FORBIDDEN", "errors.forbidden");
  return inTenant(actor, async (tx) => {
    const steps = await reviewSteps(tx, tenantOf(actor));
    const tenantId = tenantOf(actor);
    // Which step it waits for is read only for a claim the actor reviews at some step: another unit's claim answers
    // 404 whatever its state (never "exists, but not yours").
    const any = await tx.pointsClaim.findFirst({ where: { id: claimId, tenantId, account: accountsIn({ ...verify, paths: [...verify.paths, ...manage.paths] }) }, select: { status: true } });
    if (!any) throw notFound();
    const step = pendingStep(any.status, steps);
    const permission = step === "VERIFY" ? "points.verify" : "points.manage";
    requireScope(actor, permission);
    const row = await findClaimForReview(tx, actor, claimId, permission);
    if (!step) throw conflict("points.errors.notAwaiting");
    const { count } = await tx.pointsClaim.updateMany({ where: { id: row.id, tenantId, status: row.status }, data: { status: "REJECTED", rejectReason: reason, rejectedById: actor.userId, rejectedAt: new Date() } });
    if (!count) throw conflict("points.errors.notAwaiting");
    await audit(tx, actor, { action: "points.reject", entityType: "PointsClaim", entityId: row.id, nodeId: nodeOfClaim(row), before: { status: row.status }, after: { status: "REJECTED", reason } });
    return { id: row.id, status: "REJECTED" as const };
  });
}

/** The review queue: claims in the actor's sight, with what the actor may do to each. */
export async function listClaims({ actor, status, page = 1, pageSize = 50 }: { actor: Actor; status?: "SUBMITTED" | "VERIFIED" | "CONFIRMED" | "REJECTED" | "OPEN"; page?: number; pageSize?: number }) {
  const scope = requireScope(actor, "points.read");
  return inTenant(actor, async (tx) => {
    const tenantId = tenantOf(actor);
    const steps = await reviewSteps(tx, tenantId);
    const where: Prisma.PointsClaimWhereInput = {
      tenantId,
      account: accountsIn(scope),
      ...(status === "OPEN" ? { status: { in: ["SUBMITTED", "VERIFIED"] } } : status ? { status } : {}),
    };
    const [rows, total] = await inOrder([
      () => tx.pointsClaim.findMany({ where, select: claimSelect, orderBy: [{ createdAt: "desc" }, { id: "asc" }], skip: (page - 1) * pageSize, take: pageSize }),
      () => tx.pointsClaim.count({ where }),
    ]);
    const verify = scopeOf(actor, "points.verify");
    const manage = scopeOf(actor, "points.manage");
    const inside = (path: string | undefined, s: typeof scope) => !!path && s.paths.some((p) => path.startsWith(p));
    return {
      steps,
      total,
      page,
      pageSize,
      rows: rows.map((r) => {
        const path = r.account.person?.node.path ?? r.account.card?.node.path;
        const step = pendingStep(r.status, steps);
        const own = r.submittedById === actor.userId;
        return {
          ...r,
          pendingStep: step,
          canVerify: step === "VERIFY" && !own && inside(path, verify),
          canConfirm: step === "CONFIRM" && !own && r.verifiedById !== actor.userId && inside(path, manage),
        };
      }),
    };
  });
}

/** The member's own claims with their status. */
export async function listMyClaims({ actor }: { actor: Actor }) {
  requireScope(actor, "points.self");
  if (!actor.personId) return [];
  return inTenant(actor, (tx) =>
    tx.pointsClaim.findMany({ where: { tenantId: tenantOf(actor), account: { personId: actor.personId! } }, select: claimSelect, orderBy: { createdAt: "desc" }, take: 50 }),
  );
}
