/**
 * The database on its own, through the official driver over the wire: single-document ops and
 * equality queries on a 100,000-document collection, one indexed and one not. The indexed query
 * must be answered from its index; explain proves it, and the benchmark fails if it scans. The
 * writes a scenario step sends (a versioned findOneAndUpdate with $set/$inc/$push, a two-document
 * transaction) are measured too, and each op's CPU in the database process when its pid is known:
 * issue 18's figure for the engine's cost per command, steadier than ops/s on a shared machine.
 */
import { type Collection, type Db, type Document, MongoClient } from 'mongodb';
import { summarizeExplain } from '../tools/explain';
import { cpuPerOp } from './process-cpu';
import { closedLoop, type PhaseFigures } from './stats';

export interface EngineOpFigures extends PhaseFigures {
  op: string;
  /** CPU milliseconds the database process spent per operation (null: not measurable, e.g. MONGODB_URI) */
  engineCpuMsPerOp: number | null;
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
  /** the database process, to measure its CPU per op */
  enginePid?: number;
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
    const measure = async (op: string, count: number, fn: (i: number) => Promise<unknown>): Promise<EngineOpFigures> => {
      const { result, msPerOp } = await cpuPerOp([options.enginePid], count, () =>
        closedLoop(options.concurrency, count, async (_w, i) => {
          if ((await fn(i)) === null) throw new Error(`${op} #${i} found nothing`);
        }),
      );
      return { op, ...result, engineCpuMsPerOp: msPerOp[0] };
    };
    // The versioned write walks the documents in order, each once and before anything else changes
    // their version, so its condition holds.
    const versioned = (i: number) => {
      const change: Document = { $set: { state: 'ARRIVED', 'lastMilestone.type': 'ARRIVED' }, $inc: { version: 1 }, $push: { milestones: { type: 'ARRIVED', seq: i } } };
      return containers.findOneAndUpdate({ _id: i as never, version: 1 }, change, { returnDocument: 'after' });
    };
    const transaction = async (i: number) => {
      const session = client.startSession();
      try {
        return await session.withTransaction(async () => {
          const doc = await containers.findOne({ _id: pick(i) as never }, { session });
          if (!doc) return null;
          await containers.updateOne({ _id: pick(i) as never }, { $inc: { version: 1 } }, { session });
          await inserts.insertOne({ seq: n + i, containerNo: containerNo(2 * n + i), state: 'BOOKED' }, { session });
          return doc;
        });
      } finally {
        await session.endSession();
      }
    };
    const ops = [
      await measure('insertOne', options.ops, (i) => inserts.insertOne({ seq: i, containerNo: containerNo(n + i), state: 'BOOKED' })),
      await measure('findOne by _id', options.ops, (i) => containers.findOne({ _id: pick(i) as never })),
      await measure('findOneAndUpdate versioned $set/$inc/$push', Math.min(options.ops, n), versioned),
      await measure('findOneAndUpdate by _id', options.ops, (i) => containers.findOneAndUpdate({ _id: pick(i) as never }, { $inc: { version: 1 } }, { returnDocument: 'after' })),
      await measure('find by indexed field', options.ops, (i) => containers.findOne({ containerNo: containerNo(pick(i)) })),
      await measure('find by indexed field and state', options.ops, (i) => containers.findOne({ containerNo: containerNo(pick(i)), state: { $in: ['IN_TRANSIT', 'ARRIVED'] } })),
      await measure('transaction: find, update, insert, commit', Math.max(10, Math.floor(options.ops / 5)), transaction),
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
