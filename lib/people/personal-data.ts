import "server-only";
import type { Actor } from "../access/actor";
import { conflict, notFound } from "../access/errors";
import { tenantOf } from "../access/scope";
import { inOwnTx, inTenant } from "../access/tenant-tx";
import { audit } from "../audit/write-audit";
import type { Tx } from "../db";
import { findPersonInScope } from "./read-people";

/**
 * Sections of a person's own data (PIPL: the right to see and copy it). Each domain that keeps records about a
 * person adds a section here (duty, points, campaigns …), so the export stays complete as the platform grows.
 */
type Section = (tx: Tx, ctx: { tenantId: string; personId: string; userId: string }) => Promise<unknown>;

const SECTIONS: Record<string, Section> = {
  person: (tx, { tenantId, personId }) =>
    tx.person.findFirst({
      where: { id: personId, tenantId },
      select: { name: true, phone: true, isPartyMember: true, isUnionMember: true, isModelWorker: true, isVolunteer: true, isCadre: true, joinedAt: true, leftAt: true, note: true, createdAt: true, node: { select: { name: true } } },
    }),
  households: (tx, { tenantId, personId }) =>
    tx.householdLink.findMany({ where: { tenantId, personId }, select: { createdAt: true, household: { select: { building: true, unit: true, room: true, headName: true } } } }),
  account: (tx, { userId }) =>
    tx.user.findFirst({ where: { id: userId }, select: { username: true, displayName: true, phone: true, email: true, createdAt: true, lastSignInAt: true, totpEnabled: true, roles: { select: { role: true, node: { select: { name: true } } } } } }),
  signIns: (tx, { userId }) =>
    tx.signInEvent.findMany({ where: { userId }, orderBy: { createdAt: "desc" }, take: 500, select: { createdAt: true, success: true, reason: true, ip: true, userAgent: true } }),
  changesAboutMe: (tx, { tenantId, personId }) =>
    tx.auditLog.findMany({
      where: { tenantId, OR: [{ entityId: personId }, { actingForPersonId: personId }] },
      orderBy: { createdAt: "desc" },
      take: 500,
      select: { createdAt: true, action: true, entityType: true },
    }),
  memberRoles: (tx, { tenantId, personId }) => tx.memberRole.findMany({ where: { tenantId, personId }, select: { role: true, createdAt: true } }),
  doubleReporting: (tx, { tenantId, personId }) =>
    tx.doubleRegistration.findMany({
      where: { tenantId, personId },
      select: { kind: true, status: true, note: true, createdAt: true, communityNode: { select: { name: true } }, ratings: { select: { quarter: true, grade: true, comment: true } } },
    }),
  duty: (tx, { tenantId, personId }) =>
    tx.dutyRecord.findMany({
      where: { tenantId, personId },
      orderBy: { startAt: "desc" },
      select: { startAt: true, endAt: true, minutes: true, source: true, status: true, note: true, rejectReason: true, binPoint: { select: { name: true } } },
    }),
  visits: (tx, { tenantId, personId }) =>
    tx.householdVisit.findMany({ where: { tenantId, visitorId: personId }, orderBy: { visitedOn: "desc" }, select: { visitedOn: true, minutes: true, explained: true, problems: true, household: { select: { building: true, unit: true, room: true } } } }),
  pointsLedger: (tx, { tenantId, personId }) =>
    tx.ledgerEntry.findMany({
      where: { tenantId, account: { personId } },
      orderBy: { createdAt: "desc" },
      select: { currency: true, amount: true, kind: true, sourceType: true, memo: true, createdAt: true },
    }),
  pledges: (tx, { tenantId, personId }) =>
    tx.pledgeSignature.findMany({ where: { tenantId, personId }, select: { signedAt: true, channel: true, campaign: { select: { title: true } } } }),
  activities: (tx, { tenantId, personId }) =>
    tx.activityParticipant.findMany({ where: { tenantId, personId }, select: { registeredAt: true, checkedInAt: true, source: true, activity: { select: { title: true, startsAt: true } } } }),
  quizzes: (tx, { tenantId, personId }) =>
    tx.quizAttempt.findMany({ where: { tenantId, personId }, select: { attemptNo: true, startedAt: true, submittedAt: true, correct: true, total: true, percent: true, quiz: { select: { title: true } } } }),
  suggestions: (tx, { tenantId, personId }) =>
    tx.suggestion.findMany({ where: { tenantId, authorPersonId: personId }, select: { kind: true, text: true, status: true, answer: true, createdAt: true } }),
  votes: (tx, { tenantId, personId }) =>
    tx.vote.findMany({ where: { tenantId, voterPersonId: personId }, select: { createdAt: true, selection: { select: { title: true } } } }),
};

/** Everything the platform keeps about the signed-in person, as one JSON document (their own phone in full). */
export async function exportMyData({ actor }: { actor: Actor }) {
  if (!actor.personId || !actor.tenantId) {
    return inOwnTx(actor, async (tx) => ({ exportedAt: new Date().toISOString(), account: await SECTIONS.account(tx, { tenantId: "", personId: "", userId: actor.userId }) }));
  }
  return inTenant(actor, async (tx) => {
    const ctx = { tenantId: tenantOf(actor), personId: actor.personId!, userId: actor.userId };
    const out: Record<string, unknown> = { exportedAt: new Date().toISOString() };
    for (const [name, section] of Object.entries(SECTIONS)) out[name] = await section(tx, ctx);
    await audit(tx, actor, { action: "person.exportOwnData", entityType: "Person", entityId: actor.personId });
    return out;
  });
}

/**
 * Anonymise a person who has left: identifying fields are removed, the row stays so counts and records that
 * refer to it (reports, duty hours, points) keep adding up. Their account, if any, is disabled and scrubbed.
 */
export async function anonymisePerson({ actor, data }: { actor: Actor; data: { personId: string } }) {
  return inTenant(actor, async (tx) => {
    const tenantId = tenantOf(actor);
    const person = await findPersonInScope(tx, actor, data.personId, "people.write");
    if (!person.leftAt) throw conflict("errors.anonymiseOnlyLeft");
    if (person.anonymizedAt) throw notFound();
    const label = `已匿名-${person.id.slice(-6)}`;
    await tx.person.update({
      where: { id: person.id, tenantId },
      data: { name: label, phone: null, note: null, joinedAt: null, anonymizedAt: new Date() },
    });
    await tx.household.updateMany({ where: { tenantId, links: { some: { personId: person.id } }, headName: person.name }, data: { headName: "已匿名", phone: null } });
    if (person.user) {
      await tx.user.update({
        where: { id: person.user.id, tenantId },
        data: { username: `anon-${person.user.id}`, displayName: label, phone: null, email: null, disabled: true, sessionVersion: { increment: 1 }, totpSecretEnc: null, recoveryCodeHashes: [] },
      });
    }
    await audit(tx, actor, { action: "person.anonymise", entityType: "Person", entityId: person.id, nodeId: person.nodeId });
    return { id: person.id };
  });
}
