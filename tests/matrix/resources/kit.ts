// What every matrix resource is made of: the op definitions, how targets are placed at the world's positions, and
// the lazy loader for the data layer. The data-layer calls are imported lazily: the HTTP tier (Playwright) shares
// these definitions but never runs them, and the data layer is server-only.
import type { Actor } from "@/lib/access/actor";
import type { Rule, Target } from "../relations";
import { positions, type World } from "../world";

export function lazy<M, K extends keyof M>(load: () => Promise<M>, key: K): M[K] {
  return ((...args: unknown[]) => load().then((m) => (m[key] as (...a: unknown[]) => unknown)(...args))) as M[K];
}

export type BaseOp = "read" | "list" | "update" | "delete";
/** An op, or a variant of one when a model is reached by more than one call ("update:confirm", "read:report"). */
export type Op = BaseOp | `${BaseOp}:${string}`;

export type Prepared = { target: Target; data: Record<string, string> };

export type OpDef = {
  rule: Rule;
  /** Targets for this op (one per position; mutation ops get a fresh row for every actor). */
  prepare: (w: World, actor: Actor) => Promise<Prepared[]>;
  run: (actor: Actor, p: Prepared) => Promise<unknown>;
  /** For list ops and quiet refusals: did the call reach the target? Default: it resolved. */
  reached?: (result: unknown, p: Prepared) => boolean;
  /**
   * Errors besides NOT_FOUND and FORBIDDEN that mean "refused" for this op, e.g. a self-service call by someone with
   * no person record, or "you have no open check-in" when the row named is somebody else's.
   */
  refused?: (code: string, messageKey: string) => boolean;
  /** The row as the owner sees it, to prove a refused call changed nothing. */
  snapshot: (w: World, p: Prepared) => Promise<unknown>;
};

export type Resource = { model: string; ops: Partial<Record<Op, OpDef>> };

export const json = (v: unknown) => JSON.stringify(v, (_k, x) => (typeof x === "bigint" ? x.toString() : x));

export type Pos = ReturnType<typeof positions>[number];

/** One target per position, made by `make`. */
export function atPositions(filter: (label: string, kindCode: string) => boolean, make: (w: World, pos: Pos) => Promise<Prepared>) {
  return async (w: World) => Promise.all(positions(w).filter((p) => filter(p.label, p.node.kindCode)).map((p) => make(w, p)));
}

export const everywhere = () => true;
export const compounds = (_l: string, kind: string) => kind === "compound";
/** Where bin points, ledgers and the like live: areas (compound, village, community). */
export const areas = (_l: string, kind: string) => ["compound", "village", "community"].includes(kind);

// Read and list targets are made once per world and shared; mutation targets are made per actor.
const shared = new WeakMap<World, Map<string, Promise<Prepared[]>>>();
export function once(key: string, f: (w: World) => Promise<Prepared[]>) {
  return (w: World) => {
    let m = shared.get(w);
    if (!m) shared.set(w, (m = new Map()));
    if (!m.has(key)) m.set(key, f(w));
    return m.get(key)!;
  };
}

export const nodeTarget = (t: { tenantId: string }, node: { id: string; path: string; name?: string }): Prepared => ({
  target: { id: node.id, tenantId: t.tenantId, path: node.path },
  data: { name: node.name ?? "" },
});

/** The refusal a self-service call gives someone without a person record (nothing of theirs to act on). */
export const noPerson = (_code: string, key: string) => key === "errors.noPerson";
