/**
 * What a scenario run keeps in memory, by holder: runs a scenario on a memory-only embedded
 * engine in this process, samples the process's memory as it goes, and at the end (database
 * kept) prints the engine's holdings: each collection's documents and their BSON bytes, the
 * versions kept for open snapshots, and the change history.
 *   node --expose-gc --import tsx server/tools/scenario-memory.ts [scenario.yaml] [orders] [heap-snapshot-dir]
 * With a directory, writes a heap snapshot when the last order is done, before the report.
 */
import path from 'node:path';
import { writeHeapSnapshot } from 'node:v8';
import mongoose from 'mongoose';
import { runScenario } from '../scenarios/run/runner';
import { loadScenarioFile } from '../scenarios/scenario-file';
import { startEmbeddedMongo } from '../storage/embedded';

const MiB = (bytes: number): string => `${(bytes / 2 ** 20).toFixed(1)} MiB`;

async function main(file: string, orders: number, snapshotDir?: string): Promise<void> {
  const loaded = loadScenarioFile(file);
  if (!loaded.ok) throw new Error(`${file} is not a valid scenario: ${JSON.stringify(loaded.error)}`);
  const mongo = await startEmbeddedMongo();
  const connection = await mongoose.createConnection(mongo.uri, { dbName: 'scenario-memory' }).asPromise();
  let peak = process.memoryUsage();
  const sample = (): void => {
    const m = process.memoryUsage();
    if (m.rss > peak.rss) peak = m;
  };
  const sampler = setInterval(sample, 200);
  let snapshot: string | undefined;
  try {
    await runScenario(connection, loaded.value, {
      orders,
      runId: 'scenario-memory',
      keepDatabase: true,
      onProgress: (p) => {
        sample();
        if (snapshotDir && !snapshot && p.ordersDone === p.ordersTotal) snapshot = writeHeapSnapshot(path.join(snapshotDir, `scenario-${orders}.heapsnapshot`));
      },
    });
    sample();
    clearInterval(sampler);
    // With --expose-gc: the live heap, not what garbage collection has yet to reclaim.
    (globalThis as { gc?: () => void }).gc?.();
    const end = process.memoryUsage();
    process.stdout.write(`${orders} orders of ${file}\n`);
    process.stdout.write(`peak RSS ${MiB(peak.rss)} (heap ${MiB(peak.heapTotal)} of which used ${MiB(peak.heapUsed)}, external ${MiB(peak.external)}, array buffers ${MiB(peak.arrayBuffers)})\n`);
    process.stdout.write(`at the end: RSS ${MiB(end.rss)}, heap used ${MiB(end.heapUsed)}, external ${MiB(end.external)}\n`);
    const engine = mongo.engine;
    for (const [db, colls] of engine.databases) {
      for (const [name, c] of colls) {
        let bytes = 0;
        for (const d of c.docs.values()) bytes += d.size;
        let versions = 0;
        for (const v of c.history.values()) versions += v.length;
        process.stdout.write(`${db}.${name}: ${c.docs.size} docs, ${MiB(bytes)} BSON, ${(bytes / Math.max(1, c.docs.size) / 1024).toFixed(1)} KiB/doc, ${c.indexes.size} indexes, ${versions} old versions\n`);
      }
    }
    process.stdout.write(`change history: ${engine.history.held} changes, ${MiB(engine.history.bytes)}\n`);
    if (snapshot) process.stdout.write(`heap snapshot: ${snapshot}\n`);
  } finally {
    clearInterval(sampler);
    await connection.close();
    await mongo.stop();
  }
}

const [file = 'scenarios/01-rail-sea-moto-financing.yaml', orders = '100', snapshotDir] = process.argv.slice(2);
main(file, Number(orders), snapshotDir).then(
  () => process.exit(0),
  (error: unknown) => {
    process.stderr.write(`scenario-memory: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(1);
  },
);
