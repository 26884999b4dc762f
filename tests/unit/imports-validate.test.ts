import { describe, expect, it } from "vitest";
import type { CellValue, ParsedRow, RowError } from "@/lib/imports/cells";
import { parseDateCell, parseFlag } from "@/lib/imports/cells";
import { validateOrgRows, type ExistingNode, type KindLookup, type OrgLookups } from "@/lib/imports/validate-org-rows";
import { validateRosterRows, type RosterLookups } from "@/lib/imports/validate-roster-rows";

const KINDS: KindLookup[] = [
  { id: "kstreet", code: "street", name: "街道", nameEn: "Street", parentCodes: ["district"], allowRoot: true },
  { id: "kcommunity", code: "community", name: "社区", nameEn: "Community", parentCodes: ["street"], allowRoot: false },
  { id: "kcompound", code: "compound", name: "小区", nameEn: "Residential compound", parentCodes: ["community"], allowRoot: false },
  { id: "kbranch", code: "party_branch", name: "党支部", nameEn: "Party branch", parentCodes: ["community", "compound"], allowRoot: false },
];

const existing = (list: ExistingNode[]) => new Map(list.map((n) => [n.code, n]));
const STREET: ExistingNode = { id: "street1", code: "JD1", path: "/root/street1/", depth: 1, kindCode: "street", kindName: "街道", archived: false };
const OTHER: ExistingNode = { id: "street2", code: "JD2", path: "/root/street2/", depth: 1, kindCode: "street", kindName: "街道", archived: false };
const OLD: ExistingNode = { id: "old1", code: "OLD", path: "/root/street1/old1/", depth: 2, kindCode: "community", kindName: "社区", archived: true };
const TAKEN: ExistingNode = { id: "sq9", code: "SQ9", path: "/root/street2/sq9/", depth: 2, kindCode: "community", kindName: "社区", archived: false };

function rows(...list: Record<string, CellValue>[]): ParsedRow[] {
  return list.map((values, i) => ({ row: i + 2, values }));
}

let seq = 0;
function orgLookups(extra: Partial<OrgLookups> = {}): OrgLookups {
  return {
    kinds: KINDS,
    existing: existing([STREET, OTHER, OLD, TAKEN]),
    scopePaths: ["/root/street1/"],
    maxSortOrder: new Map([["street1", 4]]),
    newId: () => `n${++seq}`,
    ...extra,
  };
}

const errorsOf = (r: { ok: boolean; errors?: RowError[] }) => (r.ok ? [] : r.errors!.map((e) => [e.row, e.column, e.message]));

describe("validateOrgRows", () => {
  it("plans a valid tree parents first, with paths, depths and sort orders", () => {
    const result = validateOrgRows(
      rows(
        { parentCode: "SQ1", code: "XQ1", name: "一号小区", kind: "小区", sortOrder: null },
        { parentCode: "JD1", code: "SQ1", name: "一社区", kind: "community", sortOrder: null },
        { parentCode: "XQ1", code: "ZB1", name: "一支部", kind: "Party branch", sortOrder: 7 },
        { parentCode: "JD1", code: "SQ2", name: "二社区", kind: "社区", sortOrder: null },
      ),
      orgLookups(),
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const byCode = new Map(result.nodes.map((n) => [n.code, n]));
    const order = result.nodes.map((n) => n.code);
    expect(order.indexOf("SQ1")).toBeLessThan(order.indexOf("XQ1"));
    expect(order.indexOf("XQ1")).toBeLessThan(order.indexOf("ZB1"));
    const sq1 = byCode.get("SQ1")!;
    expect(sq1).toMatchObject({ parentId: "street1", depth: 2, path: `/root/street1/${sq1.id}/`, kindId: "kcommunity", sortOrder: 5 });
    expect(byCode.get("SQ2")!.sortOrder).toBe(6);
    const xq1 = byCode.get("XQ1")!;
    expect(xq1).toMatchObject({ parentId: sq1.id, depth: 3, path: `${sq1.path}${xq1.id}/`, sortOrder: 1 });
    expect(byCode.get("ZB1")).toMatchObject({ parentId: xq1.id, depth: 4, sortOrder: 7 });
  });

  it("reports every kind of error with its row number and column", () => {
    const result = validateOrgRows(
      rows(
        /* 2 */ { parentCode: "JD1", code: "SQ1", name: "一社区", kind: "社区", sortOrder: null },
        /* 3 */ { parentCode: "JD1", code: "SQ1", name: "重复", kind: "社区", sortOrder: null },
        /* 4 */ { parentCode: "JD1", code: "SQ9", name: "已有", kind: "社区", sortOrder: null },
        /* 5 */ { parentCode: "JD1", code: "bad code!", name: "坏编码", kind: "社区", sortOrder: null },
        /* 6 */ { parentCode: null, code: null, name: null, kind: null, sortOrder: "x" },
        /* 7 */ { parentCode: "JD1", code: "SQ3", name: "未知类型", kind: "村委会", sortOrder: -1 },
        /* 8 */ { parentCode: "JD1", code: "XQ1", name: "小区放错", kind: "小区", sortOrder: null },
        /* 9 */ { parentCode: "JD2", code: "SQ4", name: "范围外", kind: "社区", sortOrder: null },
        /* 10 */ { parentCode: "NOPE", code: "SQ5", name: "不存在", kind: "社区", sortOrder: null },
        /* 11 */ { parentCode: "OLD", code: "XQ2", name: "归档", kind: "小区", sortOrder: null },
        /* 12 */ { parentCode: "SELF", code: "SELF", name: "自己", kind: "社区", sortOrder: null },
        /* 13 */ { parentCode: "LOOP2", code: "LOOP1", name: "环1", kind: "社区", sortOrder: null },
        /* 14 */ { parentCode: "LOOP1", code: "LOOP2", name: "环2", kind: "社区", sortOrder: null },
        /* 15 */ { parentCode: "JD1", code: "SQ6", name: "长".repeat(101), kind: "社区", sortOrder: null },
      ),
      orgLookups(),
    );
    expect(result.ok).toBe(false);
    expect(errorsOf(result)).toEqual([
      [3, "code", "imports.errors.codeDuplicateInFile"],
      [4, "code", "imports.errors.codeTaken"],
      [5, "code", "imports.errors.codeFormat"],
      [6, "parentCode", "imports.errors.required"],
      [6, "code", "imports.errors.required"],
      [6, "name", "imports.errors.required"],
      [6, "kind", "imports.errors.required"],
      [6, "sortOrder", "imports.errors.sortOrder"],
      [7, "kind", "imports.errors.kindUnknown"],
      [7, "sortOrder", "imports.errors.sortOrder"],
      [8, "kind", "imports.errors.kindNotAllowed"],
      [9, "parentCode", "imports.errors.parentNotFound"],
      [10, "parentCode", "imports.errors.parentNotFound"],
      [11, "parentCode", "imports.errors.parentArchived"],
      [12, "parentCode", "imports.errors.parentSelf"],
      [13, "parentCode", "imports.errors.cycle"],
      [13, "kind", "imports.errors.kindNotAllowed"], // 社区 under 社区, besides the loop
      [14, "parentCode", "imports.errors.cycle"],
      [14, "kind", "imports.errors.kindNotAllowed"],
      [15, "name", "imports.errors.tooLong"],
    ]);
    const errors = (result as { errors: RowError[] }).errors;
    expect(errors.find((e) => e.row === 3)).toMatchObject({ params: { first: 2 }, value: "SQ1" });
    expect(errors.find((e) => e.row === 8)).toMatchObject({ params: { kind: "小区", parent: "街道" } });
    expect(errors.find((e) => e.row === 13)).toMatchObject({ params: { rows: "13、14" } });
  });

  it("checks kinds against parents that are rows of the same file", () => {
    const result = validateOrgRows(
      rows(
        { parentCode: "JD1", code: "SQ1", name: "社区", kind: "社区", sortOrder: null },
        { parentCode: "SQ1", code: "SQ2", name: "社区下的社区", kind: "社区", sortOrder: null },
      ),
      orgLookups(),
    );
    expect(errorsOf(result)).toEqual([[3, "kind", "imports.errors.kindNotAllowed"]]);
  });

  it("places a 2,000-level chain without recursion", () => {
    const list: Record<string, CellValue>[] = [];
    for (let i = 0; i < 2000; i++) list.push({ parentCode: i === 0 ? "JD1" : `C${i - 1}`, code: `C${i}`, name: `单位${i}`, kind: i === 0 ? "社区" : "小区", sortOrder: null });
    // 小区 under 小区 is not allowed: make the kinds permissive for this shape test.
    const kinds = KINDS.map((k) => (k.code === "compound" ? { ...k, parentCodes: ["community", "compound"] } : k));
    const result = validateOrgRows(rows(...list.reverse()), orgLookups({ kinds }));
    expect(result.ok).toBe(true);
    if (result.ok) expect(Math.max(...result.nodes.map((n) => n.depth))).toBe(2001);
  });
});

function rosterLookups(extra: Partial<RosterLookups> = {}): RosterLookups {
  return {
    nodes: new Map([
      ["SQ1", { id: "sq1", code: "SQ1", path: "/root/street1/sq1/", archived: false }],
      ["OLD", { id: "old1", code: "OLD", path: "/root/street1/old1/", archived: true }],
      ["OUT", { id: "out1", code: "OUT", path: "/root/street2/out1/", archived: false }],
    ]),
    scopePaths: ["/root/street1/"],
    existingPhones: new Set(["13900000000"]),
    ...extra,
  };
}

const person = (values: Record<string, CellValue>) => ({ unitCode: "SQ1", name: "张三", phone: null, isPartyMember: null, joinedAt: null, note: null, ...values });

describe("validateRosterRows", () => {
  it("turns valid rows into people with flags, phone and date", () => {
    const result = validateRosterRows(
      rows(
        person({ phone: 13800000001, isPartyMember: "是", isVolunteer: true, joinedAt: new Date(Date.UTC(2020, 0, 2, 8)) }),
        person({ name: "李四", phone: " 138 0000 0002 ", isCadre: "否", joinedAt: "2021-3-4", note: "楼长" }),
        person({ name: "王五", phone: "010-12345678" }),
      ),
      rosterLookups(),
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.people[0]).toMatchObject({ row: 2, nodeId: "sq1", phone: "13800000001", isPartyMember: true, isVolunteer: true, isCadre: false });
    expect(result.people[0].joinedAt?.toISOString()).toBe("2020-01-02T00:00:00.000Z");
    expect(result.people[1]).toMatchObject({ phone: "13800000002", note: "楼长" });
    expect(result.people[1].joinedAt?.toISOString()).toBe("2021-03-04T00:00:00.000Z");
    expect(result.people[2]).toMatchObject({ phone: "010-12345678", isPartyMember: false, joinedAt: null, note: null });
  });

  it("reports every kind of error with its row number and column", () => {
    const result = validateRosterRows(
      rows(
        /* 2 */ person({ phone: "13800000001" }),
        /* 3 */ person({ phone: "13800000001" }),
        /* 4 */ person({ phone: "13900000000" }),
        /* 5 */ person({ phone: "12345" }),
        /* 6 */ person({ unitCode: null, name: null }),
        /* 7 */ person({ unitCode: "NOPE" }),
        /* 8 */ person({ unitCode: "OUT" }),
        /* 9 */ person({ unitCode: "OLD" }),
        /* 10 */ person({ isPartyMember: "也许" }),
        /* 11 */ person({ joinedAt: "2023-02-30" }),
        /* 12 */ person({ joinedAt: "1850-01-01" }),
        /* 13 */ person({ name: "长".repeat(51), note: "注".repeat(501) }),
      ),
      rosterLookups(),
    );
    expect(errorsOf(result)).toEqual([
      [3, "phone", "imports.errors.phoneDuplicateInFile"],
      [4, "phone", "imports.errors.phoneTaken"],
      [5, "phone", "imports.errors.phone"],
      [6, "unitCode", "imports.errors.required"],
      [6, "name", "imports.errors.required"],
      [7, "unitCode", "imports.errors.unitNotFound"],
      [8, "unitCode", "imports.errors.unitNotFound"],
      [9, "unitCode", "imports.errors.unitArchived"],
      [10, "isPartyMember", "imports.errors.flag"],
      [11, "joinedAt", "imports.errors.date"],
      [12, "joinedAt", "imports.errors.dateRange"],
      [13, "name", "imports.errors.tooLong"],
      [13, "note", "imports.errors.tooLong"],
    ]);
    expect((result as { errors: RowError[] }).errors[0]).toMatchObject({ params: { first: 2 }, value: "13800000001" });
  });
});

describe("cell conversions", () => {
  it("reads 是/否 in the spellings people type", () => {
    expect(["是", "Y", "yes", "TRUE", "1", "√", true].map((v) => parseFlag(v))).toEqual(Array(7).fill(true));
    expect(["否", "n", "No", "0", null, "", false].map((v) => parseFlag(v))).toEqual(Array(7).fill(false));
    expect(parseFlag("可能")).toBeUndefined();
  });

  it("reads dates from date cells, text and Excel serial numbers", () => {
    expect(parseDateCell("2024/3/1")).toEqual({ ok: true, date: new Date(Date.UTC(2024, 2, 1)) });
    expect(parseDateCell("2024年3月1日")).toEqual({ ok: true, date: new Date(Date.UTC(2024, 2, 1)) });
    expect(parseDateCell(45352)).toEqual({ ok: true, date: new Date(Date.UTC(2024, 2, 1)) });
    expect(parseDateCell(null)).toEqual({ ok: true, date: null });
    expect(parseDateCell("03/01/2024")).toEqual({ ok: false, message: "imports.errors.date" });
  });
});
