// The rules a roster file must pass before anything is written, and the rows to insert when it does. Pure.
import { phone as phoneSchema } from "../people/schemas";
import { cellText, parseDateCell, parseFlag, sortErrors, type ParsedRow, type RowError } from "./cells";
import { drain, PROGRESS_EVERY } from "./steps";
import { FLAG_COLUMNS, ROSTER_COLUMNS, type FlagKey } from "./templates";

export type RosterNode = { id: string; code: string; path: string; archived: boolean };

export type RosterLookups = {
  /** Nodes of the tenant whose code appears in the file, by code. */
  nodes: Map<string, RosterNode>;
  /** Subtrees people may be added to: the target node's path, already checked against people.write. */
  scopePaths: string[];
  /** Phone numbers of the file already on the tenant's active roster. */
  existingPhones: Set<string>;
};

export type PlannedPerson = {
  row: number;
  nodeId: string;
  name: string;
  phone: string | null;
  joinedAt: Date | null;
  note: string | null;
} & Record<FlagKey, boolean>;

export type RosterValidation = { ok: true; people: PlannedPerson[] } | { ok: false; errors: RowError[] };

export const MAX_PERSON_NAME = 50;
export const MAX_NOTE = 500;

/** Phone numbers as typed: spaces inside ("138 0000 1111") are dropped before the format check. */
export function normalizePhone(text: string): string {
  return text.replace(/\s+/g, "");
}

export function* validateRosterRowsSteps(rows: ParsedRow[], lookups: RosterLookups): Generator<number, RosterValidation> {
  const errors: RowError[] = [];
  const fail = (row: number, column: string | null, message: string, value?: string, params?: RowError["params"]) =>
    errors.push({ row, column, message, ...(params ? { params } : {}), ...(value ? { value } : {}) });
  const inScope = (path: string) => lookups.scopePaths.some((p) => path.startsWith(p));
  const phonesInFile = new Map<string, number>();
  const people: PlannedPerson[] = [];

  for (const [i, { row, values }] of rows.entries()) {
    const before = errors.length;
    const unitCode = cellText(values.unitCode);
    const node = unitCode ? lookups.nodes.get(unitCode) : undefined;
    if (!unitCode) fail(row, "unitCode", "imports.errors.required");
    else if (!node || !inScope(node.path)) fail(row, "unitCode", "imports.errors.unitNotFound", unitCode);
    else if (node.archived) fail(row, "unitCode", "imports.errors.unitArchived", unitCode);

    const name = cellText(values.name);
    if (!name) fail(row, "name", "imports.errors.required");
    else if (name.length > MAX_PERSON_NAME) fail(row, "name", "imports.errors.tooLong", name, { max: MAX_PERSON_NAME });

    const phoneText = normalizePhone(cellText(values.phone));
    let phone: string | null = null;
    if (phoneText) {
      const parsed = phoneSchema.safeParse(phoneText);
      if (!parsed.success) fail(row, "phone", "imports.errors.phone", phoneText);
      else if (phonesInFile.has(parsed.data)) fail(row, "phone", "imports.errors.phoneDuplicateInFile", phoneText, { first: phonesInFile.get(parsed.data)! });
      else if (lookups.existingPhones.has(parsed.data)) fail(row, "phone", "imports.errors.phoneTaken", phoneText);
      if (parsed.success) {
        phone = parsed.data;
        if (!phonesInFile.has(phone)) phonesInFile.set(phone, row);
      }
    }

    const flags = {} as Record<FlagKey, boolean>;
    for (const f of FLAG_COLUMNS) {
      const v = parseFlag(values[f.key]);
      if (v === undefined) fail(row, f.key, "imports.errors.flag", cellText(values[f.key]));
      flags[f.key] = v ?? false;
    }

    const joined = parseDateCell(values.joinedAt);
    if (!joined.ok) fail(row, "joinedAt", joined.message, cellText(values.joinedAt));

    const note = cellText(values.note);
    if (note.length > MAX_NOTE) fail(row, "note", "imports.errors.tooLong", `${note.slice(0, 20)}…`, { max: MAX_NOTE });

    if (errors.length === before && node) {
      people.push({ row, nodeId: node.id, name, phone, ...flags, joinedAt: joined.ok ? joined.date : null, note: note || null });
    }
    if ((i + 1) % PROGRESS_EVERY === 0) yield i + 1;
  }

  if (errors.length) return { ok: false, errors: sortErrors(errors, ROSTER_COLUMNS.map((c) => c.key)) };
  return { ok: true, people };
}

export function validateRosterRows(rows: ParsedRow[], lookups: RosterLookups): RosterValidation {
  return drain(validateRosterRowsSteps(rows, lookups));
}
