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
import type { BenchStack } from './stack';
import { KeepAliveGraphql, type KeepAliveAnswer } from './graphql-keep-alive';
import { cpuPerOp, ownCpuMsPerOp } from './process-cpu';
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
   * null where they cannot be read (not Linux, or a database at MONGODB_URI). The bench process's
   * own (`graphqlClient`, `rawClient`) is always there: at one client its latency is in the ratio.
   */
  cpuMsPerOp: { graphqlClient: number; graphqlServer: number | null; graphqlDatabase: number | null; rawClient: number; rawDatabase: number | null };
}

export interface TransitionOptions {
  concurrencies: number[];
  /** transitions measured per phase */
  ops: number;
}

/** Orders per phase: every worker owns its own, so no two requests race for one order. */
const POOL = 32;
/**
 * Transitions each side runs before it is measured, so V8 has optimised both paths: in batches of
 * 256 at one client, the server's CPU per transition fell until about the 2,000th (2.7 ms in the
 * first batch, 1.5 ms at 1,000, 0.8–1.0 ms from 2,000 on); 200, as before, measured V8 at work.
 */
const WARM_UP_OPS = 2_000;
const HOLD = `mutation($id: ID!) { holdOrder(id: $id, reason: "bench: waiting for documents") { order { version state } userErrors { code rule message } } }`;
const RESUME = `mutation($id: ID!) { resumeOrder(id: $id) { order { version state } userErrors { code rule message } } }`;

export async function benchTransitions(stack: BenchStack, options: TransitionOptions): Promise<TransitionFigures[]> {
  const fixtures = await OrderFixtures.open(stack, dayjs().add(30, 'day').format('YYYY-MM-DD'));
  const client = await MongoClient.connect(stack.mongoUri);
  try {
    const orders = client.db(stack.dbName).collection('orders');
    const copies = client.db(stack.dbName).collection('bench_transitions');
    const warmUp = Math.min(WARM_UP_OPS, options.ops);
    await measureGraphql(stack, await confirmedOrders(fixtures, POOL), 1, warmUp);
    await measureRaw(copies, await copiesOf(orders, copies, await confirmedOrders(fixtures, POOL)), 1, warmUp);
    const figures: TransitionFigures[] = [];
    for (const concurrency of options.concurrencies) {
      const graphqlOrders = await confirmedOrders(fixtures, POOL);
      const graphqlStart = process.cpuUsage();
      const { result: viaGraphql, msPerOp: [graphqlServer, graphqlDatabase] } = await cpuPerOp([stack.pids.server, stack.pids.database], options.ops, () =>
        measureGraphql(stack, graphqlOrders, concurrency, options.ops),
      );
      const graphqlClient = ownCpuMsPerOp(graphqlStart, options.ops);
      const rawOrders = await copiesOf(orders, copies, await confirmedOrders(fixtures, POOL));
      const rawStart = process.cpuUsage();
      const { result: raw, msPerOp: [rawDatabase] } = await cpuPerOp([stack.pids.database], options.ops, () => measureRaw(copies, rawOrders, concurrency, options.ops));
      const rawClient = ownCpuMsPerOp(rawStart, options.ops);
      figures.push({
        concurrency,
        graphql: viaGraphql,
        rawDriver: raw,
        throughputRatio: round(viaGraphql.opsPerSecond / raw.opsPerSecond, 3),
        p50Ratio: round(viaGraphql.p50Ms / raw.p50Ms, 2),
        cpuMsPerOp: { graphqlClient, graphqlServer, graphqlDatabase, rawClient, rawDatabase },
      });
    }
    return figures;
  } finally {
    await client.close();
  }
}

/** A confirmed order and the version it is at. */
export interface BenchOrder {
  id: string;
  version: number;
}

export async function confirmedOrders(fixtures: OrderFixtures, count: number): Promise<BenchOrder[]> {
  const orders: BenchOrder[] = [];
  for (let i = 0; i < count; i++) {
    const { id, version } = await fixtures.confirmed();
    orders.push({ id, version });
  }
  return orders;
}

/** Worker w owns orders w, w + concurrency, …; each order alternates HOLD and RESUME. */
function ownership<T>(pool: T[], concurrency: number): T[][] {
  return Array.from({ length: concurrency }, (_, w) => pool.filter((_, i) => i % concurrency === w));
}

type TransitionPayload = { order: { version: number; state: string } | null; userErrors: unknown[] };

/**
 * Each worker sends its next request on its own kept-alive socket as soon as the last answer
 * came, and checks every answer: no errors, and the order at the next version in the state asked
 * for. A failed or refused transition fails the phase, so errors cannot pass for speed.
 */
export async function measureGraphql(stack: Pick<BenchStack, 'url'>, orders: BenchOrder[], concurrency: number, ops: number): Promise<PhaseFigures> {
  const owned = ownership(orders.map((o) => ({ ...o, held: false })), concurrency);
  const turns = new Array<number>(concurrency).fill(0);
  const client = new KeepAliveGraphql(stack.url, { token: 'demo-exporter', sockets: concurrency });
  try {
    return await closedLoop(concurrency, ops, async (w) => {
      const mine = owned[w];
      const order = mine[turns[w]++ % mine.length];
      const answer = await client.post<Record<string, TransitionPayload>>(order.held ? RESUME : HOLD, { id: order.id });
      order.version = checkTransition(answer, order.held ? 'resumeOrder' : 'holdOrder', order);
      order.held = !order.held;
    });
  } finally {
    client.close();
  }
}

/** The order's new version, if `answer` is `mutation` taking `order` (at its version) to the next state; throws otherwise. */
function checkTransition(answer: KeepAliveAnswer<Record<string, TransitionPayload>>, mutation: 'holdOrder' | 'resumeOrder', order: BenchOrder): number {
  const payload = answer.body.data?.[mutation];
  const expected = { version: order.version + 1, state: mutation === 'holdOrder' ? 'ON_HOLD' : 'CONFIRMED' };
  const got = payload?.order;
  if (answer.status !== 200 || answer.body.errors?.length || payload?.userErrors.length || got?.version !== expected.version || got.state !== expected.state) {
    throw new Error(`${mutation} of ${order.id} at version ${order.version}: expected ${JSON.stringify(expected)}, got HTTP ${answer.status} ${JSON.stringify(answer.body)}`);
  }
  return got.version;
}

interface RawOrder {
  _id: ObjectId;
  version: number;
  held: boolean;
  snapshot: unknown;
  lastEntry: Document;
}

/** Copies of freshly confirmed orders, so the raw phase writes documents of the same shape and size. */
async function copiesOf(orders: Collection, copies: Collection, pool: BenchOrder[]): Promise<RawOrder[]> {
  // The same secondary indexes as orders (state is one of them), so both sides pay the same upkeep.
  for (const index of await orders.listIndexes().toArray()) {
    if (index.name === '_id_') continue;
    const { key, name, v: _v, ns: _ns, ...options } = index;
    await copies.createIndex(key, { ...options, name });
  }
  const docs = await orders.find({ _id: { $in: pool.map((o) => new ObjectId(o.id)) } }).toArray();
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
