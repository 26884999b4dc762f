// The rules an organisation-tree file must pass before anything is written, and the write plan when it does:
// ids, materialized paths and depths, parents before children. Pure: the lookups come from the caller.
import { childPath, mayPlaceUnder } from "../org/tree-rules";
import { cellText, parseOptionalInt, sortErrors, type ParsedRow, type RowError } from "./cells";
import { drain, PROGRESS_EVERY } from "./steps";
import { ORG_COLUMNS } from "./templates";

export type KindLookup = { id: string; code: string; name: string; nameEn?: string | null; parentCodes: string[]; allowRoot: boolean };

export type ExistingNode = { id: string; code: string; path: string; depth: number; kindCode: string; kindName: string; archived: boolean };

export type OrgLookups = {
  kinds: KindLookup[];
  /** Nodes of the tenant whose code appears in the file (as a unit code or as a parent code), by code. */
  existing: Map<string, ExistingNode>;
  /** Subtrees new nodes may hang in: the target node's path, already checked against org.write. */
  scopePaths: string[];
  /** Highest sortOrder among the current children of existing parents, by parent id. */
  maxSortOrder?: Map<string, number>;
  newId: () => string;
};

export type PlannedNode = {
  row: number;
  id: string;
  kindId: string;
  name: string;
  code: string;
  parentId: string;
  path: string;
  depth: number;
  sortOrder: number;
};

export type OrgValidation = { ok: true; nodes: PlannedNode[] } | { ok: false; errors: RowError[] };

export const CODE_PATTERN = /^[A-Za-z0-9_.-]{1,50}$/;
export const MAX_NODE_NAME = 100;
export const MAX_SORT_ORDER = 1_000_000;

type Entry = {
  row: number;
  code: string;
  name: string;
  kind: KindLookup | null;
  sortOrder: number | null;
  parentCode: string;
  /** Resolved parent: another entry of the file, or an existing node. */
  parentEntry?: Entry;
  parentNode?: ExistingNode;
  planned?: PlannedNode;
};

function kindFinder(kinds: KindLookup[]) {
  const byKey = new Map<string, KindLookup>();
  for (const k of kinds) {
    byKey.set(k.code.toLowerCase(), k);
    if (k.nameEn) byKey.set(k.nameEn.toLowerCase(), k);
  }
  // Names win over codes and English names: they are what the template's drop-down offers.
  for (const k of kinds) byKey.set(k.name.toLowerCase(), k);
  return (text: string) => byKey.get(text.toLowerCase()) ?? null;
}

/** Validation as steps: yields the number of rows checked every PROGRESS_EVERY rows, returns the outcome. */
export function* validateOrgRowsSteps(rows: ParsedRow[], lookups: OrgLookups): Generator<number, OrgValidation> {
  const errors: RowError[] = [];
  const fail = (row: number, column: string | null, message: string, value?: string, params?: RowError["params"]) =>
    errors.push({ row, column, message, ...(params ? { params } : {}), ...(value ? { value } : {}) });
  const findKind = kindFinder(lookups.kinds);
  const inFile = new Map<string, Entry>();
  const entries: Entry[] = [];

  // 1. Each row on its own, and codes against the file so far and the tenant.
  for (const [i, { row, values }] of rows.entries()) {
    const code = cellText(values.code);
    const name = cellText(values.name);
    const kindText = cellText(values.kind);
    const parentCode = cellText(values.parentCode);
    if (!code) fail(row, "code", "imports.errors.required");
    else if (!CODE_PATTERN.test(code)) fail(row, "code", "imports.errors.codeFormat", code);
    else if (inFile.has(code)) fail(row, "code", "imports.errors.codeDuplicateInFile", code, { first: inFile.get(code)!.row });
    else if (lookups.existing.has(code)) fail(row, "code", "imports.errors.codeTaken", code);
    if (!name) fail(row, "name", "imports.errors.required");
    else if (name.length > MAX_NODE_NAME) fail(row, "name", "imports.errors.tooLong", name, { max: MAX_NODE_NAME });
    const kind = kindText ? findKind(kindText) : null;
    if (!kindText) fail(row, "kind", "imports.errors.required");
    else if (!kind) fail(row, "kind", "imports.errors.kindUnknown", kindText);
    const sort = parseOptionalInt(values.sortOrder, 0, MAX_SORT_ORDER);
    if (!sort.ok) fail(row, "sortOrder", "imports.errors.sortOrder", cellText(values.sortOrder), { max: MAX_SORT_ORDER });
    if (!parentCode) fail(row, "parentCode", "imports.errors.required");
    const entry: Entry = { row, code, name, kind, sortOrder: sort.ok ? sort.value : null, parentCode };
    entries.push(entry);
    if (code && !inFile.has(code)) inFile.set(code, entry);
    if ((i + 1) % PROGRESS_EVERY === 0) yield i + 1;
  }

  // 2. Parents: an existing node in scope, or another row of the file; and the kind rules under them.
  const inScope = (path: string) => lookups.scopePaths.some((p) => path.startsWith(p));
  for (const e of entries) {
    if (!e.parentCode) continue;
    if (e.parentCode === e.code) {
      fail(e.row, "parentCode", "imports.errors.parentSelf", e.parentCode);
      continue;
    }
    const node = lookups.existing.get(e.parentCode);
    if (node) {
      if (!inScope(node.path)) fail(e.row, "parentCode", "imports.errors.parentNotFound", e.parentCode);
      else if (node.archived) fail(e.row, "parentCode", "imports.errors.parentArchived", e.parentCode);
      else e.parentNode = node;
    } else if (inFile.has(e.parentCode)) {
      e.parentEntry = inFile.get(e.parentCode);
    } else {
      fail(e.row, "parentCode", "imports.errors.parentNotFound", e.parentCode);
    }
    const parentKind = e.parentNode
      ? { code: e.parentNode.kindCode, name: e.parentNode.kindName }
      : e.parentEntry?.kind
        ? { code: e.parentEntry.kind.code, name: e.parentEntry.kind.name }
        : null;
    if (e.kind && parentKind && !mayPlaceUnder(e.kind, parentKind.code)) {
      fail(e.row, "kind", "imports.errors.kindNotAllowed", e.kind.name, { kind: e.kind.name, parent: parentKind.name });
    }
  }

  // 3. Cycles among rows of the file (A under B, B under A): every row on the loop is reported.
  const state = new Map<Entry, "visiting" | "done">();
  for (const start of entries) {
    const stack: Entry[] = [];
    let e: Entry | undefined = start;
    while (e && !state.has(e)) {
      state.set(e, "visiting");
      stack.push(e);
      e = e.parentEntry;
    }
    if (e && state.get(e) === "visiting") {
      const loop = stack.slice(stack.indexOf(e));
      const rowsText = loop.map((l) => l.row).join("、");
      for (const l of loop) fail(l.row, "parentCode", "imports.errors.cycle", l.parentCode, { rows: rowsText });
    }
    for (const s of stack) state.set(s, "done");
  }

  if (errors.length) return { ok: false, errors: sortErrors(errors, ORG_COLUMNS.map((c) => c.key)) };
  return { ok: true, nodes: plan(entries, lookups) };
}

/** Ids, paths and depths, parents first; a blank sort order continues after the parent's last child. */
function plan(entries: Entry[], lookups: OrgLookups): PlannedNode[] {
  const out: PlannedNode[] = [];
  const nextSort = new Map<string, number>();
  const place = (e: Entry) => {
    const parent = e.parentNode ?? e.parentEntry!.planned!;
    const id = lookups.newId();
    const last = nextSort.get(parent.id) ?? lookups.maxSortOrder?.get(parent.id) ?? 0;
    const sortOrder = e.sortOrder ?? last + 1;
    nextSort.set(parent.id, Math.max(last, sortOrder));
    e.planned = { row: e.row, id, kindId: e.kind!.id, name: e.name, code: e.code, parentId: parent.id, path: childPath(parent.path, id), depth: parent.depth + 1, sortOrder };
    out.push(e.planned);
  };
  for (const start of entries) {
    // Walk up to the first placed ancestor (or an existing node), then place downwards: no recursion, so a
    // 20,000-level chain cannot overflow the stack.
    const chain: Entry[] = [];
    for (let e: Entry | undefined = start; e && !e.planned; e = e.parentEntry) chain.push(e);
    for (let i = chain.length - 1; i >= 0; i--) place(chain[i]);
  }
  return out;
}

export function validateOrgRows(rows: ParsedRow[], lookups: OrgLookups): OrgValidation {
  return drain(validateOrgRowsSteps(rows, lookups));
}
