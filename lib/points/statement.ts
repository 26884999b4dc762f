import "server-only";
import type { Prisma } from "../generated/prisma/client";
import type { Actor } from "../access/actor";
import { notFound } from "../access/errors";
import { requireScope, tenantOf } from "../access/scope";
import { inTenant } from "../access/tenant-tx";
import { audit } from "../audit/write-audit";
import type { Tx } from "../db";
import { inOrder } from "../db/in-order";
import { accountFor, accountsIn, reverseEntryTx } from "./ledger";

const entrySelect = {
  id: true,
  currency: true,
  amount: true,
  kind: true,
  sourceType: true,
  sourceId: true,
  memo: true,
  reversesEntryId: true,
  createdAt: true,
  ruleId: true,
} satisfies Prisma.LedgerEntrySelect;

async function statementOf(tx: Tx, tenantId: string, accountId: string, take: number) {
  const [account, entries] = await inOrder([
    () => tx.pointsAccount.findFirst({
      where: { id: accountId, tenantId },
      select: { id: true, points: true, minutes: true, person: { select: { id: true, name: true, node: { select: { name: true } } } }, card: { select: { id: true, number: true, holderName: true, node: { select: { name: true } } } } },
    }),
    () => tx.ledgerEntry.findMany({ where: { tenantId, accountId }, select: entrySelect, orderBy: [{ createdAt: "desc" }, { id: "desc" }], take }),
  ]);
  if (!account) throw notFound();
  const ruleIds = [...new Set(entries.map((e) => e.ruleId).filter((x): x is string => !!x))];
  const rules = ruleIds.length ? await tx.pointsRule.findMany({ where: { tenantId, id: { in: ruleIds } }, select: { id: true, name: true } }) : [];
  const ruleName = new Map(rules.map((r) => [r.id, r.name]));
  const reversed = new Set((await tx.ledgerEntry.findMany({ where: { tenantId, accountId, reversesEntryId: { not: null } }, select: { reversesEntryId: true } })).map((e) => e.reversesEntryId));
  return { account, entries: entries.map((e) => ({ ...e, ruleName: e.ruleId ? (ruleName.get(e.ruleId) ?? null) : null, reversed: reversed.has(e.id) })) };
}

/** The signed-in person's own statement: both balances and the latest entries of both currencies. */
export async function getMyStatement({ actor, take = 100 }: { actor: Actor; take?: number }) {
  requireScope(actor, "points.self");
  if (!actor.personId) return null;
  return inTenant(actor, async (tx) => {
    const account = await accountFor(tx, tenantOf(actor), { personId: actor.personId! });
    return statementOf(tx, tenantOf(actor), account.id, take);
  });
}

/** Any account in the actor's scope (staff ledger view). */
export async function getStatement({ actor, accountId, take = 200 }: { actor: Actor; accountId: string; take?: number }) {
  const scope = requireScope(actor, "points.read");
  return inTenant(actor, async (tx) => {
    const found = await tx.pointsAccount.findFirst({ where: { id: accountId, tenantId: tenantOf(actor), ...accountsIn(scope) }, select: { id: true } });
    if (!found) throw notFound();
    return statementOf(tx, tenantOf(actor), found.id, take);
  });
}

/** Accounts of people and cards in scope with their balances (the ledger overview). */
export async function listAccounts({ actor, q = "", page = 1, pageSize = 30 }: { actor: Actor; q?: string; page?: number; pageSize?: number }) {
  const scope = requireScope(actor, "points.read");
  return inTenant(actor, async (tx) => {
    const where: Prisma.PointsAccountWhereInput = {
      tenantId: tenantOf(actor),
      AND: [accountsIn(scope), ...(q ? [{ OR: [{ person: { name: { contains: q } } }, { card: { number: { contains: q.toUpperCase() } } }, { card: { holderName: { contains: q } } }] }] : [])],
    };
    const [rows, total] = await inOrder([
      () => tx.pointsAccount.findMany({
        where,
        select: { id: true, points: true, minutes: true, person: { select: { name: true, node: { select: { name: true } } } }, card: { select: { number: true, holderName: true, node: { select: { name: true } } } } },
        orderBy: [{ points: "desc" }, { id: "asc" }],
        skip: (page - 1) * pageSize,
        take: pageSize,
      }),
      () => tx.pointsAccount.count({ where }),
    ]);
    return { rows, total, page, pageSize };
  });
}

/** A correction by the party organisation: a reversing entry, never an edit. */
export async function reverseEntry({ actor, entryId, memo }: { actor: Actor; entryId: string; memo: string }) {
  const scope = requireScope(actor, "points.manage");
  return inTenant(actor, async (tx) => {
    const { entry, reversalId } = await reverseEntryTx(tx, actor, scope, entryId, memo);
    await audit(tx, actor, { action: "ledger.reverse", entityType: "LedgerEntry", entityId: entry.id, after: { reversalId, amount: -entry.amount, memo } });
    return { id: reversalId };
  });
}
