import "server-only";
import type { Prisma } from "../generated/prisma/client";
import type { Actor } from "../access/actor";
import { scopeOf } from "../access/actor";
import { AppError, notFound } from "../access/errors";
import { onNodesIn, requireScope, tenantOf } from "../access/scope";
import { inTenant } from "../access/tenant-tx";
import { audit } from "../audit/write-audit";
import type { Tx } from "../db";
import { inOrder } from "../db/in-order";
import { findNodeInScope } from "../org/read-nodes";
import { maskPhone } from "./mask";
import { FLAG_FILTERS } from "./schemas";

export const personSelect = {
  id: true,
  name: true,
  phone: true,
  nodeId: true,
  isPartyMember: true,
  isUnionMember: true,
  isModelWorker: true,
  isVolunteer: true,
  isCadre: true,
  joinedAt: true,
  leftAt: true,
  anonymizedAt: true,
  note: true,
  createdAt: true,
  node: { select: { id: true, name: true, path: true } },
  user: { select: { id: true, username: true, disabled: true } },
} satisfies Prisma.PersonSelect;

type PersonRow = Prisma.PersonGetPayload<{ select: typeof personSelect }>;

/** Phone numbers leave the data layer masked; the full number only through revealPersonPhone. */
export function masked<T extends { phone: string | null }>(row: T): T & { phoneMasked: true } {
  return { ...row, phone: maskPhone(row.phone), phoneMasked: true };
}

/** A person the actor may see for `permission`: in a scoped subtree, or the actor's own person record. */
export async function findPersonInScope(tx: Tx, actor: Actor, personId: string, permission: "people.read" | "people.write" | "people.reveal" = "people.read") {
  const scope = scopeOf(actor, permission);
  const own = permission === "people.read" && actor.personId === personId;
  if (!own && !scope.paths.length) throw notFound();
  const row = await tx.person.findFirst({
    where: { id: personId, tenantId: tenantOf(actor), ...(own ? {} : onNodesIn(scope)) },
    select: personSelect,
  });
  if (!row) throw notFound();
  return row;
}

export async function getPerson({ actor, personId }: { actor: Actor; personId: string }) {
  return inTenant(actor, async (tx) => {
    const row = await findPersonInScope(tx, actor, personId);
    const households = await tx.householdLink.findMany({
      where: { tenantId: tenantOf(actor), personId: row.id },
      select: { household: { select: { id: true, building: true, unit: true, room: true, headName: true } } },
    });
    return { ...masked(row), households: households.map((h) => h.household) };
  });
}

/** The full number, for those allowed to see it; every reveal is written to the audit log. */
export async function revealPersonPhone({ actor, personId }: { actor: Actor; personId: string }) {
  return inTenant(actor, async (tx) => {
    const row = await findPersonInScope(tx, actor, personId, "people.reveal");
    await audit(tx, actor, { action: "person.revealPhone", entityType: "Person", entityId: row.id, nodeId: row.nodeId });
    return { phone: row.phone };
  });
}

export type ListPeopleInput = {
  nodeId?: string;
  q?: string;
  flag?: (typeof FLAG_FILTERS)[number];
  status?: "active" | "left" | "all";
  page?: number;
  pageSize?: number;
};

export function peopleWhere(actor: Actor, subtreePath: string | null, input: ListPeopleInput): Prisma.PersonWhereInput {
  const scope = requireScope(actor, "people.read");
  const q = input.q?.trim();
  return {
    tenantId: tenantOf(actor),
    AND: [
      onNodesIn(scope),
      ...(subtreePath ? [{ node: { path: { startsWith: subtreePath } } }] : []),
      ...(q
        ? [{ OR: [{ name: { contains: q, mode: "insensitive" as const } }, ...(/^\d{4,11}$/.test(q) ? [{ phone: { endsWith: q } }] : [])] }]
        : []),
    ],
    ...(input.flag ? { [input.flag]: true } : {}),
    ...(input.status === "left" ? { leftAt: { not: null } } : input.status === "all" ? {} : { leftAt: null }),
  };
}

/** The roster of a subtree: search, one flag filter, active/left, paginated; with the subtree's counts. */
export async function listPeople({ actor, ...input }: { actor: Actor } & ListPeopleInput) {
  const page = input.page ?? 1;
  const pageSize = Math.min(input.pageSize ?? 20, 100);
  return inTenant(actor, async (tx) => {
    const node = input.nodeId ? await findNodeInScope(tx, actor, input.nodeId) : null;
    const where = peopleWhere(actor, node?.path ?? null, input);
    const activeInSubtree: Prisma.PersonWhereInput = { ...peopleWhere(actor, node?.path ?? null, { status: "active" }) };
    const [rows, total, counts] = await inOrder([
      () => tx.person.findMany({ where, select: personSelect, orderBy: [{ name: "asc" }, { id: "asc" }], skip: (page - 1) * pageSize, take: pageSize }),
      () => tx.person.count({ where }),
      () => countFlags(tx, activeInSubtree),
    ]);
    return { rows: rows.map(masked), total, page, pageSize, counts, node };
  });
}

async function countFlags(tx: Tx, where: Prisma.PersonWhereInput) {
  const [all, ...flags] = await inOrder([
    () => tx.person.count({ where }),
    ...FLAG_FILTERS.map((f) => () => tx.person.count({ where: { ...where, [f]: true } })),
  ]);
  return { all, ...Object.fromEntries(FLAG_FILTERS.map((f, i) => [f, flags[i]])) } as { all: number } & Record<(typeof FLAG_FILTERS)[number], number>;
}

/** The actor's own person record (member pages). */
export async function getMyPerson({ actor }: { actor: Actor }) {
  if (!actor.personId) throw new AppError("NOT_FOUND", "errors.noPerson");
  return getPerson({ actor, personId: actor.personId });
}

export type { PersonRow };
