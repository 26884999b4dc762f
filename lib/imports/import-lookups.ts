import "server-only";
import type { Tx } from "../db";
import { newId } from "../ids";
import { phone as phoneSchema } from "../people/schemas";
import { cellText, type ParsedRow } from "./cells";
import type { ExistingNode, OrgLookups } from "./validate-org-rows";
import { normalizePhone, type RosterLookups, type RosterNode } from "./validate-roster-rows";

/** Large IN lists go in slices: PostgreSQL takes at most 65,535 bind parameters per statement. */
const SLICE = 5_000;

function slices<T>(items: T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += SLICE) out.push(items.slice(i, i + SLICE));
  return out;
}

function distinctTexts(rows: ParsedRow[], keys: string[]): string[] {
  const set = new Set<string>();
  for (const r of rows) for (const k of keys) {
    const v = cellText(r.values[k]);
    if (v) set.add(v);
  }
  return [...set];
}

type Target = { path: string };

/**
 * What the tree validator needs: the tenant's kinds, every existing node named in the file (anywhere in the
 * tenant, so a taken code is reported even when its node is out of the actor's sight; parents outside the target
 * subtree are refused by the validator), and the last sort order under each existing parent.
 */
export async function loadOrgLookups(tx: Tx, tenantId: string, rows: ParsedRow[], target: Target): Promise<OrgLookups> {
  const codes = distinctTexts(rows, ["code", "parentCode"]);
  const kinds = await tx.orgKind.findMany({
    where: { tenantId },
    select: { id: true, code: true, name: true, nameEn: true, parentCodes: true, allowRoot: true },
    orderBy: { sortOrder: "asc" },
  });
  const existing = new Map<string, ExistingNode>();
  for (const slice of slices(codes)) {
    const found = await tx.orgNode.findMany({
      where: { tenantId, code: { in: slice } },
      select: { id: true, code: true, path: true, depth: true, archived: true, kind: { select: { code: true, name: true } } },
    });
    for (const n of found) {
      existing.set(n.code!, { id: n.id, code: n.code!, path: n.path, depth: n.depth, archived: n.archived, kindCode: n.kind.code, kindName: n.kind.name });
    }
  }
  const parentIds = [...existing.values()].filter((n) => n.path.startsWith(target.path)).map((n) => n.id);
  const maxSortOrder = new Map<string, number>();
  for (const slice of slices(parentIds)) {
    const groups = await tx.orgNode.groupBy({ by: ["parentId"], where: { tenantId, parentId: { in: slice } }, _max: { sortOrder: true } });
    for (const g of groups) if (g.parentId) maxSortOrder.set(g.parentId, g._max.sortOrder ?? 0);
  }
  return { kinds, existing, scopePaths: [target.path], maxSortOrder, newId };
}

/** Phone numbers of the file in their stored form (those that pass the format check). */
export function phonesOf(rows: ParsedRow[]): string[] {
  const out = new Set<string>();
  for (const r of rows) {
    const parsed = phoneSchema.safeParse(normalizePhone(cellText(r.values.phone)));
    if (parsed.success) out.add(parsed.data);
  }
  return [...out];
}

/** Active people of the tenant holding any of these numbers. */
export async function findTakenPhones(tx: Tx, tenantId: string, phones: string[]): Promise<Set<string>> {
  const taken = new Set<string>();
  for (const slice of slices(phones)) {
    const found = await tx.person.findMany({ where: { tenantId, leftAt: null, phone: { in: slice } }, select: { phone: true } });
    for (const p of found) if (p.phone) taken.add(p.phone);
  }
  return taken;
}

export async function loadRosterLookups(tx: Tx, tenantId: string, rows: ParsedRow[], target: Target): Promise<RosterLookups> {
  const nodes = new Map<string, RosterNode>();
  for (const slice of slices(distinctTexts(rows, ["unitCode"]))) {
    const found = await tx.orgNode.findMany({ where: { tenantId, code: { in: slice } }, select: { id: true, code: true, path: true, archived: true } });
    for (const n of found) nodes.set(n.code!, { id: n.id, code: n.code!, path: n.path, archived: n.archived });
  }
  return { nodes, scopePaths: [target.path], existingPhones: await findTakenPhones(tx, tenantId, phonesOf(rows)) };
}
