/**
 * The journaled engine against the memory-only one, side by side in the same run: single writes
 * at concurrency 1 and 32 through the driver, a lifecycle transition through GraphQL at 32, and
 * how long a start takes to recover 100,000 documents (from the journal alone after kill -9, and
 * from the checkpoint a clean stop leaves). Group commit is what should keep durable writes at
 * concurrency 32 within reach of memory-only ones.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import dayjs from 'dayjs';
import { MongoClient } from 'mongodb';
import { OrderFixtures } from '../tools/order-fixtures';
import { type RunningProcess, startTs } from '../tools/processes';
import { startDatabase, startStack, stopProcess } from './stack';
import { closedLoop, type PhaseFigures, round } from './stats';
import { confirmedOrders, measureGraphql } from './transitions';

export interface DurableRow {
  op: string;
  concurrency: number;
  memory: PhaseFigures;
  durable: PhaseFigures;
  /** durable ops/s ÷ memory-only ops/s (the goal at concurrency 32: at least 0.5) */
  ratio: number;
}

export interface RecoveryFigures {
  documents: number;
  /** restart after kill -9: the whole journal is replayed */
  fromJournalMs: number;
  /** restart after a clean stop: one checkpoint read, nothing replayed */
  fromCheckpointMs: number;
}

export interface DurabilityFigures {
  rows: DurableRow[];
  recovery: RecoveryFigures;
}

export interface DurabilityOptions {
  ops: number;
  transitionOps: number;
  recoveryDocuments: number;
}

const COUNTERS = 1_000;

export async function benchDurability(options: DurabilityOptions): Promise<DurabilityFigures> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'yidan-bench-durable-'));
  try {
    const rows = await driverRows(path.join(dir, 'ops'), options.ops);
    rows.push(await transitionRow(path.join(dir, 'transitions'), options.transitionOps));
    const recovery = await recoveryFigures(path.join(dir, 'recovery'), options.recoveryDocuments);
    return { rows, recovery };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

async function driverRows(dataDir: string, ops: number): Promise<DurableRow[]> {
  const memory = await startDatabase();
  const durable = await startDatabase(dataDir);
  const clients = { memory: await MongoClient.connect(memory.uri), durable: await MongoClient.connect(durable.uri) };
  try {
    for (const c of Object.values(clients)) {
      await c.db('bench').collection('counters').insertMany(Array.from({ length: COUNTERS }, (_, i) => ({ _id: i as never, n: 0 })));
    }
    const phases: Array<{ op: string; run: (c: MongoClient, i: number) => Promise<unknown> }> = [
      { op: 'insertOne', run: (c, i) => c.db('bench').collection('inserts').insertOne({ i, state: 'BOOKED', at: new Date(0) }) },
      { op: 'findOneAndUpdate by _id', run: (c, i) => c.db('bench').collection('counters').findOneAndUpdate({ _id: ((i * 7919) % COUNTERS) as never }, { $inc: { n: 1 } }, { returnDocument: 'after' }) },
    ];
    const rows: DurableRow[] = [];
    for (const phase of phases) {
      for (const concurrency of [1, 32]) {
        const measure = (c: MongoClient): Promise<PhaseFigures> => closedLoop(concurrency, ops, async (_w, i) => void (await phase.run(c, i)));
        const mem = await measure(clients.memory);
        const dur = await measure(clients.durable);
        rows.push({ op: phase.op, concurrency, memory: mem, durable: dur, ratio: round(dur.opsPerSecond / mem.opsPerSecond, 3) });
      }
    }
    return rows;
  } finally {
    await Promise.all(Object.values(clients).map((c) => c.close()));
    await memory.stop();
    await durable.stop();
  }
}

/** hold/resume through `npm start` on each engine, at concurrency 32 (as the transitions part does). */
async function transitionRow(dataDir: string, ops: number): Promise<DurableRow> {
  const at32 = async (engineDir?: string): Promise<PhaseFigures> => {
    const stack = await startStack(`yidan-bench-durability-${process.pid}`, undefined, engineDir);
    try {
      const fixtures = await OrderFixtures.open(stack, dayjs().add(30, 'day').format('YYYY-MM-DD'));
      return await measureGraphql(stack, await confirmedOrders(fixtures, 32), 32, ops);
    } finally {
      await stack.stop();
    }
  };
  const memory = await at32();
  const durable = await at32(dataDir);
  return { op: 'transition via GraphQL (hold/resume)', concurrency: 32, memory, durable, ratio: round(durable.opsPerSecond / memory.opsPerSecond, 3) };
}

async function recoveryFigures(dataDir: string, documents: number): Promise<RecoveryFigures> {
  const filled = await startEngine(dataDir);
  const client = await MongoClient.connect(filled.uri);
  try {
    const coll = client.db('bench').collection('containers');
    await coll.createIndex({ containerNo: 1 }, { unique: true });
    for (let start = 0; start < documents; start += 5_000) {
      await coll.insertMany(
        Array.from({ length: Math.min(5_000, documents - start) }, (_, k) => ({
          _id: (start + k) as never,
          containerNo: `YDNU${String(start + k).padStart(7, '0')}`,
          state: 'IN_TRANSIT',
          version: 1,
          seal: { number: `SL${start + k}`, kind: 'ELOCK' },
          lastMilestone: { type: 'DEPARTED', at: new Date(Date.UTC(2026, 2, 1 + ((start + k) % 28))), location: 'CNQZH' },
        })),
      );
    }
  } finally {
    await client.close();
  }
  filled.proc.child.kill('SIGKILL');
  await filled.proc.exited;
  const fromJournal = await startEngine(dataDir);
  await checkCount(fromJournal.uri, documents);
  // A clean stop writes the checkpoint the next start reads.
  await stopProcess(fromJournal.proc);
  const fromCheckpoint = await startEngine(dataDir);
  await checkCount(fromCheckpoint.uri, documents);
  await stopProcess(fromCheckpoint.proc);
  return { documents, fromJournalMs: recoveryMs(fromJournal.proc), fromCheckpointMs: recoveryMs(fromCheckpoint.proc) };
}

async function startEngine(dataDir: string): Promise<{ proc: RunningProcess; uri: string }> {
  const proc = startTs('server/storage/embedded/cli.ts', ['--port=0', `--data-dir=${dataDir}`], {});
  return { proc, uri: (await proc.waitForLine((l) => l.startsWith('mongodb://'), 120_000)).trim() };
}

async function checkCount(uri: string, documents: number): Promise<void> {
  const client = await MongoClient.connect(uri);
  try {
    const n = await client.db('bench').collection('containers').countDocuments();
    if (n !== documents) throw new Error(`recovered ${n} documents, expected ${documents}`);
  } finally {
    await client.close();
  }
}

/** The engine's own figure from its start-up line (the process start itself is not recovery). */
function recoveryMs(proc: RunningProcess): number {
  const match = /"recoveryMs":(\d+)/.exec(proc.output.join(''));
  if (!match) throw new Error(`no recovery figure in the engine's log:\n${proc.output.join('\n')}`);
  return Number(match[1]);
}

