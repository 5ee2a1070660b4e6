/**
 * The database on its own, through the official driver over the wire: single-document ops and
 * equality queries on a 100,000-document collection, one indexed and one not. The indexed query
 * must be answered from its index; explain proves it, and the benchmark fails if it scans.
 */
import { type Collection, type Db, MongoClient } from 'mongodb';
import { summarizeExplain } from '../tools/explain';
import { closedLoop, type PhaseFigures } from './stats';

export interface EngineOpFigures extends PhaseFigures {
  op: string;
}

export interface QueryPlanFigures {
  stages: string[];
  docsExamined: number;
}

export interface EngineFigures {
  engine: string;
  documents: number;
  concurrency: number;
  ops: EngineOpFigures[];
  indexedPlan: QueryPlanFigures;
  unindexedPlan: QueryPlanFigures;
}

export interface EngineOptions {
  documents: number;
  concurrency: number;
  /** operations per measured op (the unindexed query runs a tenth as many: each one reads everything) */
  ops: number;
}

const BATCH = 5_000;

export async function benchEngine(mongoUri: string, engine: string, dbName: string, options: EngineOptions): Promise<EngineFigures> {
  const client = await MongoClient.connect(mongoUri);
  try {
    const db = client.db(dbName);
    const containers = await fill(db, options.documents);
    const inserts = db.collection('bench_inserts');
    const n = options.documents;
    // A fixed walk over the keys (7919 is prime, so it visits them all): the same run every time.
    const pick = (i: number): number => (i * 7919) % n;
    const measure = async (op: string, count: number, fn: (i: number) => Promise<unknown>): Promise<EngineOpFigures> => ({
      op,
      ...(await closedLoop(options.concurrency, count, async (_w, i) => {
        if ((await fn(i)) === null) throw new Error(`${op} #${i} found nothing`);
      })),
    });
    const ops = [
      await measure('insertOne', options.ops, (i) => inserts.insertOne({ seq: i, containerNo: containerNo(n + i), state: 'BOOKED' })),
      await measure('findOne by _id', options.ops, (i) => containers.findOne({ _id: pick(i) as never })),
      await measure('findOneAndUpdate by _id', options.ops, (i) => containers.findOneAndUpdate({ _id: pick(i) as never }, { $inc: { version: 1 } }, { returnDocument: 'after' })),
      await measure('find by indexed field', options.ops, (i) => containers.findOne({ containerNo: containerNo(pick(i)) })),
      await measure('find by unindexed field', Math.max(10, Math.floor(options.ops / 10)), (i) => containers.findOne({ bookingRef: bookingRef(pick(i)) })),
    ];
    const indexedPlan = summarizeExplain(await containers.find({ containerNo: containerNo(pick(1)) }).explain('executionStats'));
    const unindexedPlan = summarizeExplain(await containers.find({ bookingRef: bookingRef(pick(1)) }).explain('executionStats'));
    if (!indexedPlan.stages.includes('IXSCAN') || indexedPlan.docsExamined > 1) {
      throw new Error(`the indexed query scanned: stages ${indexedPlan.stages.join(',')}, ${indexedPlan.docsExamined} documents examined`);
    }
    return { engine, documents: n, concurrency: options.concurrency, ops, indexedPlan, unindexedPlan };
  } finally {
    await client.db(dbName).dropDatabase().catch(() => undefined);
    await client.close();
  }
}

function containerNo(i: number): string {
  return `YDNU${String(i).padStart(7, '0')}`;
}

function bookingRef(i: number): string {
  return `BK-${String(i).padStart(7, '0')}`;
}

/** 100,000 container documents of a realistic size, indexed on containerNo only. */
async function fill(db: Db, documents: number): Promise<Collection> {
  const containers = db.collection('bench_containers');
  await containers.drop().catch(() => undefined);
  await containers.createIndex({ containerNo: 1 }, { unique: true });
  for (let start = 0; start < documents; start += BATCH) {
    const batch = Array.from({ length: Math.min(BATCH, documents - start) }, (_, k) => {
      const i = start + k;
      return {
        _id: i as never,
        containerNo: containerNo(i),
        bookingRef: bookingRef(i),
        type: i % 3 === 0 ? '45G1' : '22G1',
        shipmentId: `S${Math.floor(i / 2)}`,
        state: 'IN_TRANSIT',
        version: 1,
        seal: { number: `SL${i}`, kind: 'ELOCK' },
        lastMilestone: { type: 'DEPARTED', at: new Date(Date.UTC(2026, 2, 1 + (i % 28))), location: 'CNQZH' },
      };
    });
    await containers.insertMany(batch, { ordered: false });
  }
  return containers;
}
