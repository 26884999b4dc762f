import "server-only";
// A member's own figures (their pledges, this month's duty against the norm, points and volunteer hours) and their
// unit's standing among its sibling units: the unit's place only, never the other units' figures.
import type { Actor } from "../access/actor";
import { tenantOf } from "../access/scope";
import { inTenant } from "../access/tenant-tx";
import { monthRange } from "../duty/time";
import { idsOnPath } from "../org/tree-rules";
import { competitionRanks } from "../rankings/rules";
import { readTenantSettings } from "../tenants/settings";
import { figureOf, indicatorOf, roundFigure } from "./catalogue";
import { periodAt, periodLabel } from "./periods";
import { inOrder } from "../db/in-order";

const STANDING = ["duty_norm_share", "participation_rate", "pledge_rate"] as const;

export async function getMyFigures({ actor, now = new Date() }: { actor: Actor; now?: Date }) {
  if (!actor.personId || !actor.tenantId) return null;
  return inTenant(actor, async (tx) => {
    const tenantId = tenantOf(actor);
    const me = await tx.person.findFirst({ where: { id: actor.personId!, tenantId }, select: { id: true, nodeId: true, node: { select: { id: true, name: true, path: true, parentId: true } } } });
    if (!me) return null;
    const month = periodAt("month", now);
    const { start, end } = monthRange(month);
    const [pledges, duty, account, tenant] = await inOrder([
      () => tx.pledgeSignature.count({ where: { tenantId, personId: me.id } }),
      () => tx.dutyRecord.aggregate({ where: { tenantId, personId: me.id, status: "VERIFIED", startAt: { gte: start, lt: end } }, _sum: { minutes: true } }),
      () => tx.pointsAccount.findFirst({ where: { tenantId, personId: me.id }, select: { points: true, minutes: true } }),
      () => tx.tenant.findFirst({ where: { id: tenantId }, select: { settings: true } }),
    ]);
    const norm = readTenantSettings(tenant?.settings).dutyNormMinutes;

    // The unit among its siblings, by each standing indicator of this month (equal figures share a place).
    const standing: { indicator: string; rank: number; total: number; value: number | null }[] = [];
    if (me.node.parentId) {
      const siblings = await tx.orgNode.findMany({ where: { tenantId, parentId: me.node.parentId, archived: false }, select: { id: true } });
      const rows = await tx.dashRollup.findMany({ where: { tenantId, nodeId: { in: siblings.map((s) => s.id) }, periodKey: month, indicator: { in: [...STANDING] } }, select: { nodeId: true, indicator: true, num: true, den: true } });
      for (const code of STANDING) {
        const ind = indicatorOf(code);
        const values = siblings.map((s) => {
          const r = rows.find((x) => x.nodeId === s.id && x.indicator === code);
          return { id: s.id, v: r ? roundFigure(ind, figureOf(ind, r.num, r.den)) : null };
        });
        const ranked = values.filter((x) => x.v !== null);
        const mine = ranked.find((x) => x.id === me.nodeId);
        if (!mine || ranked.length < 2) continue;
        const ranks = competitionRanks(ranked.map((x) => x.v!));
        standing.push({ indicator: code, rank: ranks[ranked.indexOf(mine)], total: ranked.length, value: mine.v });
      }
    }

    // The newest published ranking that ranked the member's unit (or a unit above it).
    const path = idsOnPath(me.node.path);
    const rankings = await tx.ranking.findMany({ where: { tenantId, status: "PUBLISHED", nodeId: { in: path } }, select: { id: true, period: true, rows: true, node: { select: { name: true } } }, orderBy: { period: "desc" }, take: 5 });
    let published: { id: string; title: string; rank: number; total: number; unit: string } | null = null;
    for (const r of rankings) {
      const list = (Array.isArray(r.rows) ? r.rows : []) as { id: string; name: string; rank: number }[];
      const hit = list.find((x) => path.includes(x.id));
      if (hit) {
        published = { id: r.id, title: `${r.node.name}${periodLabel(r.period, actor.locale)}`, rank: hit.rank, total: list.length, unit: hit.name };
        break;
      }
    }
    return {
      unit: { id: me.node.id, name: me.node.name },
      pledges,
      dutyMinutes: duty._sum.minutes ?? 0,
      norm,
      points: account?.points ?? 0,
      volunteerMinutes: account?.minutes ?? 0,
      standing,
      published,
    };
  });
}
