import "server-only";
import type { Prisma } from "../generated/prisma/client";
import type { Actor } from "../access/actor";
import { notFound } from "../access/errors";
import { onNodesIn, requireScope, tenantOf } from "../access/scope";
import { inTenant } from "../access/tenant-tx";
import type { Tx } from "../db";
import { inOrder } from "../db/in-order";
import { findNodeInScope } from "../org/read-nodes";
import { maskPhone } from "../people/mask";

export const householdSelect = {
  id: true,
  nodeId: true,
  building: true,
  unit: true,
  room: true,
  headName: true,
  phone: true,
  note: true,
  node: { select: { id: true, name: true, path: true } },
  links: { select: { id: true, person: { select: { id: true, name: true } } } },
} satisfies Prisma.HouseholdSelect;

export async function findHouseholdInScope(tx: Tx, actor: Actor, householdId: string, permission: "households.read" | "households.write" = "households.read") {
  const scope = requireScope(actor, permission);
  const row = await tx.household.findFirst({ where: { id: householdId, tenantId: tenantOf(actor), ...onNodesIn(scope) }, select: householdSelect });
  if (!row) throw notFound();
  return row;
}

export async function getHousehold({ actor, householdId }: { actor: Actor; householdId: string }) {
  return inTenant(actor, async (tx) => {
    const row = await findHouseholdInScope(tx, actor, householdId);
    return { ...row, phone: maskPhone(row.phone) };
  });
}

export async function listHouseholds({ actor, nodeId, q = "", unlinked = false, page = 1, pageSize = 20 }: {
  actor: Actor; nodeId?: string; q?: string; unlinked?: boolean; page?: number; pageSize?: number;
}) {
  const scope = requireScope(actor, "households.read");
  return inTenant(actor, async (tx) => {
    const node = nodeId ? await findNodeInScope(tx, actor, nodeId) : null;
    const where: Prisma.HouseholdWhereInput = {
      tenantId: tenantOf(actor),
      AND: [
        onNodesIn(scope),
        ...(node ? [{ node: { path: { startsWith: node.path } } }] : []),
        ...(q ? [{ OR: [{ headName: { contains: q, mode: "insensitive" as const } }, { building: { contains: q } }, { room: { contains: q } }] }] : []),
        ...(unlinked ? [{ links: { none: {} } }] : []),
      ],
    };
    const [rows, total] = await inOrder([
      () => tx.household.findMany({ where, select: householdSelect, orderBy: [{ building: "asc" }, { unit: "asc" }, { room: "asc" }, { id: "asc" }], skip: (page - 1) * pageSize, take: pageSize }),
      () => tx.household.count({ where }),
    ]);
    return { rows: rows.map((r) => ({ ...r, phone: maskPhone(r.phone) })), total, page, pageSize, node };
  });
}
