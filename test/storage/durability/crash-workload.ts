/**
 * The crash test's load and its checks. Several clients write at once (inserts, a unique key
 * they race for, counters, transactions) and remember only what the engine acknowledged. After a
 * kill -9 and a restart, check() proves: every acknowledged write is there, no transaction is
 * half there, and the unique index holds.
 */
import { type Db, MongoClient, MongoServerError } from 'mongodb';
import { type RunningProcess, startTs } from '../../support/processes';

export const DB = 'crash';

export interface Acknowledged {
  items: Set<string>;
  /** counter id -> increments acknowledged (each client increments its own counter in turn) */
  counters: Map<string, number>;
  transfers: Set<string>;
}

export function emptyAcknowledged(): Acknowledged {
  return { items: new Set(), counters: new Map(), transfers: new Set() };
}

/** The embedded engine as `npm run mongo:embedded` runs it, on a data directory of the test's own. */
export async function startEngine(dataDir: string, extraArgs: string[] = []): Promise<{ proc: RunningProcess; uri: string }> {
  const proc = startTs('server/storage/embedded/cli.ts', ['--port=0', `--data-dir=${dataDir}`, ...extraArgs], {});
  try {
    const uri = (await proc.waitForLine((l) => l.startsWith('mongodb://'), 60_000)).trim();
    return { proc, uri };
  } catch (err) {
    // The caller never gets this process to kill: do it here, so no engine outlives the test.
    await kill9(proc);
    throw err;
  }
}

export async function kill9(proc: RunningProcess): Promise<void> {
  if (proc.child.exitCode === null && proc.child.signalCode === null) proc.child.kill('SIGKILL');
  await proc.exited;
}

export async function connect(uri: string): Promise<MongoClient> {
  // No retries: a write that failed because the engine died must stay unacknowledged.
  return MongoClient.connect(uri, { retryWrites: false, retryReads: false, serverSelectionTimeoutMS: 2_000, maxPoolSize: 4 });
}

/** Collections, indexes and the two accounts the transactions move between (idempotent). */
export async function prepare(db: Db, counters: number): Promise<void> {
  await db.collection('items').createIndex({ k: 1 }, { unique: true, name: 'k_unique' });
  for (let c = 0; c < counters; c++) await db.collection('counters').updateOne({ _id: `c${c}` as never }, { $setOnInsert: { n: 0 } }, { upsert: true });
  for (const id of ['a', 'b', 'txns']) await db.collection('accounts').updateOne({ _id: id as never }, { $setOnInsert: { n: 0 } }, { upsert: true });
}

/**
 * One client's loop until the engine goes away: an insert, a try at a key every client races
 * for, an increment of its own counter, a transaction (a transfer marker, a from b, txns + 1).
 */
export async function clientLoop(uri: string, tag: string, counterId: string, ack: Acknowledged): Promise<void> {
  let client: MongoClient | undefined;
  try {
    client = await connect(uri);
    const db = client.db(DB);
    for (let i = 0; ; i++) {
      const key = `${tag}-${i}`;
      await db.collection('items').insertOne({ k: key, payload: 'x'.repeat(100) });
      ack.items.add(key);
      const race = `race-${tag.split('/')[0]}-${i}`;
      try {
        await db.collection('items').insertOne({ k: race });
        ack.items.add(race);
      } catch (err) {
        if (!(err instanceof MongoServerError && err.code === 11000)) throw err;
      }
      await db.collection('counters').updateOne({ _id: counterId as never }, { $inc: { n: 1 } });
      ack.counters.set(counterId, (ack.counters.get(counterId) ?? 0) + 1);
      const session = client.startSession();
      try {
        await session.withTransaction(async () => {
          await db.collection('transfers').insertOne({ _id: key as never }, { session });
          await db.collection('accounts').updateOne({ _id: 'a' as never }, { $inc: { n: -1 } }, { session });
          await db.collection('accounts').updateOne({ _id: 'b' as never }, { $inc: { n: 1 } }, { session });
          await db.collection('accounts').updateOne({ _id: 'txns' as never }, { $inc: { n: 1 } }, { session });
        });
        ack.transfers.add(key);
      } finally {
        await session.endSession().catch(() => undefined);
      }
    }
  } catch {
    // The engine was killed (perhaps before this client even connected): whatever was in flight
    // stays unacknowledged.
  } finally {
    await client?.close(true).catch(() => undefined);
  }
}

/** Problems found after a restart; empty when every promise held. */
export async function check(db: Db, ack: Acknowledged): Promise<string[]> {
  const problems: string[] = [];
  const items = await db.collection('items').find({}, { projection: { k: 1 } }).toArray();
  const keys = new Set(items.map((d) => d.k as string));
  const missing = [...ack.items].filter((k) => !keys.has(k));
  if (missing.length > 0) problems.push(`${missing.length} acknowledged inserts are missing, e.g. ${missing.slice(0, 3).join(', ')}`);
  if (keys.size !== items.length) problems.push(`${items.length - keys.size} duplicate keys under the unique index`);
  if (ack.items.size > 0) {
    const indexes = await db.collection('items').indexes();
    if (!indexes.some((ix) => ix.name === 'k_unique' && ix.unique)) problems.push(`the unique index is gone: ${JSON.stringify(indexes)}`);
  }
  for (const [id, acked] of ack.counters) {
    const n = ((await db.collection('counters').findOne({ _id: id as never }))?.n as number | undefined) ?? -1;
    // One increment may have been in flight: written, not acknowledged.
    if (n < acked || n > acked + 1) problems.push(`counter ${id} is ${n}, ${acked} increments were acknowledged`);
    // What is stored is the next cycle's baseline, so in-flight increments of several kills
    // do not add up against the one-in-flight allowance.
    else ack.counters.set(id, n);
  }
  const accounts = new Map((await db.collection('accounts').find().toArray()).map((d) => [String(d._id), d.n as number]));
  const transfers = new Set((await db.collection('transfers').find().toArray()).map((d) => String(d._id)));
  const balance = (id: string): number => accounts.get(id) ?? 0;
  const txns = balance('txns');
  if (!(txns === transfers.size && balance('b') === txns && balance('a') === -txns)) {
    problems.push(`a transaction is half there: ${transfers.size} transfers, accounts ${JSON.stringify(Object.fromEntries(accounts))}`);
  }
  const lost = [...ack.transfers].filter((t) => !transfers.has(t));
  if (lost.length > 0) problems.push(`${lost.length} acknowledged transactions are missing, e.g. ${lost.slice(0, 3).join(', ')}`);
  return problems;
}
