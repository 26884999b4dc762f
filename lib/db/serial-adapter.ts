// Prisma's query interpreter runs the parts of one query plan side by side: the relations a `select`/`include`
// loads (the plan's `join` children) go out through Promise.all. Outside a transaction each goes to its own pooled
// connection; inside one they all land on the transaction's single pg client, which queues them today (deprecated
// since pg 8.20: "Calling client.query() when the client is already executing a query") and will refuse them in
// pg 9. Application code cannot order those (see `inOrder` for its own queries), so until @prisma/adapter-pg does
// it itself (prisma/orm#29468, #29979) every transaction's statements go through a queue of one here.
import { PrismaPg } from "@prisma/adapter-pg";

type Adapter = Awaited<ReturnType<PrismaPg["connect"]>>;
type Transaction = Awaited<ReturnType<Adapter["startTransaction"]>>;

/** `new PrismaPg(...)` whose interactive transactions send one statement at a time. */
export function serialPrismaPg(...args: ConstructorParameters<typeof PrismaPg>): PrismaPg {
  const factory = new PrismaPg(...args);
  const connect = factory.connect.bind(factory);
  factory.connect = async () => {
    const adapter = await connect();
    const startTransaction = adapter.startTransaction.bind(adapter);
    adapter.startTransaction = async (isolationLevel) => oneAtATime(await startTransaction(isolationLevel));
    return adapter;
  };
  return factory;
}

function oneAtATime(tx: Transaction): Transaction {
  let tail: Promise<unknown> = Promise.resolve();
  const queued = <T>(run: () => Promise<T>): Promise<T> => {
    const next = tail.then(run, run);
    tail = next.catch(() => undefined);
    return next;
  };
  const queryRaw = tx.queryRaw.bind(tx);
  const executeRaw = tx.executeRaw.bind(tx);
  // Savepoints call this.executeRaw, so they queue too; commit and rollback only release the client, after the
  // engine's own COMMIT/ROLLBACK statement has gone through executeRaw.
  tx.queryRaw = (query) => queued(() => queryRaw(query));
  tx.executeRaw = (query) => queued(() => executeRaw(query));
  return tx;
}
