// Pure rules of the organisation tree: where a kind may sit, and how paths change when a subtree moves.

export type KindRule = { code: string; parentCodes: string[]; allowRoot: boolean };

export function mayPlaceUnder(kind: KindRule, parentKindCode: string | null): boolean {
  if (parentKindCode === null) return kind.allowRoot;
  return kind.parentCodes.includes(parentKindCode);
}

export const ID_PATTERN = /^[a-z0-9]{1,40}$/;

export function childPath(parentPath: string | null, id: string): string {
  if (!ID_PATTERN.test(id)) throw new Error(`Invalid node id: ${id}`);
  return `${parentPath ?? "/"}${id}/`;
}

export function idsOnPath(path: string): string[] {
  return path.split("/").filter(Boolean);
}

/** A node may not move under itself or one of its descendants. */
export function wouldCreateCycle(nodePath: string, newParentPath: string): boolean {
  return newParentPath.startsWith(nodePath);
}
