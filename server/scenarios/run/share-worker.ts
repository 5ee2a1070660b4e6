/**
 * A worker thread playing one share of a parallel scenario run (share-threads.ts starts it): its
 * own embedded engine, memory only (or its own database on a given server), the share played as
 * in one process, progress and each round's report rows posted to the run as they come, then the result. A failure is posted with its message.
 */
import { parentPort, workerData } from 'node:worker_threads';
import mongoose from 'mongoose';
import { startEmbeddedMongo } from '../../storage/embedded';
import { routeInProcess } from '../../storage/embedded/in-process';
import { RUN_PROCESS_CHANGE_HISTORY_MIB } from '../run-storage';
import type { Scenario } from '../scenario';
import { type ShareOf, type ShareProgress, type ShareResult, type ShareRow, playShare } from './play-share';

export interface ShareWorkerData {
  scenario: Scenario;
  seed: number;
  orders?: number;
  share: ShareOf;
  rounds: number;
  dbName: string;
  /** a server to play on, in a database of the share's own; an embedded engine of the thread's own when left out */
  uri?: string;
  /** how the thread reaches its own engine: in process with no socket (the default, cheaper), or over loopback TCP */
  engineLink?: EngineLink;
  streamEvents: boolean;
  eventBatch?: number;
}

export type EngineLink = 'in-process' | 'tcp';

export type ShareWorkerMessage =
  | { type: 'progress'; progress: ShareProgress }
  | { type: 'rows'; rows: ShareRow[] }
  | { type: 'done'; result: ShareResult }
  | { type: 'failed'; name: string; message: string };

const post = (message: ShareWorkerMessage) => parentPort!.postMessage(message);

async function main(data: ShareWorkerData): Promise<ShareResult> {
  // Nothing watches a share's engine: the small history a run's own process keeps (run-storage.ts).
  const engine = data.uri ? null : await startEmbeddedMongo({ port: 0, changeHistoryBytes: RUN_PROCESS_CHANGE_HISTORY_MIB * 2 ** 20 });
  // The same wire messages and engine code path as over TCP, without the kernel and socket streams.
  const route = engine && data.engineLink !== 'tcp' ? routeInProcess(engine) : null;
  try {
    const connection = await mongoose.createConnection(data.uri ?? route?.uri ?? engine!.uri, { serverSelectionTimeoutMS: 10_000 }).asPromise();
    try {
      return await playShare(connection, data.scenario, {
        seed: data.seed,
        orders: data.orders,
        share: data.share,
        rounds: data.rounds,
        dbName: data.dbName,
        streamEvents: data.streamEvents,
        eventBatch: data.eventBatch,
        onProgress: (progress) => post({ type: 'progress', progress }),
        // Each round's rows go to the run as the round ends: the thread holds one round's orders, not its share's.
        onRows: (rows) => post({ type: 'rows', rows }),
      });
    } finally {
      await connection.close();
    }
  } finally {
    route?.release();
    await engine?.stop();
  }
}

main(workerData as ShareWorkerData).then(
  (result) => post({ type: 'done', result }),
  (error: unknown) => post({ type: 'failed', name: error instanceof Error ? error.name : 'Error', message: error instanceof Error ? error.message : String(error) }),
);
