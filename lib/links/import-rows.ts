// The Excel layout for linking members to households in bulk (党员联户), and its rules. Pure.
import { cellText, sortErrors, type ParsedRow, type RowError } from "../imports/cells";
import { drain, PROGRESS_EVERY } from "../imports/steps";
import type { ColumnDef } from "../imports/templates";

export const LINK_COLUMNS: ColumnDef[] = [
  { key: "unitCode", header: "住户所在单位编码", aliases: ["unit code", "unitcode", "单位编码", "小区编码"], required: true, width: 18, numFmt: "@" },
  { key: "building", header: "楼栋", aliases: ["building", "楼号"], required: false, width: 10, numFmt: "@" },
  { key: "unit", header: "单元", aliases: ["unit"], required: false, width: 8, numFmt: "@" },
  { key: "room", header: "房号", aliases: ["room", "门牌号", "室"], required: false, width: 10, numFmt: "@" },
  { key: "headName", header: "户主姓名", aliases: ["head", "head name", "户主"], required: false, width: 12 },
  { key: "memberName", header: "党员姓名", aliases: ["member", "member name", "党员"], required: true, width: 12 },
  { key: "memberPhone", header: "党员手机号", aliases: ["member phone", "phone", "手机号"], required: false, width: 16, numFmt: "@" },
];

export type LinkHousehold = { id: string; nodeId: string; path: string; building: string | null; unit: string | null; room: string | null; headName: string };
export type LinkPerson = { id: string; name: string; phone: string | null; path: string };

export type LinkLookups = {
  /** Nodes named in the file, by code. */
  nodes: Map<string, { id: string; path: string; archived: boolean }>;
  /** Households under the nodes of the file. */
  households: LinkHousehold[];
  /** Active people of the target subtree, by phone and by name. */
  byPhone: Map<string, LinkPerson>;
  byName: Map<string, LinkPerson[]>;
  /** "personId:householdId" of links that exist already. */
  existing: Set<string>;
  scopePaths: string[];
};

export type PlannedLink = { row: number; personId: string; householdId: string; nodeId: string };
export type LinkValidation = { ok: true; links: PlannedLink[]; skipped: number } | { ok: false; errors: RowError[] };

const same = (a: string | null, b: string) => (a ?? "").replace(/\s+/g, "") === b.replace(/\s+/g, "");

export function* validateLinkRowsSteps(rows: ParsedRow[], lookups: LinkLookups): Generator<number, LinkValidation> {
  const errors: RowError[] = [];
  const fail = (row: number, column: string | null, message: string, value?: string, params?: RowError["params"]) =>
    errors.push({ row, column, message, ...(params ? { params } : {}), ...(value ? { value } : {}) });
  const inScope = (path: string) => lookups.scopePaths.some((p) => path.startsWith(p));
  const seen = new Map<string, number>();
  const links: PlannedLink[] = [];
  let skipped = 0;

  for (const [i, { row, values }] of rows.entries()) {
    const before = errors.length;
    const code = cellText(values.unitCode);
    const node = code ? lookups.nodes.get(code) : undefined;
    if (!code) fail(row, "unitCode", "imports.errors.required");
    else if (!node || !inScope(node.path)) fail(row, "unitCode", "imports.errors.unitNotFound", code);
    else if (node.archived) fail(row, "unitCode", "imports.errors.unitArchived", code);

    const building = cellText(values.building);
    const unit = cellText(values.unit);
    const room = cellText(values.room);
    const headName = cellText(values.headName);
    let householdId: string | null = null;
    let householdNode = "";
    if (node && !node.archived && inScope(node.path)) {
      if (!room && !headName) fail(row, "room", "imports.errors.linkHouseholdRequired");
      else {
        const matches = lookups.households.filter(
          (h) => h.path.startsWith(node.path) && (!building || same(h.building, building)) && (!unit || same(h.unit, unit)) && (!room || same(h.room, room)) && (!headName || same(h.headName, headName)),
        );
        const where = [building, unit, room, headName].filter(Boolean).join(" ");
        if (matches.length === 0) fail(row, "room", "imports.errors.linkHouseholdNotFound", where);
        else if (matches.length > 1) fail(row, "room", "imports.errors.linkHouseholdAmbiguous", where, { count: matches.length });
        else {
          householdId = matches[0].id;
          householdNode = matches[0].nodeId;
        }
      }
    }

    const memberName = cellText(values.memberName);
    const memberPhone = cellText(values.memberPhone).replace(/\s+/g, "");
    let personId: string | null = null;
    if (!memberName) fail(row, "memberName", "imports.errors.required");
    else if (memberPhone) {
      const p = lookups.byPhone.get(memberPhone);
      if (!p || !inScope(p.path)) fail(row, "memberPhone", "imports.errors.linkMemberNotFound", memberPhone);
      else if (p.name !== memberName) fail(row, "memberName", "imports.errors.linkMemberNameMismatch", memberName, { name: p.name });
      else personId = p.id;
    } else {
      const found = (lookups.byName.get(memberName) ?? []).filter((p) => inScope(p.path));
      if (found.length === 0) fail(row, "memberName", "imports.errors.linkMemberNotFound", memberName);
      else if (found.length > 1) fail(row, "memberName", "imports.errors.linkMemberAmbiguous", memberName, { count: found.length });
      else personId = found[0].id;
    }

    if (errors.length === before && personId && householdId) {
      const key = `${personId}:${householdId}`;
      if (seen.has(key)) fail(row, null, "imports.errors.linkDuplicateInFile", undefined, { first: seen.get(key)! });
      else {
        seen.set(key, row);
        if (lookups.existing.has(key)) skipped++;
        else links.push({ row, personId, householdId, nodeId: householdNode });
      }
    }
    if ((i + 1) % PROGRESS_EVERY === 0) yield i + 1;
  }
  if (errors.length) return { ok: false, errors: sortErrors(errors, LINK_COLUMNS.map((c) => c.key)) };
  return { ok: true, links, skipped };
}

export function validateLinkRows(rows: ParsedRow[], lookups: LinkLookups): LinkValidation {
  return drain(validateLinkRowsSteps(rows, lookups));
}
