import "server-only";
import type { Actor } from "../access/actor";
import { auditMany } from "../audit/write-audit";
import type { Tx } from "../db";
import { inOrder } from "../db/in-order";
import { cellText, type ParsedRow } from "../imports/cells";
import { newId } from "../ids";
import type { LinkLookups, LinkPerson, PlannedLink } from "./import-rows";

/** What the link validator needs: the file's nodes, their households, the target subtree's people and links. */
export async function loadLinkLookups(tx: Tx, tenantId: string, rows: ParsedRow[], target: { path: string }): Promise<LinkLookups> {
  const codes = [...new Set(rows.map((r) => cellText(r.values.unitCode)).filter(Boolean))];
  const nodeRows = await tx.orgNode.findMany({ where: { tenantId, code: { in: codes } }, select: { id: true, code: true, path: true, archived: true } });
  const nodes = new Map(nodeRows.map((n) => [n.code!, { id: n.id, path: n.path, archived: n.archived }]));
  const paths = nodeRows.filter((n) => n.path.startsWith(target.path)).map((n) => n.path);
  const [households, people] = await inOrder([
    () =>
      paths.length
        ? tx.household.findMany({
            where: { tenantId, OR: paths.map((p) => ({ node: { path: { startsWith: p } } })) },
            select: { id: true, nodeId: true, building: true, unit: true, room: true, headName: true, node: { select: { path: true } } },
          })
        : [],
    () => tx.person.findMany({ where: { tenantId, leftAt: null, node: { path: { startsWith: target.path } } }, select: { id: true, name: true, phone: true, node: { select: { path: true } } } }),
  ]);
  const byPhone = new Map<string, LinkPerson>();
  const byName = new Map<string, LinkPerson[]>();
  for (const p of people) {
    const row = { id: p.id, name: p.name, phone: p.phone, path: p.node.path };
    if (p.phone) byPhone.set(p.phone, row);
    byName.set(p.name, [...(byName.get(p.name) ?? []), row]);
  }
  const ids = households.map((h) => h.id);
  const links = ids.length ? await tx.householdLink.findMany({ where: { tenantId, householdId: { in: ids } }, select: { personId: true, householdId: true } }) : [];
  return {
    nodes,
    households: households.map((h) => ({ id: h.id, nodeId: h.nodeId, path: h.node.path, building: h.building, unit: h.unit, room: h.room, headName: h.headName })),
    byPhone,
    byName,
    existing: new Set(links.map((l) => `${l.personId}:${l.householdId}`)),
    scopePaths: [target.path],
  };
}

/** Writes the new links (a link made meanwhile is skipped, not doubled) with an audit row each. */
export async function writeLinkPlan({ tx, actor, tenantId, jobId }: { tx: Tx; actor: Actor; tenantId: string; jobId: string }, links: PlannedLink[]): Promise<number> {
  const data = links.map((l) => ({ id: newId(), tenantId, personId: l.personId, householdId: l.householdId }));
  const { count } = await tx.householdLink.createMany({ data, skipDuplicates: true });
  await auditMany(
    tx,
    actor,
    links.map((l, i) => ({ action: "household.link", entityType: "HouseholdLink", entityId: data[i].id, nodeId: l.nodeId, after: { personId: l.personId, householdId: l.householdId, importJobId: jobId } })),
  );
  return count;
}
