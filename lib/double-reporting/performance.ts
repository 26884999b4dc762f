import "server-only";
import ExcelJS from "exceljs";
import type { DoubleGrade } from "../generated/prisma/enums";
import type { Actor } from "../access/actor";
import { nodesIn, requireScope, tenantOf } from "../access/scope";
import { inTenant } from "../access/tenant-tx";
import { minutesToHours, quarterRange, type QuarterKey } from "../duty/time";
import { activityInCommunities } from "./registrations";

export type UnitPerformance = {
  unitId: string;
  unitName: string;
  communities: string[];
  members: number;
  accepted: number;
  dutyHours: number;
  dutyRecords: number;
  visits: number;
  /** The unit organisation's own rating by each community, e.g. "文昌沙社区：优秀". */
  unitGrades: { community: string; grade: DoubleGrade }[];
  memberGrades: Record<DoubleGrade, number>;
  unrated: number;
};

/**
 * The district's table: every unit with registrations in the actor's scope and how it did in the communities
 * over a quarter (members registered and accepted, duty hours, visits, ratings).
 */
export async function getDoublePerformance({ actor, quarter }: { actor: Actor; quarter: QuarterKey }): Promise<UnitPerformance[]> {
  const scope = requireScope(actor, "double.read");
  return inTenant(actor, async (tx) => {
    const tenantId = tenantOf(actor);
    const regs = await tx.doubleRegistration.findMany({
      where: { tenantId, unitNode: nodesIn(scope), status: { in: ["PENDING", "ACCEPTED"] } },
      select: {
        id: true,
        kind: true,
        status: true,
        personId: true,
        unitNode: { select: { id: true, name: true, path: true } },
        communityNode: { select: { id: true, name: true, path: true } },
        ratings: { where: { quarter }, select: { grade: true } },
      },
    });
    const accepted = regs.filter((r) => r.kind === "MEMBER" && r.status === "ACCEPTED");
    const activity = await activityInCommunities(
      tx,
      tenantId,
      accepted.map((r) => ({ key: r.id, personIds: [r.personId!], communityPath: r.communityNode.path })),
      quarterRange(quarter),
    );
    const units = new Map<string, UnitPerformance>();
    for (const r of regs) {
      const u =
        units.get(r.unitNode.id) ??
        ({ unitId: r.unitNode.id, unitName: r.unitNode.name, communities: [], members: 0, accepted: 0, dutyHours: 0, dutyRecords: 0, visits: 0, unitGrades: [], memberGrades: { EXCELLENT: 0, GOOD: 0, FAIR: 0, POOR: 0 }, unrated: 0 } satisfies UnitPerformance);
      if (!u.communities.includes(r.communityNode.name)) u.communities.push(r.communityNode.name);
      if (r.kind === "UNIT") {
        if (r.ratings[0]) u.unitGrades.push({ community: r.communityNode.name, grade: r.ratings[0].grade });
      } else {
        u.members++;
        if (r.status === "ACCEPTED") {
          u.accepted++;
          const a = activity.get(r.id)!;
          u.dutyHours = minutesToHours(u.dutyHours * 60 + a.dutyMinutes);
          u.dutyRecords += a.dutyRecords;
          u.visits += a.visits;
          if (r.ratings[0]) u.memberGrades[r.ratings[0].grade]++;
          else u.unrated++;
        }
      }
      units.set(r.unitNode.id, u);
    }
    return [...units.values()].sort((a, b) => b.dutyHours - a.dutyHours || a.unitName.localeCompare(b.unitName, "zh-CN"));
  });
}

type T = (key: string, params?: Record<string, string | number>) => string;

export async function doublePerformanceXlsx(rows: UnitPerformance[], quarter: QuarterKey, t: T): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = "ljfl-platform";
  const ws = wb.addWorksheet(t("double.export.sheet"), { views: [{ state: "frozen", ySplit: 2 }] });
  ws.columns = [{ width: 26 }, { width: 28 }, { width: 10 }, { width: 10 }, { width: 12 }, { width: 10 }, { width: 24 }, { width: 8 }, { width: 8 }, { width: 8 }, { width: 8 }, { width: 8 }];
  ws.addRow([t("double.export.title", { quarter })]).font = { bold: true, size: 13 };
  const header = ws.addRow([
    t("double.table.unit"),
    t("double.table.communities"),
    t("double.table.members"),
    t("double.table.accepted"),
    t("double.table.dutyHours"),
    t("double.table.visits"),
    t("double.table.unitGrade"),
    t("double.grade.EXCELLENT"),
    t("double.grade.GOOD"),
    t("double.grade.FAIR"),
    t("double.grade.POOR"),
    t("double.table.unrated"),
  ]);
  header.font = { bold: true };
  for (const r of rows) {
    ws.addRow([
      r.unitName,
      r.communities.join("、"),
      r.members,
      r.accepted,
      r.dutyHours,
      r.visits,
      r.unitGrades.map((g) => `${g.community}：${t(`double.grade.${g.grade}`)}`).join("；"),
      r.memberGrades.EXCELLENT,
      r.memberGrades.GOOD,
      r.memberGrades.FAIR,
      r.memberGrades.POOR,
      r.unrated,
    ]);
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}
