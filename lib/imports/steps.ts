// Validators are generators so the same pure code serves unit tests (run to the end at once) and the import job
// (which awaits a progress update between steps, so a poller sees the count move).

/** Rows between two progress reports while reading and checking a file. */
export const PROGRESS_EVERY = 500;

export function drain<T>(steps: Generator<number, T>): T {
  let r = steps.next();
  while (!r.done) r = steps.next();
  return r.value;
}
