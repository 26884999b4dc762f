import "server-only";
import type { Prisma } from "../generated/prisma/client";
import type { Currency, LedgerKind } from "../generated/prisma/enums";
import type { Actor, Scope } from "../access/actor";
import { AppError, conflict, notFound } from "../access/errors";
import { nodesIn, tenantOf } from "../access/scope";
import type { Tx } from "../db";
import { newId } from "../ids";

// One ledger for points and volunteer minutes. Entries are only ever inserted (the table is append-only for the
// app role); the account's balances move in the same statement sequence of the same transaction, so a balance is
// always the sum of its entries. (sourceType, sourceId, kind) is unique: booking the same thing twice is a no-op.

const hours = (minutes: number) => Math.round((minutes / 60) * 100) / 100;

export type Owner = { personId: string } | { cardId: string };

/** Accounts whose person or card hangs on a node in the scope. */
export function accountsIn(scope: Scope): Prisma.PointsAccountWhereInput {
  return { OR: [{ person: { node: nodesIn(scope) } }, { card: { node: nodesIn(scope) } }] };
}

/** The account of a person or card, created on first use (concurrent first uses meet at the unique key). */
export async function accountFor(tx: Tx, tenantId: string, owner: Owner): Promise<{ id: string }> {
  const where = "personId" in owner ? { tenantId, personId: owner.personId } : { tenantId, cardId: owner.cardId };
  const found = await tx.pointsAccount.findFirst({ where, select: { id: true } });
  if (found) return found;
  await tx.pointsAccount.createMany({ data: [{ id: newId(), ...where }], skipDuplicates: true });
  return (await tx.pointsAccount.findFirst({ where, select: { id: true } }))!;
}

export type Booking = {
  tenantId: string;
  accountId: string;
  currency: Currency;
  amount: number;
  kind: LedgerKind;
  sourceType: string;
  sourceId: string;
  ruleId?: string | null;
  reversesEntryId?: string | null;
  memo?: string | null;
  createdById?: string | null;
};

/**
 * Books one entry and moves the balance. Returns null when this source was booked before (idempotent deposits).
 * `cover`: the balance must not go below zero (exchanges); a deduction of points may.
 */
export async function book(tx: Tx, b: Booking, { cover = false }: { cover?: boolean } = {}): Promise<{ id: string; balance: number } | null> {
  if (!Number.isInteger(b.amount) || b.amount === 0) throw new AppError("VALIDATION", "points.errors.amount");
  const id = newId();
  const inserted = await tx.$queryRaw<{ id: string }[]>`
    INSERT INTO "LedgerEntry" (id, "tenantId", "accountId", currency, amount, kind, "sourceType", "sourceId", "ruleId", "reversesEntryId", memo, "createdById")
    VALUES (${id}, ${b.tenantId}, ${b.accountId}, ${b.currency}::"Currency", ${b.amount}, ${b.kind}::"LedgerKind", ${b.sourceType}, ${b.sourceId},
            ${b.ruleId ?? null}, ${b.reversesEntryId ?? null}, ${b.memo ?? null}, ${b.createdById ?? null})
    ON CONFLICT ("tenantId", "sourceType", "sourceId", kind) DO NOTHING
    RETURNING id`;
  if (!inserted.length) return null;
  const column = b.currency === "POINTS" ? "points" : "minutes";
  // A conditional UPDATE: the row lock makes concurrent spenders wait and re-check the balance.
  const rows = await tx.$queryRawUnsafe<{ balance: number }[]>(
    `UPDATE "PointsAccount" SET "${column}" = "${column}" + $1 WHERE id = $2 AND "tenantId" = $3 ${cover ? `AND "${column}" + $1 >= 0` : ""} RETURNING "${column}" AS balance`,
    b.amount,
    b.accountId,
    b.tenantId,
  );
  if (!rows.length) {
    const [now] = await tx.$queryRawUnsafe<{ balance: number }[]>(`SELECT "${column}" AS balance FROM "PointsAccount" WHERE id = $1 AND "tenantId" = $2`, b.accountId, b.tenantId);
    const params = { balance: now?.balance ?? 0, need: -b.amount };
    throw conflict(b.currency === "POINTS" ? "points.errors.insufficientPoints" : "points.errors.insufficientMinutes", b.currency === "POINTS" ? params : { balance: hours(params.balance), need: hours(params.need) });
  }
  return { id, balance: rows[0].balance };
}

/** Volunteer minutes into the time bank, once per source (a verified duty record, a visit, an activity). */
export async function depositMinutes(tx: Tx, d: { tenantId: string; personId: string; minutes: number; sourceType: string; sourceId: string; createdById?: string | null; memo?: string | null }) {
  if (d.minutes <= 0) return null;
  const account = await accountFor(tx, d.tenantId, { personId: d.personId });
  return book(tx, { tenantId: d.tenantId, accountId: account.id, currency: "MINUTES", amount: d.minutes, kind: "DEPOSIT", sourceType: d.sourceType, sourceId: d.sourceId, createdById: d.createdById, memo: d.memo });
}

const REVERSIBLE: LedgerKind[] = ["CLAIM", "AWARD", "DEPOSIT", "ADJUSTMENT"];

/** A correction: the opposite amount as a new entry pointing at the one it reverses (each entry at most once). */
export async function reverseEntryTx(tx: Tx, actor: Actor, scope: Scope, entryId: string, memo: string) {
  const entry = await tx.ledgerEntry.findFirst({
    where: { id: entryId, tenantId: tenantOf(actor), account: accountsIn(scope) },
    select: { id: true, accountId: true, currency: true, amount: true, kind: true, ruleId: true },
  });
  if (!entry) throw notFound();
  if (!REVERSIBLE.includes(entry.kind)) throw conflict("points.errors.notReversible");
  try {
    const booked = await book(tx, {
      tenantId: tenantOf(actor),
      accountId: entry.accountId,
      currency: entry.currency,
      amount: -entry.amount,
      kind: "REVERSAL",
      sourceType: "LedgerEntry",
      sourceId: entry.id,
      ruleId: entry.ruleId,
      reversesEntryId: entry.id,
      memo,
      createdById: actor.userId,
    });
    if (!booked) throw conflict("points.errors.alreadyReversed");
    return { entry, reversalId: booked.id };
  } catch (e) {
    // Minutes already spent cannot be taken back (the balance may not go below zero).
    if ((e as { code?: string; meta?: { code?: string } }).code === "23514" || /x_PointsAccount_minutes/.test(String((e as Error).message))) {
      throw conflict("points.errors.minutesSpent");
    }
    throw e;
  }
}
