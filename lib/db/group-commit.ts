// Group commit for the hot statements (the session check and the report write): the requests that arrive while
// earlier calls are running wait for a free slot and then go to the database together, as one call with many
// items. Parsing, planning, the transaction and statement triggers are then paid once per batch; at low load
// nothing waits (a free slot takes the request at once, a batch of one). Batches hold items of one group (the
// tenant: the functions set it for their statement) and never two items with the same key (one row written
// twice in one statement is an error). A failed batch of several items is retried item by item, so one bad
// item (or a deadlock with another batch) fails only its own request; when the database itself is the problem,
// the batch's requests fail at once instead of waiting for it one after another.

export type GroupCommitOptions<I, O> = {
  /** Items of one group may share a call (the tenant). */
  group: (item: I) => string;
  /** Items with the same key never share a call (the same row). Without it, any items of a group may. */
  key?: (item: I) => string;
  /** One call for the batch; results in the items' order. */
  run: (items: I[]) => Promise<O[]>;
  maxBatch: number;
  /** Calls running at once (each holds a pool connection). */
  maxInFlight: number;
  /**
   * Whether a failed batch is worth retrying item by item: yes when one item may have caused it (a constraint, a
   * deadlock), no when every item would fail the same way (the database is unreachable): then all fail at once.
   */
  retryEach?: (error: unknown) => boolean;
};

/** The most requests one call of a hot statement takes (the app's and the benchmark's bare server's). */
export const HOT_BATCH_MAX = 64;

type Waiting<I, O> = { item: I; resolve: (o: O) => void; reject: (e: unknown) => void };

export type GroupCommit<I, O> = {
  (item: I): Promise<O>;
  /** Batches run and items in them so far (for tests and the benchmark). */
  readonly stats: { batches: number; items: number; largest: number; retried: number };
};

export function groupCommit<I, O>(opts: GroupCommitOptions<I, O>): GroupCommit<I, O> {
  const queue: Waiting<I, O>[] = [];
  const stats = { batches: 0, items: 0, largest: 0, retried: 0 };
  let inFlight = 0;
  let scheduled = false;

  /** The oldest waiting item's group, up to maxBatch items, skipping keys already taken (they wait for the next). */
  function take(): Waiting<I, O>[] {
    const group = opts.group(queue[0].item);
    const keys = new Set<string>();
    const batch: Waiting<I, O>[] = [];
    for (let i = 0; i < queue.length && batch.length < opts.maxBatch; ) {
      const w = queue[i];
      const k = opts.key?.(w.item);
      if (opts.group(w.item) !== group || (k !== undefined && keys.has(k))) {
        i++;
        continue;
      }
      if (k !== undefined) keys.add(k);
      batch.push(w);
      queue.splice(i, 1);
    }
    return batch;
  }

  async function runBatch(batch: Waiting<I, O>[]) {
    stats.batches++;
    stats.items += batch.length;
    stats.largest = Math.max(stats.largest, batch.length);
    try {
      const out = await opts.run(batch.map((w) => w.item));
      batch.forEach((w, i) => w.resolve(out[i]));
    } catch (e) {
      if (batch.length === 1 || (opts.retryEach && !opts.retryEach(e))) return batch.forEach((w) => w.reject(e));
      // One after another, in the batch's slot: a failure never puts more calls in flight than allowed.
      stats.retried += batch.length;
      for (const w of batch) {
        await opts.run([w.item]).then(
          (out) => w.resolve(out[0]),
          (err) => w.reject(err),
        );
      }
    }
  }

  function pump() {
    scheduled = false;
    while (inFlight < opts.maxInFlight && queue.length) {
      const batch = take();
      inFlight++;
      void runBatch(batch).finally(() => {
        inFlight--;
        pump();
      });
    }
  }

  const submit = (item: I) =>
    new Promise<O>((resolve, reject) => {
      queue.push({ item, resolve, reject });
      // Requests that arrive in the same turn of the event loop start together.
      if (!scheduled && inFlight < opts.maxInFlight) {
        scheduled = true;
        setImmediate(pump);
      }
    });
  return Object.assign(submit, { stats });
}
