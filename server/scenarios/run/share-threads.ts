/**
 * Plays a run's shares in worker threads, one share each (share-worker.ts), and collects their
 * results (each round's rows as they come). Progress is handed on in the order each thread sent it. The first failure, or the
 * run's abort signal, stops every thread; either way no thread outlives the call.
 */
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { ShareProgress, ShareResult, ShareRow } from './play-share';
import type { ShareWorkerData, ShareWorkerMessage } from './share-worker';

/**
 * A thread running share-worker; from TypeScript sources (tsx, ts-jest) the thread first
 * registers tsx, since a worker thread does not inherit its parent's loaders.
 */
function startThread(data: ShareWorkerData, heapMiB?: number): Worker {
  const extension = path.extname(__filename);
  const entry = JSON.stringify(path.join(__dirname, `share-worker${extension}`));
  const loader = extension === '.ts' ? `require(${JSON.stringify(require.resolve('tsx/cjs/api'))}).register();` : '';
  return new Worker(`${loader}require(${entry});`, { eval: true, workerData: data, resourceLimits: heapMiB ? { maxOldGenerationSizeMb: heapMiB } : undefined });
}

export function playSharesInThreads(
  shares: readonly ShareWorkerData[],
  heard: (share: number, progress: ShareProgress) => Promise<void>,
  signal?: AbortSignal,
  /** each thread's old-generation limit (rounds.ts, workerHeapMiB); V8's own when absent */
  heapMiB?: number,
): Promise<ShareResult[]> {
  return new Promise<ShareResult[]>((resolve, reject) => {
    const results: Array<ShareResult | undefined> = shares.map(() => undefined);
    const rows: ShareRow[][] = shares.map(() => []);
    const threads: Worker[] = [];
    let settled = false;
    let progress = Promise.resolve();
    const stopAll = () => Promise.all(threads.map((t) => t.terminate()));
    const fail = (error: unknown) => {
      if (settled) return;
      settled = true;
      void stopAll().finally(() => reject(error));
    };
    const onAbort = () => fail(signal!.reason);
    signal?.addEventListener('abort', onAbort, { once: true });
    shares.forEach((data, share) => {
      const thread = startThread(data, heapMiB);
      threads.push(thread);
      thread.on('message', (message: ShareWorkerMessage) => {
        if (settled) return;
        if (message.type === 'progress') progress = progress.then(() => heard(share, message.progress)).catch(fail);
        else if (message.type === 'rows') rows[share].push(...message.rows);
        else if (message.type === 'failed') fail(Object.assign(new Error(message.message), { name: message.name }));
        else {
          results[share] = { ...message.result, orders: rows[share].concat(message.result.orders) };
          rows[share] = [];
          if (results.every((r) => r !== undefined)) {
            void progress.then(async () => {
              if (settled) return;
              settled = true;
              signal?.removeEventListener('abort', onAbort);
              await stopAll();
              resolve(results as ShareResult[]);
            });
          }
        }
      });
      thread.on('error', fail);
      thread.on('exit', (code) => {
        if (results[share] === undefined) fail(new Error(`scenario worker ${share + 1} of ${shares.length} stopped (exit code ${code}) before it finished its share`));
      });
    });
  });
}
