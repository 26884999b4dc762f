// 三联 coverage: which households have a member looking after them, and which members look after too few or too
// many (the tenant's range, 3–5 by default). Pure.

export type CoverageHousehold = { id: string; building: string | null; linkedPersonIds: string[] };
export type CoverageMember = { id: string; name: string; households: number };

export type MemberLoad = CoverageMember & { load: "none" | "few" | "ok" | "many" };

export type Coverage = {
  total: number;
  covered: number;
  /** covered ÷ total, null for an area without households. */
  rate: number | null;
  gaps: string[];
  buildings: { building: string; total: number; covered: number; rate: number | null }[];
  members: MemberLoad[];
};

export function loadOf(count: number, min: number, max: number): MemberLoad["load"] {
  if (count === 0) return "none";
  if (count < min) return "few";
  if (count > max) return "many";
  return "ok";
}

export function computeCoverage(households: CoverageHousehold[], members: CoverageMember[], range: { min: number; max: number }): Coverage {
  const byBuilding = new Map<string, { total: number; covered: number }>();
  const gaps: string[] = [];
  let covered = 0;
  for (const h of households) {
    const key = h.building ?? "";
    const b = byBuilding.get(key) ?? { total: 0, covered: 0 };
    b.total++;
    if (h.linkedPersonIds.length) {
      covered++;
      b.covered++;
    } else gaps.push(h.id);
    byBuilding.set(key, b);
  }
  const buildings = [...byBuilding]
    .map(([building, b]) => ({ building, ...b, rate: b.total ? b.covered / b.total : null }))
    .sort((a, b) => a.building.localeCompare(b.building, "zh-CN", { numeric: true }));
  return {
    total: households.length,
    covered,
    rate: households.length ? covered / households.length : null,
    gaps,
    buildings,
    members: members
      .map((m) => ({ ...m, load: loadOf(m.households, range.min, range.max) }))
      .sort((a, b) => a.households - b.households || a.name.localeCompare(b.name, "zh-CN")),
  };
}
