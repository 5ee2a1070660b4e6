/**
 * A lifecycle transition through the whole stack (GraphQL over HTTP → resolver → service →
 * XState → mongoose → wire → database) against the database work alone: the raw driver's one
 * conditional findOneAndUpdate with the history push, on copies of the same orders.
 *
 * The transition is the seller holding and resuming a confirmed order, which can repeat for
 * ever. Each phase gets fresh orders and both sides push the same number of history entries
 * per document, so neither measures bigger documents than the other.
 */
import dayjs from 'dayjs';
import { type Collection, type Document, MongoClient, ObjectId } from 'mongodb';
import { OrderFixtures } from '../tools/order-fixtures';
import { systemClock } from '../config';
import { graphql } from '../tools/graphql-client';
import type { BenchStack } from './stack';
import { cpuPerOp } from './process-cpu';
import { closedLoop, type PhaseFigures, round } from './stats';

export interface TransitionFigures {
  concurrency: number;
  graphql: PhaseFigures;
  rawDriver: PhaseFigures;
  /** GraphQL throughput ÷ raw-driver throughput (1 would mean no overhead above the database) */
  throughputRatio: number;
  /** GraphQL p50 ÷ raw-driver p50 */
  p50Ratio: number;
  /**
   * CPU milliseconds per transition of the server process and of the database process in the
   * GraphQL phase, and of the database process in the raw phase (its client is the bench itself);
   * null where they cannot be read (not Linux, or a database at MONGODB_URI).
   */
  cpuMsPerOp: { graphqlServer: number | null; graphqlDatabase: number | null; rawDatabase: number | null };
}

export interface TransitionOptions {
  concurrencies: number[];
  /** transitions measured per phase */
  ops: number;
}

/** Orders per phase: every worker owns its own, so no two requests race for one order. */
const POOL = 32;
const HOLD = `mutation($id: ID!) { holdOrder(id: $id, reason: "bench: waiting for documents") { order { version } userErrors { code rule message } } }`;
const RESUME = `mutation($id: ID!) { resumeOrder(id: $id) { order { version } userErrors { code rule message } } }`;

export async function benchTransitions(stack: BenchStack, options: TransitionOptions): Promise<TransitionFigures[]> {
  const fixtures = await OrderFixtures.open(stack, dayjs().add(30, 'day').format('YYYY-MM-DD'));
  const client = await MongoClient.connect(stack.mongoUri);
  try {
    const orders = client.db(stack.dbName).collection('orders');
    const copies = client.db(stack.dbName).collection('bench_transitions');
    await measureGraphql(stack, await confirmedOrders(fixtures, POOL), 1, Math.min(200, options.ops)); // warm-up
    await measureRaw(copies, await copiesOf(orders, copies, await confirmedOrders(fixtures, POOL)), 1, Math.min(200, options.ops));
    const figures: TransitionFigures[] = [];
    for (const concurrency of options.concurrencies) {
      const graphqlOrders = await confirmedOrders(fixtures, POOL);
      const { result: viaGraphql, msPerOp: [graphqlServer, graphqlDatabase] } = await cpuPerOp([stack.pids.server, stack.pids.database], options.ops, () =>
        measureGraphql(stack, graphqlOrders, concurrency, options.ops),
      );
      const rawOrders = await copiesOf(orders, copies, await confirmedOrders(fixtures, POOL));
      const { result: raw, msPerOp: [rawDatabase] } = await cpuPerOp([stack.pids.database], options.ops, () => measureRaw(copies, rawOrders, concurrency, options.ops));
      figures.push({
        concurrency,
        graphql: viaGraphql,
        rawDriver: raw,
        throughputRatio: round(viaGraphql.opsPerSecond / raw.opsPerSecond, 3),
        p50Ratio: round(viaGraphql.p50Ms / raw.p50Ms, 2),
        cpuMsPerOp: { graphqlServer, graphqlDatabase, rawDatabase },
      });
    }
    return figures;
  } finally {
    await client.close();
  }
}

export async function confirmedOrders(fixtures: OrderFixtures, count: number): Promise<string[]> {
  const ids: string[] = [];
  for (let i = 0; i < count; i++) ids.push((await fixtures.confirmed()).id);
  return ids;
}

/** Worker w owns orders w, w + concurrency, …; each order alternates HOLD and RESUME. */
function ownership<T>(pool: T[], concurrency: number): T[][] {
  return Array.from({ length: concurrency }, (_, w) => pool.filter((_, i) => i % concurrency === w));
}

export async function measureGraphql(stack: BenchStack, orderIds: string[], concurrency: number, ops: number): Promise<PhaseFigures> {
  const owned = ownership(orderIds.map((id) => ({ id, held: false })), concurrency);
  const turns = new Array<number>(concurrency).fill(0);
  return closedLoop(concurrency, ops, async (w) => {
    const mine = owned[w];
    const order = mine[turns[w]++ % mine.length];
    const name = order.held ? 'resumeOrder' : 'holdOrder';
    const r = await graphql<Record<string, { order: { version: number } | null; userErrors: unknown[] }>>(stack, order.held ? RESUME : HOLD, {
      token: 'demo-exporter',
      variables: { id: order.id },
    });
    const payload = r.body.data?.[name];
    if (!payload?.order) throw new Error(`${name} failed: ${JSON.stringify(r.body.errors ?? payload?.userErrors)}`);
    order.held = !order.held;
  });
}

interface RawOrder {
  _id: ObjectId;
  version: number;
  held: boolean;
  snapshot: unknown;
  lastEntry: Document;
}

/** Copies of freshly confirmed orders, so the raw phase writes documents of the same shape and size. */
async function copiesOf(orders: Collection, copies: Collection, ids: string[]): Promise<RawOrder[]> {
  // The same secondary indexes as orders (state is one of them), so both sides pay the same upkeep.
  for (const index of await orders.listIndexes().toArray()) {
    if (index.name === '_id_') continue;
    const { key, name, v: _v, ns: _ns, ...options } = index;
    await copies.createIndex(key, { ...options, name });
  }
  const docs = await orders.find({ _id: { $in: ids.map((id) => new ObjectId(id)) } }).toArray();
  const out: RawOrder[] = [];
  for (const doc of docs) {
    const copy = { ...doc, _id: new ObjectId() };
    await copies.insertOne(copy);
    const history = doc.history as Document[];
    out.push({ _id: copy._id, version: doc.version as number, held: false, snapshot: (doc.machine as Document).snapshot, lastEntry: history[history.length - 1] });
  }
  return out;
}

async function measureRaw(copies: Collection, pool: RawOrder[], concurrency: number, ops: number): Promise<PhaseFigures> {
  const owned = ownership(pool, concurrency);
  const turns = new Array<number>(concurrency).fill(0);
  return closedLoop(concurrency, ops, async (w) => {
    const mine = owned[w];
    const order = mine[turns[w]++ % mine.length];
    const entry = {
      ...order.lastEntry,
      seq: order.version + 1,
      // What the server stamps its entries with: the real clock.
      at: systemClock.now(),
      event: order.held ? 'RESUME' : 'HOLD',
      from: order.held ? 'onHold' : 'confirmed',
      to: order.held ? 'confirmed' : 'onHold',
      payload: order.held ? {} : { reason: 'bench: waiting for documents', source: 'party' },
    };
    // The same update the lifecycle engine sends: state and snapshot, version bump, history push.
    const update: Document = {
      $set: { state: entry.to, 'machine.snapshot': order.snapshot },
      $inc: { version: 1 },
      $push: { history: entry },
    };
    const written = await copies.findOneAndUpdate({ _id: order._id, version: order.version }, update, { returnDocument: 'after' });
    if (!written) throw new Error(`raw transition of ${String(order._id)} at version ${order.version} matched nothing`);
    order.version += 1;
    order.held = !order.held;
  });
}
