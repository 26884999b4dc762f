import "server-only";
import type { Tx } from "../db";
import { inOrder } from "../db/in-order";
import { readTenantSettings } from "../tenants/settings";
import { minutesToHours, monthRange, type MonthKey } from "./time";

export type PersonMonth = { personId: string; name: string; isPartyMember: boolean; path: string; minutes: number };

export type UnitDutySummary = {
  nodeId: string;
  peopleOnDuty: number;
  totalMinutes: number;
  totalHours: number;
  peopleReachingNorm: number;
  /** Alias of peopleReachingNorm for the bin-duty table's "reaching 2 hours" column. */
  peopleReaching2h: number;
  partyMembersAmong: number;
  people: { personId: string; name: string; isPartyMember: boolean; minutes: number; hours: number }[];
};

/**
 * Verified duty minutes per person in a China calendar month, each record counted in the month its start falls in
 * (a shift from 23:00 on the 31st to 01:00 belongs wholly to the month it began in, as on the paper sheet).
 */
export async function verifiedMinutesByPerson(tx: Tx, tenantId: string, month: MonthKey): Promise<PersonMonth[]> {
  const { start, end } = monthRange(month);
  return tx.$queryRaw<PersonMonth[]>`
    SELECT p.id AS "personId", p.name, p."isPartyMember", n.path, sum(r.minutes)::int AS minutes
    FROM "DutyRecord" r
    JOIN "Person" p ON p.id = r."personId" AND p."tenantId" = r."tenantId"
    JOIN "OrgNode" n ON n.id = p."nodeId" AND n."tenantId" = p."tenantId"
    WHERE r."tenantId" = ${tenantId} AND r.status = 'VERIFIED' AND r."startAt" >= ${start} AND r."startAt" < ${end}
    GROUP BY p.id, p.name, p."isPartyMember", n.path
    ORDER BY p.name`;
}

/**
 * The monthly bin-duty table's figures for each unit (the node and its subtree, by where the member is on the
 * roster), from verified records only: people on duty, total hours, people reaching the norm (2 hours unless the
 * tenant sets otherwise), party members among them. The reports' prefill for `bin_duty_monthly` calls this.
 */
export async function summarizeDutyForUnits({ tx, tenantId, nodeIds, monthKey }: { tx: Tx; tenantId: string; nodeIds: string[]; monthKey: MonthKey }): Promise<UnitDutySummary[]> {
  const [nodes, tenant, people] = await inOrder([
    () => tx.orgNode.findMany({ where: { tenantId, id: { in: nodeIds } }, select: { id: true, path: true } }),
    () => tx.tenant.findFirst({ where: { id: tenantId }, select: { settings: true } }),
    () => verifiedMinutesByPerson(tx, tenantId, monthKey),
  ]);
  const norm = readTenantSettings(tenant?.settings).dutyNormMinutes;
  const pathOf = new Map(nodes.map((n) => [n.id, n.path]));
  return nodeIds.flatMap((nodeId) => {
    const path = pathOf.get(nodeId);
    if (!path) return [];
    const mine = people.filter((p) => p.path.startsWith(path));
    const totalMinutes = mine.reduce((a, p) => a + p.minutes, 0);
    const reaching = mine.filter((p) => p.minutes >= norm).length;
    return [
      {
        nodeId,
        peopleOnDuty: mine.length,
        totalMinutes,
        totalHours: minutesToHours(totalMinutes),
        peopleReachingNorm: reaching,
        peopleReaching2h: reaching,
        partyMembersAmong: mine.filter((p) => p.isPartyMember).length,
        people: mine.map((p) => ({ personId: p.personId, name: p.name, isPartyMember: p.isPartyMember, minutes: p.minutes, hours: minutesToHours(p.minutes) })),
      },
    ];
  });
}
