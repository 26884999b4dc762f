// A campaign's area is the set of subtrees it reaches: the owner's subtree (scope SUBTREE) or the chosen units'
// subtrees (scope UNITS). What an actor sees of it is the area cut down to the actor's own scope. Pure.

/** Drop paths that lie inside another path of the list. */
export function minimalPaths(paths: string[]): string[] {
  const sorted = [...new Set(paths)].sort((a, b) => a.length - b.length);
  const kept: string[] = [];
  for (const p of sorted) if (!kept.some((k) => p.startsWith(k))) kept.push(p);
  return kept;
}

/** The subtrees lying in both lists: for each pair, the deeper of the two when one contains the other. */
export function intersectPaths(a: string[], b: string[]): string[] {
  const out: string[] = [];
  for (const x of a) {
    for (const y of b) {
      if (x.startsWith(y)) out.push(x);
      else if (y.startsWith(x)) out.push(y);
    }
  }
  return minimalPaths(out);
}

export function inPaths(path: string, paths: string[]): boolean {
  return paths.some((p) => path.startsWith(p));
}

/** LIKE patterns of the paths, for raw SQL (`path LIKE ANY(...)`); ids hold no LIKE wildcards. */
export function likePatterns(paths: string[]): string[] {
  return paths.map((p) => `${p}%`);
}
