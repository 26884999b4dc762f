// How a matrix tier runs one op for every actor. Targets are prepared per actor first (shared ones are made once).
// Reads are checked for changes once for all actors (every target's row before the first call and after the last),
// and run side by side. Writes run side by side only when no two actors share a target (each actor's calls touch
// rows nobody else's calls look at); writes to shared targets run one actor after the other, so the row around
// each refused call is the refused call's alone.
import type { Actor } from "@/lib/access/actor";
import { json, type Op, type OpDef, type Prepared } from "./resources/index";
import type { World } from "./world";

export type ActorRun = (entry: [string, Actor], targets: Prepared[]) => Promise<void>;

export const isReadOp = (op: Op) => /^(read|list)(:|$)/.test(op);

export async function planRun(w: World, op: Op, def: OpDef) {
  const actors = Object.entries(w.actors) as [string, Actor][];
  const targets = new Map<string, Prepared[]>();
  for (const [role, actor] of actors) targets.set(role, await def.prepare(w, actor));
  const readOnly = isReadOp(op);
  const owners = new Map<string, string>();
  let shared = false;
  for (const [role, list] of targets) {
    for (const p of list) {
      const key = `${p.target.tenantId}:${p.target.id}`;
      const seen = owners.get(key);
      if (seen && seen !== role) shared = true;
      owners.set(key, role);
    }
  }
  const unique = [...new Set([...targets.values()].flat())];
  const rowsBefore = readOnly ? await Promise.all(unique.map(async (p) => json(await def.snapshot(w, p)))) : [];

  return {
    readOnly,
    async run(each: ActorRun) {
      if (readOnly || !shared) await Promise.all(actors.map((a) => each(a, targets.get(a[0])!)));
      else for (const a of actors) await each(a, targets.get(a[0])!);
    },
    /** For reads: the targets whose rows changed while every actor read them. */
    async unchanged(): Promise<string[]> {
      if (!readOnly) return [];
      const after = await Promise.all(unique.map(async (p) => json(await def.snapshot(w, p))));
      return unique.flatMap((p, i) => (after[i] === rowsBefore[i] ? [] : [`${op} on ${p.target.id}: a read changed the row`]));
    },
  };
}
