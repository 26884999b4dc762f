// The two Excel layouts we import: their columns (Chinese headers, the words users see in the file, plus English
// aliases), and the downloadable template built from them. Pure: no database.
import ExcelJS from "exceljs";
import type { ImportKind } from "../generated/prisma/enums";
import { LINK_COLUMNS } from "../links/import-rows";

export type ColumnDef = {
  /** Stable key: what validators, error rows and translations (imports.columns.<key>) use. */
  key: string;
  /** The header in the file, exactly as the template writes it. */
  header: string;
  /** Other headers accepted for this column (compared without case, spaces, underscores or dashes). */
  aliases: string[];
  required: boolean;
  width: number;
  /** Excel number format for the column: "@" keeps codes and phone numbers as text. */
  numFmt?: string;
  /** A drop-down of allowed values in the template. */
  choices?: "yesNo" | "kinds";
};

export const ORG_COLUMNS: ColumnDef[] = [
  { key: "parentCode", header: "上级单位编码", aliases: ["parent code", "parentcode", "parent"], required: true, width: 16, numFmt: "@" },
  { key: "code", header: "单位编码", aliases: ["code", "unit code", "unitcode"], required: true, width: 16, numFmt: "@" },
  { key: "name", header: "单位名称", aliases: ["name", "unit name", "unitname"], required: true, width: 28 },
  { key: "kind", header: "单位类型", aliases: ["kind", "type", "unit type", "unittype"], required: true, width: 16, choices: "kinds" },
  { key: "sortOrder", header: "排序", aliases: ["sort", "sort order", "sortorder", "order"], required: false, width: 8 },
];

export const FLAG_COLUMNS = [
  { key: "isPartyMember", header: "党员", aliases: ["party member", "partymember"] },
  { key: "isUnionMember", header: "工会会员", aliases: ["union member", "unionmember"] },
  { key: "isModelWorker", header: "劳模", aliases: ["model worker", "modelworker"] },
  { key: "isVolunteer", header: "志愿者", aliases: ["volunteer"] },
  { key: "isCadre", header: "干部", aliases: ["cadre"] },
] as const;

export type FlagKey = (typeof FLAG_COLUMNS)[number]["key"];

export const ROSTER_COLUMNS: ColumnDef[] = [
  { key: "unitCode", header: "单位编码", aliases: ["unit code", "unitcode", "code"], required: true, width: 16, numFmt: "@" },
  { key: "name", header: "姓名", aliases: ["name"], required: true, width: 12 },
  { key: "phone", header: "手机号", aliases: ["phone", "mobile", "手机", "手机号码", "联系电话"], required: false, width: 16, numFmt: "@" },
  ...FLAG_COLUMNS.map((f) => ({ ...f, aliases: [...f.aliases], required: false, width: 9, choices: "yesNo" as const })),
  { key: "joinedAt", header: "入职日期", aliases: ["joined", "joined at", "joinedat", "join date", "入职时间"], required: false, width: 13, numFmt: "yyyy-mm-dd" },
  { key: "note", header: "备注", aliases: ["note", "remark", "remarks"], required: false, width: 30 },
];

export function columnsOf(kind: ImportKind): ColumnDef[] {
  return kind === "ORG_TREE" ? ORG_COLUMNS : kind === "ROSTER" ? ROSTER_COLUMNS : LINK_COLUMNS;
}

/** The kind in URLs and message keys: imports.columns.<slug>.<key>, imports.rules.<slug>.<key>. */
export const KIND_SLUGS = { ORG_TREE: "org", ROSTER: "roster", HOUSEHOLD_LINKS: "links" } as const satisfies Record<ImportKind, string>;
export type KindSlug = (typeof KIND_SLUGS)[ImportKind];
export const kindOfSlug = (slug: string): ImportKind | null =>
  (Object.keys(KIND_SLUGS) as ImportKind[]).find((k) => KIND_SLUGS[k] === slug) ?? null;

const SHEET_NAMES: Record<ImportKind, string> = { ORG_TREE: "组织架构", ROSTER: "人员花名册", HOUSEHOLD_LINKS: "党员联户" };

/** Header text → the form we compare: no spaces, no required-marks or notes in brackets, lower case. */
export function normalizeHeader(text: string): string {
  return text
    .replace(/[（(][^）)]*[）)]/g, "")
    .replace(/[\s*＊_\-:：]/g, "")
    .toLowerCase();
}

export type TemplateKind = { code: string; name: string; parentCodes: string[]; allowRoot: boolean };
export type Translate = (key: string, params?: Record<string, string | number>) => string;

const EXAMPLES: Record<ImportKind, (ctx: { parentCode: string; kindName: string }) => (string | number | Date | null)[]> = {
  ORG_TREE: ({ parentCode, kindName }) => [parentCode, "SQ001", `示例${kindName}`, kindName, 1],
  ROSTER: ({ parentCode }) => [parentCode, "张三", "13800000000", "是", "否", "否", "是", "否", new Date(Date.UTC(2024, 2, 1)), ""],
  HOUSEHOLD_LINKS: ({ parentCode }) => [parentCode, "1号楼", "1单元", "101", "李四", "张三", "13800000000"],
};

/**
 * The template: one sheet with the header row (bold, frozen) and one grey example row, and a second sheet
 * 说明 with each column's rule and the tenant's unit types (name, code, where each may sit).
 */
export async function buildTemplate(
  kind: ImportKind,
  { kinds, t, parentCode, parentKindCode }: { kinds: TemplateKind[]; t: Translate; parentCode?: string | null; parentKindCode?: string | null },
): Promise<Buffer> {
  const columns = columnsOf(kind);
  const wb = new ExcelJS.Workbook();
  wb.creator = "ljfl-platform";
  const ws = wb.addWorksheet(SHEET_NAMES[kind], { views: [{ state: "frozen", ySplit: 1 }] });
  ws.columns = columns.map((c) => ({ header: c.header, key: c.key, width: c.width, style: c.numFmt ? { numFmt: c.numFmt } : {} }));
  const header = ws.getRow(1);
  header.font = { bold: true };
  header.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFF1F5F9" } };
  columns.forEach((c, i) => {
    if (c.required) header.getCell(i + 1).font = { bold: true, color: { argb: "FFB91C1C" } };
  });

  // The example row should pass: a kind that may sit under the target unit's kind, preferably one that has kinds
  // below it (社区 rather than 领导小组 under a street).
  const fitting = kinds.filter((k) => parentKindCode && k.parentCodes.includes(parentKindCode));
  const hasChildren = (k: TemplateKind) => kinds.some((c) => c.parentCodes.includes(k.code));
  const exampleKind = fitting.find(hasChildren) ?? fitting[0] ?? kinds.find((k) => !k.allowRoot) ?? kinds[0];
  const example = ws.addRow(EXAMPLES[kind]({ parentCode: parentCode || "JD001", kindName: exampleKind?.name ?? "" }));
  example.font = { italic: true, color: { argb: "FF64748B" } };

  const kindNames = kinds.map((k) => k.name).join(",");
  columns.forEach((c, i) => {
    const list = c.choices === "yesNo" ? '"是,否"' : c.choices === "kinds" && kindNames.length < 250 ? `"${kindNames}"` : null;
    if (!list) return;
    const letter = ws.getColumn(i + 1).letter;
    // exceljs takes a range here (it writes it as one sqref) though its typings only know single cells.
    const validations = (ws as unknown as { dataValidations: { add(range: string, v: ExcelJS.DataValidation): void } }).dataValidations;
    validations.add(`${letter}2:${letter}20001`, { type: "list", allowBlank: true, formulae: [list] });
  });

  const notes = wb.addWorksheet("说明");
  notes.columns = [{ width: 16 }, { width: 10 }, { width: 70 }];
  notes.addRow([t("imports.template.notesTitle")]).font = { bold: true, size: 13 };
  notes.addRow([t("imports.template.exampleRow")]);
  notes.addRow([]);
  notes.addRow([t("imports.template.column"), t("imports.template.required"), t("imports.template.rule")]).font = { bold: true };
  for (const c of columns) {
    notes.addRow([c.header, c.required ? t("imports.template.yes") : t("imports.template.no"), t(`imports.rules.${KIND_SLUGS[kind]}.${c.key}`)]);
  }
  notes.addRow([]);
  notes.addRow([t("imports.template.kindsTitle")]).font = { bold: true };
  notes.addRow([t("imports.template.kindName"), t("imports.template.kindCode"), t("imports.template.kindParents")]).font = { bold: true };
  const nameOf = new Map(kinds.map((k) => [k.code, k.name]));
  for (const k of kinds) {
    const parents = k.parentCodes.map((p) => nameOf.get(p) ?? p);
    if (k.allowRoot) parents.unshift(t("imports.template.root"));
    notes.addRow([k.name, k.code, parents.join("、")]);
  }
  notes.getColumn(3).alignment = { wrapText: true, vertical: "top" };
  return Buffer.from(await wb.xlsx.writeBuffer());
}
