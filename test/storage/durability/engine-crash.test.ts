/**
 * kill -9 against the durable embedded engine (`npm run mongo:embedded` with a data directory),
 * at moments drawn from a seeded generator and once in the middle of a checkpoint; after each
 * restart on the same directory every acknowledged write must be there, no transaction half
 * there, and the unique index must hold.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { seededRandom } from '../../../server/shared/random';
import { CHECKPOINT_TEMP_FILE } from '../../../server/storage/embedded/durability/checkpoint';
import { DB, check, clientLoop, connect, emptyAcknowledged, kill9, prepare, startEngine } from './crash-workload';

const CLIENTS = 4;
const KILLS = 3;
/** Small, so checkpoints (and journal rotations) happen all through the load. */
const CHECKPOINT_ARGS = ['--checkpoint-journal-bytes=262144'];
const seed = Number(process.env.YIDAN_CRASH_SEED ?? 20261206);
const random = seededRandom(seed);

let dataDir: string;
beforeEach(() => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'yidan-crash-'));
});
afterEach(() => fs.rmSync(dataDir, { recursive: true, force: true }));

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

it(`keeps every acknowledged write through ${KILLS} kill -9 at random moments (seed ${seed})`, async () => {
  const ack = emptyAcknowledged();
  for (let cycle = 0; cycle <= KILLS; cycle++) {
    const { proc, uri } = await startEngine(dataDir, CHECKPOINT_ARGS);
    try {
      const client = await connect(uri);
      try {
        expect({ cycle, problems: await check(client.db(DB), ack) }).toEqual({ cycle, problems: [] });
        if (cycle === KILLS) break;
        await prepare(client.db(DB), CLIENTS);
      } finally {
        await client.close();
      }
      const loops = Array.from({ length: CLIENTS }, (_, c) => clientLoop(uri, `${cycle}/${c}`, `c${c}`, ack));
      await sleep(random.int(200, 1000));
      await kill9(proc);
      await Promise.all(loops);
    } finally {
      await kill9(proc);
    }
  }
  expect(ack.transfers.size).toBeGreaterThan(0);
}, 120_000);

it('recovers from a kill -9 in the middle of writing a checkpoint', async () => {
  const ack = emptyAcknowledged();
  let killedMidCheckpoint = false;
  for (let attempt = 0; attempt < 3 && !killedMidCheckpoint; attempt++) {
    const { proc, uri } = await startEngine(dataDir, ['--checkpoint-journal-bytes=8192']);
    try {
      const client = await connect(uri);
      try {
        expect(await check(client.db(DB), ack)).toEqual([]);
        await prepare(client.db(DB), CLIENTS);
        // Enough data that a checkpoint takes a while to write.
        const bulk = client.db(DB).collection('bulk');
        if ((await bulk.estimatedDocumentCount()) === 0) {
          for (let b = 0; b < 4; b++) await bulk.insertMany(Array.from({ length: 5_000 }, (_, i) => ({ n: b * 5_000 + i, text: 'y'.repeat(200) })));
        }
      } finally {
        await client.close();
      }
      const loops = Array.from({ length: CLIENTS }, (_, c) => clientLoop(uri, `cp${attempt}/${c}`, `c${c}`, ack));
      // A checkpoint every few writes from here on; each one rewrites the bulk collection.
      const temp = path.join(dataDir, CHECKPOINT_TEMP_FILE);
      // The kill must land while the clients write, not in a checkpoint the bulk load started.
      const acked = ack.items.size;
      const deadline = performance.now() + 10_000;
      while (ack.items.size < acked + 20 && performance.now() < deadline) await sleep(10);
      while (!fs.existsSync(temp) && performance.now() < deadline) await new Promise((r) => setImmediate(r));
      await kill9(proc);
      // Still there after the kill: the process died before renaming it into place.
      killedMidCheckpoint = fs.existsSync(temp);
      await Promise.all(loops);
    } finally {
      await kill9(proc);
    }
  }
  expect(killedMidCheckpoint).toBe(true);
  const { proc, uri } = await startEngine(dataDir, CHECKPOINT_ARGS);
  try {
    const client = await connect(uri);
    try {
      expect(await check(client.db(DB), ack)).toEqual([]);
      expect(await client.db(DB).collection('bulk').countDocuments()).toBe(20_000);
      expect(fs.existsSync(path.join(dataDir, CHECKPOINT_TEMP_FILE))).toBe(false);
    } finally {
      await client.close();
    }
  } finally {
    await proc.stop();
  }
}, 120_000);
